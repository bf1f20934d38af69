#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpSocket>

//! A blocking HTTP/1.1 client on a plain socket, for asserting wire-level behaviour (exact bytes
//! sent, responses parsed one by one, whether the server closed the connection). Usable on any
//! thread; the server under test must run on another thread or process.
class RawHttpClient
{
public:
    struct Response
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool complete = false;

        QByteArray header(const QByteArray &name) const;
    };

    bool connectTo(quint16 port, int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    //! Reads one response; `complete` is false if none arrived within the timeout.
    Response readResponse(int timeoutMs = 5000);
    //! True when the server closes the connection within the timeout (no bytes expected).
    bool waitForClose(int timeoutMs = 5000);
    void abort() { m_socket.abort(); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    static QByteArray post(const QByteArray &path, const QByteArray &body,
                           const QList<QByteArray> &extraHeaders = {});
    static QByteArray get(const QByteArray &target, const QList<QByteArray> &extraHeaders = {});

private:
    bool fill(int timeoutMs);
    QTcpSocket m_socket;
    QByteArray m_buffer;
};
