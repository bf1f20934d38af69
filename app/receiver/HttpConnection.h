#pragma once

#include "receiver/ReceiverConfig.h"
#include "receiver/RequestFramer.h"
#include "store/Delivery.h"

#include <QObject>

#include <deque>
#include <functional>
#include <optional>

class ConnectionSocket;
class QTcpSocket;

//! One client connection: reads the real socket, frames and checks requests (RequestFramer), hands
//! them one at a time to the direct handler (POST to the webhook path) or else to QHttpServer
//! through the ConnectionSocket, passes the answers back in order, and applies the timeouts.
//! Owned by its ConnectionSocket; owns the real socket.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    //! Takes a request on the hot path instead of QHttpServer, or returns false to leave it to
    //! QHttpServer. A request taken is answered later with respond().
    using DirectHandler = std::function<bool(HttpConnection *, const RequestFramer::Request &)>;

    HttpConnection(QTcpSocket *peer, ConnectionSocket *adapter, const ReceiverLimits &limits,
                   DirectHandler direct = {});
    ~HttpConnection() override;

    //! The request being answered now (by QHttpServer or the direct handler), exactly as received
    //! (headers, de-chunked body).
    const RequestFramer::Request *current() const;
    //! Steady-clock nanoseconds when the first byte of the current request arrived.
    qint64 currentStartedNs() const;
    QString peerAddress() const;

    //! Applies the header and idle timeouts; the server calls this periodically for every
    //! connection (one sweep timer instead of timers restarted on every request).
    void checkDeadlines(qint64 nowNs);

    //! The answer to the request a DirectHandler took. `headers`: extra header lines, each
    //! ending in CRLF.
    void respond(int status, QByteArrayView headers, QByteArrayView contentType,
                 QByteArrayView body);

    // Called by ConnectionSocket:
    void writeFromServer(const char *data, qint64 size);
    void closeFromServer();

    static qint64 nowNs();

Q_SIGNALS:
    void rejected(const Rejection &rejection);

private:
    struct Pending
    {
        std::optional<RequestFramer::Request> request;
        std::optional<RequestFramer::Violation> violation;
        qint64 startedNs = 0;
    };

    void readPeer();
    void pump();
    void answerDirectly(int status, const QString &reason, bool close,
                        const QByteArray &extraHeaders = {});
    void responseComplete();
    void peerGone();
    void closeGracefully();
    void restartIdleTimer();
    void headerTimedOut();
    Rejection rejection(const Pending &pending, int status, const QString &reason) const;

    QTcpSocket *m_peer;
    ConnectionSocket *m_adapter;
    ReceiverLimits m_limits;
    RequestFramer m_framer;
    DirectHandler m_direct;
    std::deque<Pending> m_queue;
    std::optional<Pending> m_current;
    qint64 m_requestStartNs = 0;
    bool m_busy = false; //!< a request is out (to QHttpServer or the direct handler), unanswered
    bool m_peerGone = false;
    bool m_closing = false;
    qint64 m_headerDeadlineNs = 0; //!< 0: no request head is being waited for
    qint64 m_idleDeadlineNs = 0; //!< 0: not idle (a request is being handled)

    // The answer QHttpServer is writing: its head is held until complete (to add Connection:
    // close), then its Content-Length tells where it ends.
    QByteArray m_responseHead;
    qint64 m_responseBodyLeft = -1; //!< -1: still in the head
};
