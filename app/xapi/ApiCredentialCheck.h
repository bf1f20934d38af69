#pragma once

#include "auth/CredentialCheck.h"

#include <QObject>

#include <functional>
#include <memory>

class ApiCallSink;
class QNetworkAccessManager;

//! "Test credentials" over the X API client: `whoami` as the app owner (OAuth 1.0a user context:
//! GET /2/users/me, or account/verify_credentials in v1.1) and the app's webhook list with the
//! bearer token, side by side, against the profile's base URL in the profile's flavour. Each
//! outcome says in plain words what worked ("@name (id)", what the list showed) or what went
//! wrong and what to do. Both calls go to the call log setCallLog() gives for the profile (the
//! GUI: the profile's capture store, as the CLI's); secrets are registered with SecretRedactor
//! like every other use of ApiClient.
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
    //! Where a run's calls are recorded: a sink for the profile under test, or null for none.
    using CallLogFor = std::function<std::shared_ptr<ApiCallSink>(const Profile &profile)>;
    void setCallLog(CallLogFor callLogFor) { m_callLogFor = std::move(callLogFor); }

    void run(const Profile &profile, const Credentials &credentials, QObject *context,
             std::function<void(Outcome)> done) override;

private:
    QNetworkAccessManager *m_network;
    int m_timeoutMs = DefaultTimeoutMs;
    CallLogFor m_callLogFor;
};
