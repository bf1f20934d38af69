#include "receiver/WebhookServer.h"

#include "receiver/ConnectionSocket.h"
#include "receiver/GuardedTcpServer.h"
#include "receiver/HttpConnection.h"
#include "receiver/WebhookCrypto.h"
#include "store/CaptureWriter.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

using StatusCode = QHttpServerResponder::StatusCode;

namespace {

HttpConnection *connectionOf(QHttpServerResponder &responder)
{
    auto *socket = qobject_cast<ConnectionSocket *>(responder.socket());
    return socket ? socket->connection() : nullptr;
}

QJsonObject errorBody(const QString &message)
{
    return QJsonObject {{QStringLiteral("error"), message}};
}

// Compact JSON with an exact Content-Type (QHttpServerResponder's QJsonDocument overload indents).
void writeJson(QHttpServerResponder &responder, const QJsonObject &object, StatusCode status)
{
    responder.write(QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json",
                    status);
}

} // namespace

WebhookServer::WebhookServer(const ReceiverConfig &config, CaptureWriter *writer, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_writer(writer)
    , m_http(new QHttpServer(this))
{
    // The direct path compares raw request targets, so only for paths that need no
    // percent-encoding (the usual /webhook); QHttpServer compares decoded paths.
    static const QRegularExpression plainPath(QStringLiteral("^[A-Za-z0-9/._~-]+$"));
    if (plainPath.match(m_config.path).hasMatch())
        m_pathBytes = m_config.path.toLatin1();
    const QString pattern = QRegularExpression::escape(m_config.path);
    m_http->route(pattern, QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handleCrc(request, std::move(responder));
                  });
    m_http->route(pattern, QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                      handlePost(request, std::move(responder));
                  });
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleMissing(request, std::move(responder));
        });
}

WebhookServer::~WebhookServer() = default;

Result<quint16> WebhookServer::listen()
{
    auto *tcp = new GuardedTcpServer(m_config.limits);
    connect(tcp, &GuardedTcpServer::rejected, this, [this](const Rejection &rejection) {
        m_writer->submitRejection(rejection);
        Q_EMIT rejected(rejection);
    });
    if (!tcp->listen(m_config.bindAddress, m_config.port)) {
        const Error error(ErrorKind::Config,
                          tr("The responder cannot listen on %1 port %2: %3")
                              .arg(m_config.bindAddress.toString())
                              .arg(m_config.port)
                              .arg(tcp->errorString()));
        delete tcp;
        return error;
    }
    tcp->setDirectHandler(
        [this](HttpConnection *connection, const RequestFramer::Request &request) {
            return handleDirect(connection, request);
        });
    m_tcp = tcp;
    m_http->bind(tcp); // takes ownership
    return tcp->serverPort();
}

void WebhookServer::stopAccepting()
{
    if (m_tcp)
        m_tcp->close();
}

int WebhookServer::activeConnections() const
{
    return m_tcp ? m_tcp->activeConnections() : 0;
}

void WebhookServer::handleCrc(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    HttpConnection *connection = connectionOf(responder);
    const qint64 startedNs = connection ? connection->currentStartedNs() : HttpConnection::nowNs();
    QByteArray rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    if (connection && connection->current()) {
        const QByteArray &target = connection->current()->target;
        const qsizetype question = target.indexOf('?');
        rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    }
    const QUrlQuery query(QString::fromUtf8(rawQuery));
    const QByteArray token
        = query.queryItemValue(QStringLiteral("crc_token"), QUrl::FullyDecoded).toUtf8();
    const QByteArray nonce
        = query.queryItemValue(QStringLiteral("nonce"), QUrl::FullyDecoded).toUtf8();
    const QByteArray signature = connection && connection->current()
        ? connection->current()->header(WebhookCrypto::SignatureHeader)
        : request.value(WebhookCrypto::SignatureHeader);

    CrcCheck check;
    check.atMs = QDateTime::currentMSecsSinceEpoch();
    check.remoteAddress = request.remoteAddress().toString();
    check.tokenLength = int(token.size());
    if (!nonce.isEmpty() || !signature.isEmpty()) {
        // X signs the query string "crc_token=…&nonce=…" of a signed CRC (x-api.md §2).
        auto verdict = WebhookCrypto::verify(m_config.consumerSecret, signature, rawQuery);
        if (verdict == WebhookCrypto::SignatureVerdict::Invalid) {
            verdict = WebhookCrypto::verify(m_config.consumerSecret, signature,
                                            "crc_token=" + token + "&nonce=" + nonce);
        }
        check.signature = WebhookCrypto::verdictName(verdict);
    }

    if (token.isEmpty()) {
        check.reason = tr("missing crc_token");
        check.status = 400;
        writeJson(responder,
                  errorBody(tr("missing crc_token: X sends GET %1?crc_token=…").arg(m_config.path)),
                  StatusCode::BadRequest);
    } else if (!WebhookCrypto::isXShapedCrcToken(token)) {
        check.reason
            = tr("crc_token is not shaped like X's (1 to %1 characters of A-Z a-z 0-9 + / = _ -)")
                  .arg(WebhookCrypto::MaxCrcTokenBytes);
        check.status = 400;
        writeJson(responder, errorBody(check.reason), StatusCode::BadRequest);
    } else {
        const QByteArray answer = WebhookCrypto::crcResponseToken(m_config.consumerSecret, token);
        check.answered = true;
        check.status = 200;
        writeJson(responder,
                  QJsonObject {{QStringLiteral("response_token"), QString::fromLatin1(answer)}},
                  StatusCode::Ok);
    }
    check.latencyUs = (HttpConnection::nowNs() - startedNs) / 1000;
    m_writer->submitCrc(check);
    Q_EMIT crcAnswered(check);
}

void WebhookServer::handlePost(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    HttpConnection *connection = connectionOf(responder);
    Delivery delivery;
    delivery.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    delivery.remoteAddress = request.remoteAddress().toString();
    delivery.method = "POST";
    if (connection && connection->current()) {
        // The exact request: header spelling, order and duplicates, and the raw (de-chunked) body.
        delivery.target = connection->current()->target;
        delivery.headers = connection->current()->headers;
        delivery.body = connection->current()->body;
        delivery.signatureHeader = connection->current()->header(WebhookCrypto::SignatureHeader);
    } else {
        delivery.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        delivery.headers = request.headers();
        delivery.body = request.body();
        delivery.signatureHeader = request.value(WebhookCrypto::SignatureHeader);
    }
    // The answer waits for the commit. The ConnectionSocket behind the responder stays alive until
    // the answer is written, even if the client disconnects meanwhile.
    auto pendingResponder = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket(pendingResponder->socket());
    acceptDelivery(std::move(delivery), [pendingResponder, socket](const Answer &answer) {
        if (!socket)
            return;
        if (answer.retryLater) {
            pendingResponder->write(answer.body,
                                    {{"Content-Type", "application/json"}, {"Retry-After", "5"}},
                                    StatusCode(answer.status));
            return;
        }
        pendingResponder->write(answer.body, "application/json", StatusCode(answer.status));
    });
}

bool WebhookServer::handleDirect(HttpConnection *connection, const RequestFramer::Request &request)
{
    // Only what QHttpServer's POST route would certainly match: the path byte for byte (no
    // percent-encoding to decode), with or without a query. Anything else takes the long way.
    if (m_pathBytes.isEmpty() || request.method != "POST" || !request.target.startsWith(m_pathBytes)
        || (request.target.size() > m_pathBytes.size()
            && request.target.at(m_pathBytes.size()) != '?'))
        return false;
    Delivery delivery;
    delivery.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    delivery.remoteAddress = connection->peerAddress();
    delivery.method = "POST";
    delivery.target = request.target;
    delivery.headers = request.headers;
    delivery.body = request.body;
    delivery.signatureHeader = request.header(WebhookCrypto::SignatureHeader);
    acceptDelivery(std::move(delivery),
                   [connection = QPointer<HttpConnection>(connection)](const Answer &answer) {
                       if (connection) {
                           connection->respond(answer.status,
                                               answer.retryLater ? "Retry-After: 5\r\n" : "",
                                               "application/json", answer.body);
                       }
                   });
    return true;
}

void WebhookServer::acceptDelivery(Delivery delivery, Answered send)
{
    delivery.verdict
        = WebhookCrypto::verify(m_config.consumerSecret, delivery.signatureHeader, delivery.body);
    const bool accepted
        = delivery.verdict == WebhookCrypto::SignatureVerdict::Valid || m_config.allowUnsigned;
    delivery.status = accepted ? 200 : 401;
    const QString verdictName = WebhookCrypto::verdictName(delivery.verdict);

    ++m_pendingAnswers;
    m_writer->submit(
        std::move(delivery), this,
        [this, send = std::move(send), accepted, verdictName](Result<StoredDelivery> stored) {
            --m_pendingAnswers;
            if (!stored.ok())
                Q_EMIT storeFailed(stored.error());
            if (!stored.ok()) {
                const QJsonObject error = errorBody(tr("the capture store could not keep this "
                                                       "delivery (%1); retry later")
                                                        .arg(stored.error().detail));
                send({503, QJsonDocument(error).toJson(QJsonDocument::Compact), true});
                return;
            }
            // Built by hand: one of these per delivery, at thousands a second.
            QByteArray body = "{\"stored\":true,\"delivery_id\":"
                + QByteArray::number(stored.value().deliveryId)
                + ",\"events\":" + QByteArray::number(stored.value().records.size())
                + ",\"signature\":\"" + verdictName.toLatin1() + '"';
            if (!accepted)
                body += ",\"error\":\"signature " + verdictName.toLatin1() + '"';
            body += '}';
            send({accepted ? 200 : 401, body, false});
        });
}

void WebhookServer::handleMissing(const QHttpServerRequest &request,
                                  QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    Rejection rejection;
    rejection.atMs = QDateTime::currentMSecsSinceEpoch();
    rejection.remoteAddress = request.remoteAddress().toString();
    rejection.method = request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
    rejection.target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    rejection.status = 404;
    rejection.reason = tr("no webhook at %1 (the responder's path is %2)").arg(path, m_config.path);
    m_writer->submitRejection(rejection);
    Q_EMIT rejected(rejection);
    writeJson(responder, errorBody(rejection.reason), StatusCode::NotFound);
}
