#include "SilentServer.h"

SilentServer::SilentServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            ++m_accepted;
            socket->setParent(this); // kept open, read and never answered
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        }
    });
}

bool SilentServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl SilentServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
}
