#pragma once

#include "receiver/HttpConnection.h"
#include "receiver/ReceiverConfig.h"
#include "store/Delivery.h"

#include <QPointer>
#include <QTcpServer>
#include <QTimer>

class ConnectionSocket;

//! The QTcpServer bound to QHttpServer. Each accepted connection gets an HttpConnection guard and
//! QHttpServer gets the guard's ConnectionSocket. Over the connection limit, a client is answered
//! 503 at once and closed, so it knows to retry instead of waiting in a backlog.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(const ReceiverLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    int activeConnections() const { return m_active; }
    //! Given to every connection accepted from now on.
    void setDirectHandler(HttpConnection::DirectHandler handler) { m_direct = std::move(handler); }
    //! Closes every open connection (used when the responder stops).
    void closeAll();

Q_SIGNALS:
    void rejected(const Rejection &rejection);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void sweep();

    ReceiverLimits m_limits;
    HttpConnection::DirectHandler m_direct;
    QTimer m_sweep;
    int m_active = 0;
    QList<QPointer<ConnectionSocket>> m_sockets;
};
