#pragma once

#include "util/Result.h"
#include "xapi/ApiRequest.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <functional>

class ApiClient;
class QObject;

//! The first step's result: the temporary token and the page where the user authorises the app
//! and reads the PIN.
struct PinAuthorization
{
    UserToken requestToken;
    QUrl authorizeUrl;
};

//! The signed-in account: its id and screen name and the access token pair the app can use to act
//! as (and subscribe) that account.
struct SignedInUser
{
    QString userId;
    QString screenName;
    UserToken accessToken;

    //! user_id and screen_name; the tokens only with `withSecrets`.
    QJsonObject toJson(bool withSecrets) const;
};

//! X's PIN-based (out-of-band) 3-legged OAuth (x-api.md §5.2): oauth/request_token with
//! oauth_callback=oob, the user opens oauth/authorize and gets a PIN, oauth/access_token with the
//! PIN as oauth_verifier. Tokens are registered with SecretRedactor as soon as they arrive.
class PinSignIn
{
    Q_DECLARE_TR_FUNCTIONS(PinSignIn)

public:
    explicit PinSignIn(ApiClient *client);

    void start(QObject *context, std::function<void(Result<PinAuthorization>)> done);
    void finish(const UserToken &requestToken, const QString &pin, QObject *context,
                std::function<void(Result<SignedInUser>)> done);

private:
    ApiClient *m_client;
};
