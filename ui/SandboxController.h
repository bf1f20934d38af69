#pragma once

#include "sandbox/DeliveryLog.h"
#include "sandbox/SandboxApp.h"
#include "util/Result.h"
#include "xapi/WebhookSetup.h"

#include <QObject>
#include <QUrl>

#include <memory>

class ApiCallLog;
class ApiClient;
class QNetworkAccessManager;
class Sandbox;
struct Profile;

//! The built-in Sandbox while a Sandbox profile is active: runs the emulator (its state kept in
//! the profile's data directory, so registrations survive a restart) and connects the profile's
//! responder to it — register the webhook URL and subscribe the app owner — in one call.
class SandboxController final : public QObject
{
    Q_OBJECT

public:
    //! What the Sandbox knows about one responder URL.
    struct Connection
    {
        QString webhookId; //!< empty: not registered
        bool valid = false;
        bool subscribed = false;
    };

    explicit SandboxController(QObject *parent = nullptr);
    ~SandboxController() override;

    //! Starts the emulator for `profile` on the port of its API base URL (0: any free port).
    Result<QUrl> start(const Profile &profile);
    //! Stops it and saves its state.
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const;
    SandboxApp app() const;
    Sandbox *sandbox() const { return m_sandbox.get(); }

    //! Asks the Sandbox whether `webhookUrl` is registered and the owner subscribed; emits
    //! connectionChanged.
    void refreshConnection(const QUrl &webhookUrl);
    //! Registers `webhookUrl` (the responder answers the CRC check) and subscribes the owner.
    void connectResponder(const QUrl &webhookUrl);
    bool isConnecting() const;

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void stopped();
    void connectionChanged(const SandboxController::Connection &connection);
    void connectStep(const QString &what);
    void connectFailed(const Error &error);
    void deliveryAttempted(const DeliveryEntry &entry);

private:
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager *m_network;
    ApiClient *m_api; //!< set-up calls, recorded in the call log
    ApiClient *m_status; //!< the panel's status polls after each CRC check: not recorded
    std::shared_ptr<ApiCallLog> m_callLog; //!< the profile's, as the CLI's calls
    WebhookSetup *m_setup;
};
