#pragma once

#include "sandbox/CrcChecker.h"
#include "sandbox/DeliveryLog.h"
#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/SignInRequests.h"
#include "sandbox/WebhookRegistry.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class ActivityEngine;
class ControlRoutes;
class Deliverer;
class OAuthRoutes;
class QHttpServer;
class QNetworkAccessManager;
class ReplayJobs;
class SandboxAuth;
class SandboxRouter;
class WebhookValidator;
class XApiRoutes;

//! The X emulator itself: one object, living on the Sandbox's thread, that owns the world, the
//! webhooks, the delivery machinery and the HTTP server (QHttpServer bound to its own QTcpServer on
//! 127.0.0.1, synchronous handlers except where X waits for a CRC check). Sandbox runs it on a
//! thread; tests may run it on theirs.
class SandboxServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr char StateFormat[] = "aaconsole-sandbox-state";
    static constexpr int StateVersion = 1;

    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);
    ~SandboxServer() override;

    //! Loads the state file (or seeds a fresh world), starts listening; the port.
    Result<quint16> start();
    Result<void> saveState() const;

    const SandboxConfig &config() const { return m_config; }
    const SandboxApp &app() const { return m_app; }
    SandboxWorld &world() { return m_world; }
    WebhookRegistry &webhooks() { return m_webhooks; }
    DeliveryLog &log() { return m_log; }
    Deliverer &deliverer() { return *m_deliverer; }
    WebhookValidator &validator() { return *m_validator; }
    SandboxRouter &router() { return *m_router; }

Q_SIGNALS:
    void deliveryAttempted(const DeliveryEntry &entry);
    //! Every CRC check, with its outcome.
    void crcChecked(const QString &url, const CrcOutcome &outcome);
    //! A registered webhook's validity after a check (PUT, periodic re-check, replay).
    void webhookChecked(const QString &webhookId, const CrcOutcome &outcome, bool valid);
    void requestAnswered(const QString &requestLine, int status);
    void replayFinished(const QString &webhookId, const QString &jobId, bool complete,
                        int replayed);

private:
    Result<void> loadState();
    void build();

    SandboxConfig m_config;
    SandboxApp m_app;
    SandboxWorld m_world;
    WebhookRegistry m_webhooks;
    DeliveryLog m_log;
    SignInRequests m_signIns;
    QNetworkAccessManager *m_network = nullptr;
    CrcChecker *m_crc = nullptr;
    Deliverer *m_deliverer = nullptr;
    WebhookValidator *m_validator = nullptr;
    ReplayJobs *m_replays = nullptr;
    std::unique_ptr<ActivityEngine> m_activity;
    std::unique_ptr<SandboxAuth> m_auth;
    std::unique_ptr<SandboxRouter> m_router;
    std::unique_ptr<XApiRoutes> m_xapi;
    std::unique_ptr<OAuthRoutes> m_oauth;
    std::unique_ptr<ControlRoutes> m_control;
    std::unique_ptr<QHttpServer> m_http;
};
