#pragma once

#include "auth/OAuth1Signer.h"

#include <QByteArray>
#include <QString>

//! How X wants a call authenticated (x-api.md §1 tables).
enum class AuthKind {
    Bearer, //!< OAuth 2.0 app-only bearer token
    AppOwner, //!< OAuth 1.0a user context with the app owner's access token
    Subscriber, //!< OAuth 1.0a user context with the subscribing user's access token
    ConsumerOnly, //!< OAuth 1.0a without a token (oauth/request_token)
    TemporaryToken, //!< OAuth 1.0a with a request token (oauth/access_token)
};

//! An OAuth 1.0a token pair of a user (or a temporary request token).
struct UserToken
{
    QString token;
    QString secret;
    bool isEmpty() const { return token.isEmpty() || secret.isEmpty(); }
};

//! One call, described independently of credentials and base URL. Endpoints builds these.
struct ApiRequest
{
    QString operation; //!< stable name for logs and tests: "webhooks.create", …
    QByteArray method; //!< GET, POST, PUT, DELETE
    QString path; //!< absolute path below the base URL: "/2/webhooks"
    QueryPairs query; //!< decoded; encoded with RFC 3986 (so '+' becomes %2B) when sent
    QByteArray body;
    QByteArray contentType; //!< "application/json", "application/x-www-form-urlencoded" or empty
    AuthKind auth = AuthKind::Bearer;
    //! For Subscriber (empty: the credentials' access token) and TemporaryToken (required).
    UserToken token;
    QueryPairs extraOAuth; //!< oauth_callback, oauth_verifier
};
