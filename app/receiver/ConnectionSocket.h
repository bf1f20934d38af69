#pragma once

#include <QTcpSocket>

class HttpConnection;

//! The socket QHttpServer is given for each connection. It is not connected to the network: the
//! HttpConnection owning the real socket feeds it one complete, validated request at a time and
//! receives everything QHttpServer writes. This is how the 6.4 traps are closed (qt64-facts.md §1):
//! limits are enforced before QHttpServer buffers anything, pipelined requests cannot overtake each
//! other, `Connection: close` is honoured, and a client that disconnects early can never leave a
//! pending answer pointing at a deleted socket — this object lives until the answer is written.
class ConnectionSocket final : public QTcpSocket
{
    Q_OBJECT

public:
    ConnectionSocket(const QHostAddress &peer, quint16 peerPort, const QHostAddress &local,
                     quint16 localPort);
    ~ConnectionSocket() override;

    void setConnection(HttpConnection *connection) { m_connection = connection; }
    HttpConnection *connection() const { return m_connection; }

    //! Makes `request` readable and tells QHttpServer (readyRead).
    void feed(const QByteArray &request);
    //! The peer is gone and nothing is pending: tell QHttpServer, which deletes this object later.
    void markDisconnected();

    qint64 bytesAvailable() const override;
    void disconnectFromHost() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    HttpConnection *m_connection = nullptr;
    QByteArray m_incoming;
    qsizetype m_readPos = 0;
};
