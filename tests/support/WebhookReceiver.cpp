#include "WebhookReceiver.h"

#include "receiver/WebhookCrypto.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

WebhookReceiver::WebhookReceiver(const QByteArray &consumerSecret, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_crcSecret(consumerSecret)
{
    m_server->route(u"/webhook"_s, [this](const QHttpServerRequest &request) {
        Request r;
        r.atMs = QDateTime::currentMSecsSinceEpoch();
        r.query = request.url().query(QUrl::FullyEncoded).toLatin1();
        r.body = request.body();
        r.signature = request.value(WebhookCrypto::SignatureHeader);
        if (request.method() == QHttpServerRequest::Method::Get) {
            r.method = "GET";
            if (m_crcDelayMs > 0)
                QThread::msleep(ulong(m_crcDelayMs));
            const QByteArray token
                = request.query().queryItemValue(u"crc_token"_s, QUrl::FullyDecoded).toLatin1();
            r.answered = m_crcStatus;
            m_crc.append(r);
            return QHttpServerResponse(
                QJsonObject {
                    {u"response_token"_s,
                     QString::fromLatin1(WebhookCrypto::crcResponseToken(m_crcSecret, token))}},
                static_cast<QHttpServerResponder::StatusCode>(m_crcStatus));
        }
        r.method = "POST";
        if (!m_postDelays.isEmpty())
            QThread::msleep(ulong(m_postDelays.takeFirst()));
        r.answered = m_postStatuses.isEmpty() ? 200 : m_postStatuses.takeFirst();
        m_posts.append(r);
        return QHttpServerResponse(static_cast<QHttpServerResponder::StatusCode>(r.answered));
    });
}

WebhookReceiver::~WebhookReceiver() = default;

bool WebhookReceiver::start()
{
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    m_server->bind(tcp);
    return true;
}

QUrl WebhookReceiver::url() const
{
    return QUrl(u"http://127.0.0.1:%1/webhook"_s.arg(m_port));
}

bool WebhookReceiver::waitForPosts(int count, int timeoutMs) const
{
    QElapsedTimer waited;
    waited.start();
    while (m_posts.size() < count && waited.elapsed() < timeoutMs)
        QTest::qWait(5);
    return m_posts.size() >= count;
}
