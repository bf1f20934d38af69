#include "receiver/HttpConnection.h"

#include "receiver/ConnectionSocket.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <chrono>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 401: return "Unauthorized";
    case 400: return "Bad Request";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 431: return "Request Header Fields Too Large";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *peer, ConnectionSocket *adapter,
                               const ReceiverLimits &limits, DirectHandler direct)
    : QObject(adapter)
    , m_peer(peer)
    , m_adapter(adapter)
    , m_limits(limits)
    , m_framer(limits.framing)
    , m_direct(std::move(direct))
{
    m_peer->setParent(this);
    m_adapter->setConnection(this);
    connect(m_peer, &QTcpSocket::readyRead, this, &HttpConnection::readPeer);
    connect(m_peer, &QTcpSocket::disconnected, this, &HttpConnection::peerGone);
    restartIdleTimer();
}

HttpConnection::~HttpConnection() = default;

qint64 HttpConnection::nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

const RequestFramer::Request *HttpConnection::current() const
{
    return m_current && m_current->request ? &*m_current->request : nullptr;
}

qint64 HttpConnection::currentStartedNs() const
{
    return m_current ? m_current->startedNs : nowNs();
}

QString HttpConnection::peerAddress() const
{
    return m_peer->peerAddress().toString();
}

void HttpConnection::readPeer()
{
    const QByteArray bytes = m_peer->readAll();
    if (m_closing || m_peerGone)
        return; // a refused stream is not read any further
    const bool wasMidRequest = m_framer.midRequest();
    m_framer.append(bytes);
    if (!wasMidRequest && m_framer.midRequest()) {
        m_requestStartNs = nowNs();
        // The whole head must arrive within the header timeout of its first byte (slowloris).
        m_headerDeadlineNs = m_requestStartNs + qint64(m_limits.headerTimeoutMs) * 1'000'000;
    }
    for (;;) {
        RequestFramer::Request request;
        RequestFramer::Violation violation;
        const auto outcome = m_framer.next(&request, &violation);
        if (outcome == RequestFramer::Outcome::NeedMore)
            break;
        Pending pending;
        pending.startedNs = m_requestStartNs;
        if (outcome == RequestFramer::Outcome::Violation) {
            pending.violation = violation;
            m_queue.push_back(std::move(pending));
            break;
        }
        pending.request = std::move(request);
        m_queue.push_back(std::move(pending));
        m_requestStartNs = nowNs(); // anything already buffered belongs to the next request
    }
    if (m_framer.headComplete() || !m_framer.midRequest())
        m_headerDeadlineNs = 0;
    if (m_framer.wantsContinue() && !m_busy && m_queue.empty())
        m_peer->write("HTTP/1.1 100 Continue\r\n\r\n");
    restartIdleTimer();
    pump();
}

void HttpConnection::pump()
{
    while (!m_busy && !m_closing && !m_peerGone && !m_queue.empty()) {
        Pending pending = std::move(m_queue.front());
        m_queue.pop_front();
        if (pending.violation) {
            Q_EMIT rejected(
                rejection(pending, pending.violation->status, pending.violation->reason));
            answerDirectly(pending.violation->status, pending.violation->reason, true);
            return;
        }
        const RequestFramer::Request &request = *pending.request;
        if (request.method != "GET" && request.method != "POST") {
            const QString reason
                = tr("method %1 is not allowed").arg(QString::fromLatin1(request.method));
            Q_EMIT rejected(rejection(pending, 405, reason));
            answerDirectly(405, reason, request.wantsClose, "Allow: GET, POST\r\n");
            continue;
        }
        m_busy = true;
        m_idleDeadlineNs = 0;
        m_current = std::move(pending);
        m_responseHead.clear();
        m_responseBodyLeft = -1;
        if (m_direct && m_direct(this, *m_current->request))
            return;
        m_adapter->feed(m_current->request->forRouting());
        return;
    }
    restartIdleTimer();
}

void HttpConnection::answerDirectly(int status, const QString &reason, bool close,
                                    const QByteArray &extraHeaders)
{
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("error"), reason}})
                                .toJson(QJsonDocument::Compact);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extraHeaders;
    if (close)
        response += "Connection: close\r\n";
    response += "\r\n" + body;
    m_peer->write(response);
    if (close)
        closeGracefully();
}

void HttpConnection::respond(int status, QByteArrayView headers, QByteArrayView contentType,
                             QByteArrayView body)
{
    if (!m_busy)
        return;
    if (!m_peerGone) {
        // The same bytes QHttpServerResponder writes, plus Connection: close when asked for.
        QByteArray response;
        response.reserve(160 + headers.size() + body.size());
        response += "HTTP/1.1 ";
        response += QByteArray::number(status);
        response += ' ';
        response += reasonPhrase(status);
        response += "\r\nContent-Type: ";
        response += contentType;
        response += "\r\n";
        response += headers;
        response += "Content-Length: ";
        response += QByteArray::number(body.size());
        response += "\r\n";
        if (m_current && m_current->request && m_current->request->wantsClose)
            response += "Connection: close\r\n";
        response += "\r\n";
        response += body;
        m_peer->write(response);
    }
    responseComplete();
}

void HttpConnection::writeFromServer(const char *data, qint64 size)
{
    QByteArrayView bytes(data, size);
    while (!bytes.isEmpty()) {
        if (m_responseBodyLeft < 0) {
            m_responseHead.append(bytes);
            bytes = {};
            const qsizetype end = m_responseHead.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray head = m_responseHead.left(end + 2);
            const QByteArray rest = m_responseHead.mid(end + 4);
            m_responseHead.clear();
            m_responseBodyLeft = 0;
            const qsizetype at = head.toLower().indexOf("\r\ncontent-length:");
            if (at >= 0) {
                const qsizetype start = at + 17;
                m_responseBodyLeft
                    = head.mid(start, head.indexOf('\r', start) - start).trimmed().toLongLong();
            }
            if (m_current && m_current->request && m_current->request->wantsClose)
                head += "Connection: close\r\n";
            if (!m_peerGone)
                m_peer->write(head + "\r\n");
            if (m_responseBodyLeft == 0) {
                responseComplete();
                return;
            }
            if (!rest.isEmpty())
                writeFromServer(rest.constData(), rest.size());
            return;
        }
        const qint64 n = qMin<qint64>(m_responseBodyLeft, bytes.size());
        if (!m_peerGone)
            m_peer->write(bytes.data(), n);
        m_responseBodyLeft -= n;
        bytes = bytes.sliced(n);
        if (m_responseBodyLeft == 0) {
            responseComplete();
            if (!bytes.isEmpty())
                qCWarning(lcReceiver)
                    << "QHttpServer wrote" << bytes.size() << "bytes past its answer";
            return;
        }
    }
}

void HttpConnection::responseComplete()
{
    const bool close = m_current && m_current->request && m_current->request->wantsClose;
    m_current.reset();
    m_busy = false;
    m_responseBodyLeft = -1;
    if (m_peerGone) {
        m_adapter->markDisconnected();
        return;
    }
    if (close) {
        // After QHttpServer has returned from its handler.
        QMetaObject::invokeMethod(this, &HttpConnection::closeGracefully, Qt::QueuedConnection);
        return;
    }
    if (m_queue.empty()) {
        restartIdleTimer(); // the usual case: nothing pipelined, no need for another event
        return;
    }
    QMetaObject::invokeMethod(this, &HttpConnection::pump, Qt::QueuedConnection);
}

void HttpConnection::closeFromServer()
{
    closeGracefully();
}

void HttpConnection::closeGracefully()
{
    if (m_closing)
        return;
    m_closing = true;
    m_headerDeadlineNs = 0;
    m_idleDeadlineNs = 0;
    m_peer->disconnectFromHost(); // sends what is buffered, then closes; `disconnected` follows
}

void HttpConnection::peerGone()
{
    if (m_peerGone)
        return;
    m_peerGone = true;
    m_headerDeadlineNs = 0;
    m_idleDeadlineNs = 0;
    m_queue.clear();
    // An answer still being prepared (a delivery waiting for its commit) keeps this connection, and
    // the socket QHttpServer knows, alive until it is written; then QHttpServer is told.
    if (!m_busy)
        m_adapter->markDisconnected();
}

void HttpConnection::restartIdleTimer()
{
    if (!m_busy && !m_closing && !m_peerGone)
        m_idleDeadlineNs = nowNs() + qint64(m_limits.idleTimeoutMs) * 1'000'000;
}

void HttpConnection::checkDeadlines(qint64 now)
{
    if (m_headerDeadlineNs && now >= m_headerDeadlineNs) {
        m_headerDeadlineNs = 0;
        headerTimedOut();
    } else if (m_idleDeadlineNs && now >= m_idleDeadlineNs && !m_busy) {
        m_idleDeadlineNs = 0;
        closeGracefully();
    }
}

void HttpConnection::headerTimedOut()
{
    if (m_framer.headComplete() || !m_framer.midRequest())
        return;
    const QString reason
        = tr("request head not complete within %1 s").arg(m_limits.headerTimeoutMs / 1000.0);
    Pending pending;
    Q_EMIT rejected(rejection(pending, 408, reason));
    if (!m_busy)
        answerDirectly(408, reason, true);
    else
        closeGracefully();
}

Rejection HttpConnection::rejection(const Pending &pending, int status, const QString &reason) const
{
    Rejection r;
    r.atMs = QDateTime::currentMSecsSinceEpoch();
    r.remoteAddress = peerAddress();
    if (pending.request) {
        r.method = pending.request->method;
        r.target = pending.request->target;
    }
    r.status = status;
    r.reason = reason;
    return r;
}
