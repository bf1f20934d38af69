#pragma once

#include "auth/CredentialCheck.h"

#include <QObject>

class QNetworkAccessManager;

//! "Test credentials" over the X API client: `whoami` as the app owner (OAuth 1.0a user context:
//! GET /2/users/me, or account/verify_credentials in v1.1) and the app's webhook list with the
//! bearer token, side by side, against the profile's base URL in the profile's flavour. Each
//! outcome says in plain words what worked ("@name (id)", what the list showed) or what went
//! wrong and what to do. Calls are not written to any call log; secrets are registered with
//! SecretRedactor like every other use of ApiClient.
class ApiCredentialCheck final : public QObject, public CredentialCheck
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCredentialCheck)

public:
    //! Shorter than the CLI's 30 s: someone is waiting in front of a dialog.
    static constexpr int DefaultTimeoutMs = 15000;

    explicit ApiCredentialCheck(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiCredentialCheck() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void run(const Profile &profile, const Credentials &credentials, QObject *context,
             std::function<void(Outcome)> done) override;

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs = DefaultTimeoutMs;
};
