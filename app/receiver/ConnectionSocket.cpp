#include "receiver/ConnectionSocket.h"

#include "receiver/HttpConnection.h"

ConnectionSocket::ConnectionSocket(const QHostAddress &peer, quint16 peerPort,
                                   const QHostAddress &local, quint16 localPort)
{
    setPeerAddress(peer);
    setPeerPort(peerPort);
    setLocalAddress(local);
    setLocalPort(localPort);
    setSocketState(ConnectedState);
    QIODevice::open(QIODevice::ReadWrite);
}

ConnectionSocket::~ConnectionSocket()
{
    // The connection is our child; delete it while this object is still whole, not from QObject's
    // destructor, where it would be calling into a half-destroyed socket.
    delete std::exchange(m_connection, nullptr);
}

void ConnectionSocket::feed(const QByteArray &request)
{
    m_incoming.remove(0, m_readPos);
    m_readPos = 0;
    m_incoming.append(request);
    Q_EMIT readyRead();
}

void ConnectionSocket::markDisconnected()
{
    if (state() == UnconnectedState)
        return;
    setSocketState(UnconnectedState);
    Q_EMIT stateChanged(UnconnectedState);
    Q_EMIT disconnected();
}

qint64 ConnectionSocket::bytesAvailable() const
{
    return QTcpSocket::bytesAvailable() + (m_incoming.size() - m_readPos);
}

void ConnectionSocket::disconnectFromHost()
{
    // QHttpServer gives up on a connection (it could not parse what we fed it): close for real.
    if (m_connection)
        m_connection->closeFromServer();
}

qint64 ConnectionSocket::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin<qint64>(maxSize, m_incoming.size() - m_readPos);
    if (count <= 0)
        return state() == ConnectedState ? 0 : -1;
    memcpy(data, m_incoming.constData() + m_readPos, size_t(count));
    m_readPos += count;
    return count;
}

qint64 ConnectionSocket::writeData(const char *data, qint64 size)
{
    if (m_connection)
        m_connection->writeFromServer(data, size);
    return size;
}
