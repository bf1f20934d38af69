#include "sandbox/Sandbox.h"

#include "sandbox/SandboxServer.h"
#include "util/Logging.h"

#include <optional>

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

Sandbox::~Sandbox()
{
    const auto stopped = stop();
    if (!stopped.ok())
        qCWarning(lcSandbox).noquote() << stopped.error().message;
}

Result<QUrl> Sandbox::start(const SandboxConfig &config)
{
    if (m_server)
        (void)stop();
    m_thread.start();
    m_server = new SandboxServer(config);
    m_server->moveToThread(&m_thread);
    connect(m_server, &SandboxServer::deliveryAttempted, this, &Sandbox::deliveryAttempted);
    connect(m_server, &SandboxServer::crcChecked, this, &Sandbox::crcChecked);
    connect(m_server, &SandboxServer::webhookChecked, this, &Sandbox::webhookChecked);
    connect(m_server, &SandboxServer::requestAnswered, this, &Sandbox::requestAnswered);
    connect(m_server, &SandboxServer::replayFinished, this, &Sandbox::replayFinished);

    std::optional<Result<quint16>> started;
    QMetaObject::invokeMethod(
        m_server, [this, &started] { started.emplace(m_server->start()); },
        Qt::BlockingQueuedConnection);
    if (!started->ok()) {
        const Error error = started->error();
        SandboxServer *server = std::exchange(m_server, nullptr);
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        return error;
    }
    inspect([this](SandboxServer &server) { m_app = server.app(); });
    m_baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(started->value()));
    return m_baseUrl;
}

Result<void> Sandbox::stop()
{
    if (!m_server) {
        if (m_thread.isRunning()) {
            m_thread.quit();
            m_thread.wait();
        }
        return {};
    }
    SandboxServer *server = std::exchange(m_server, nullptr);
    Result<void> saved;
    QMetaObject::invokeMethod(
        server,
        [server, &saved] {
            saved = server->saveState();
            delete server;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_baseUrl.clear();
    return saved;
}

void Sandbox::inspect(const std::function<void(SandboxServer &)> &f)
{
    if (!m_server)
        return;
    SandboxServer *server = m_server;
    QMetaObject::invokeMethod(
        server, [server, &f] { f(*server); }, Qt::BlockingQueuedConnection);
}
