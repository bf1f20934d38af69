#include "receiver/Responder.h"

#include "receiver/WebhookServer.h"
#include "store/CaptureWriter.h"
#include "util/Logging.h"

#include <QElapsedTimer>

Responder::Responder(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("responder"));
}

Responder::~Responder()
{
    stop();
}

Result<QUrl> Responder::start(const ReceiverConfig &config, CaptureWriter *writer)
{
    if (m_server)
        stop();
    if (config.consumerSecret.isEmpty()) {
        return Error(ErrorKind::Config,
                     tr("The responder needs your app's consumer secret to answer CRC checks and "
                        "verify signatures."));
    }
    m_writer = writer;
    m_thread.start();
    m_server = new WebhookServer(config, writer);
    m_server->moveToThread(&m_thread);
    connect(m_server, &WebhookServer::crcAnswered, this, &Responder::crcAnswered);
    connect(m_server, &WebhookServer::rejected, this, &Responder::rejected);
    connect(m_server, &WebhookServer::storeFailed, this, &Responder::storeFailed);

    std::optional<Result<quint16>> listened;
    QMetaObject::invokeMethod(
        m_server, [this, &listened] { listened.emplace(m_server->listen()); },
        Qt::BlockingQueuedConnection);
    if (!listened->ok()) {
        const Error error = listened->error();
        stop();
        return error;
    }
    QHostAddress host = config.bindAddress;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress(QHostAddress::LocalHost);
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(host.toString());
    m_url.setPort(listened->value());
    m_url.setPath(config.path);
    qCInfo(lcReceiver) << "listening on" << m_url.toString();
    return m_url;
}

void Responder::stop(int graceMs)
{
    if (!m_server) {
        if (m_thread.isRunning()) {
            m_thread.quit();
            m_thread.wait();
        }
        return;
    }
    QMetaObject::invokeMethod(m_server, &WebhookServer::stopAccepting,
                              Qt::BlockingQueuedConnection);
    // Deliveries already received are committed and answered before the connections close.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (m_writer)
            m_writer->flush();
        int pending = 0;
        QMetaObject::invokeMethod(
            m_server, [this, &pending] { pending = m_server->pendingAnswers(); },
            Qt::BlockingQueuedConnection);
        if (pending == 0 || waited.elapsed() > graceMs)
            break;
        QThread::msleep(5);
    }
    WebhookServer *server = m_server;
    m_server = nullptr;
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_url.clear();
}

int Responder::activeConnections() const
{
    if (!m_server)
        return 0;
    int count = 0;
    QMetaObject::invokeMethod(
        m_server, [this, &count] { count = m_server->activeConnections(); },
        Qt::BlockingQueuedConnection);
    return count;
}
