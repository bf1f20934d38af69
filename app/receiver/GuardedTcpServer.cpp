#include "receiver/GuardedTcpServer.h"

#include "receiver/ConnectionSocket.h"
#include "receiver/HttpConnection.h"

#include <QDateTime>
#include <QTcpSocket>

GuardedTcpServer::GuardedTcpServer(const ReceiverLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    // Timeouts are checked by one sweep over all connections; a quarter of the shortest timeout
    // keeps them accurate enough without a timer restarted on every request.
    const int shortest = qMin(m_limits.headerTimeoutMs, m_limits.idleTimeoutMs);
    m_sweep.setInterval(qBound(20, shortest / 4, 1000));
    connect(&m_sweep, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweep.start();
}

void GuardedTcpServer::sweep()
{
    const qint64 now = HttpConnection::nowNs();
    m_sockets.removeAll(nullptr);
    const QList<QPointer<ConnectionSocket>> sockets = m_sockets; // a check may close a connection
    for (const QPointer<ConnectionSocket> &socket : sockets) {
        if (socket && socket->connection())
            socket->connection()->checkDeadlines(now);
    }
}

GuardedTcpServer::~GuardedTcpServer()
{
    closeAll();
}

void GuardedTcpServer::closeAll()
{
    for (const QPointer<ConnectionSocket> &socket : std::as_const(m_sockets))
        delete socket.data();
    m_sockets.clear();
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *peer = new QTcpSocket;
    if (!peer->setSocketDescriptor(handle)) {
        delete peer;
        return;
    }
    if (m_active >= m_limits.maxConnections) {
        const QByteArray body = R"({"error":"too many connections"})";
        peer->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                    "Retry-After: 1\r\nConnection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        connect(peer, &QTcpSocket::disconnected, peer, &QObject::deleteLater);
        peer->disconnectFromHost();
        Rejection r;
        r.atMs = QDateTime::currentMSecsSinceEpoch();
        r.remoteAddress = peer->peerAddress().toString();
        r.status = 503;
        r.reason = tr("more than %1 concurrent connections").arg(m_limits.maxConnections);
        Q_EMIT rejected(r);
        return;
    }

    auto *adapter = new ConnectionSocket(peer->peerAddress(), peer->peerPort(),
                                         peer->localAddress(), peer->localPort());
    auto *connection = new HttpConnection(peer, adapter, m_limits, m_direct);
    connect(connection, &HttpConnection::rejected, this, &GuardedTcpServer::rejected);
    ++m_active;
    connect(adapter, &QObject::destroyed, this, [this] { --m_active; });
    m_sockets.removeAll(nullptr);
    m_sockets.append(adapter);
    addPendingConnection(adapter); // QHttpServer takes it synchronously
}
