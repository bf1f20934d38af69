#pragma once

#include "sandbox/CrcChecker.h"
#include "sandbox/DeliveryLog.h"
#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxConfig.h"
#include "util/Result.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

class SandboxServer;

//! Runs a SandboxServer on its own thread, so that the GUI, the CLI's blocking calls and the
//! responder never slow the emulator down (or the other way round). Signals arrive on the thread
//! that owns the Sandbox.
class Sandbox final : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    //! Loads the state (or seeds the world) and listens; the base URL, http://127.0.0.1:PORT.
    Result<QUrl> start(const SandboxConfig &config);
    //! Stops serving and saves the state when the config names a state file.
    Result<void> stop();
    bool isRunning() const { return m_server != nullptr; }
    QUrl baseUrl() const { return m_baseUrl; }
    //! The app the Sandbox hosts (its credentials are the well-known SandboxDefaults unless the
    //! state file overrides them).
    SandboxApp app() const { return m_app; }

    //! Runs `f` with the server on the Sandbox's thread and waits for it (tests, inspection).
    void inspect(const std::function<void(SandboxServer &)> &f);

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
    QThread m_thread;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    SandboxApp m_app;
};
