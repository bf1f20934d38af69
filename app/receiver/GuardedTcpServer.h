#pragma once

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
    //! Closes every open connection (used when the responder stops).
    void closeAll();

Q_SIGNALS:
    void rejected(const Rejection &rejection);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void sweep();

    ReceiverLimits m_limits;
    QTimer m_sweep;
    int m_active = 0;
    QList<QPointer<ConnectionSocket>> m_sockets;
};
