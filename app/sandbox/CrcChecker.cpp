#include "sandbox/CrcChecker.h"

#include "receiver/WebhookCrypto.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxReply.h"
#include "util/Logging.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

bool CrcOutcome::invalidatesAtOnce() const
{
    return kind == Kind::WrongAnswer || kind == Kind::Redirect || kind == Kind::TlsFailed;
}

QString CrcOutcome::v11Message() const
{
    switch (kind) {
    case Kind::Timeout: return QLatin1String(XMessages::CrcLatency);
    case Kind::WrongAnswer: return QLatin1String(XMessages::CrcBadToken);
    case Kind::Redirect:
    case Kind::HttpError: return QLatin1String(XMessages::CrcNon200);
    case Kind::Passed:
    case Kind::ConnectionFailed:
    case Kind::TlsFailed: break;
    }
    return QLatin1String(XMessages::UrlRequirements);
}

QString CrcOutcome::name() const
{
    switch (kind) {
    case Kind::Passed: return u"passed"_s;
    case Kind::WrongAnswer: return u"wrong-answer"_s;
    case Kind::Redirect: return u"redirect"_s;
    case Kind::HttpError: return u"http-error"_s;
    case Kind::Timeout: return u"timeout"_s;
    case Kind::ConnectionFailed: return u"connection-failed"_s;
    case Kind::TlsFailed: return u"tls-failed"_s;
    }
    return {};
}

CrcChecker::CrcChecker(QNetworkAccessManager *network, const QByteArray &consumerSecret,
                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_secret(consumerSecret)
{ }

void CrcChecker::check(const QString &url, QObject *context, std::function<void(CrcOutcome)> done)
{
    const QByteArray token = SandboxIds::token(24).toLatin1();
    const QByteArray nonce = SandboxIds::token(12).toLatin1();
    QUrl target(url);
    QUrlQuery query(target);
    query.addQueryItem(u"crc_token"_s, QString::fromLatin1(token));
    query.addQueryItem(u"nonce"_s, QString::fromLatin1(nonce));
    target.setQuery(query);

    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("User-Agent", "aaconsole-sandbox");
    request.setRawHeader(
        WebhookCrypto::SignatureHeader,
        WebhookCrypto::signature(m_secret, "crc_token=" + token + "&nonce=" + nonce));
    QNetworkReply *reply = m_network->get(request);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto timedOut = std::make_shared<bool>(false);
    // The 3 seconds are for the whole answer, not only for silence between bytes.
    // A precise timer: a coarse one may fire 5% early, and X allows the full 3 seconds.
    QTimer::singleShot(TimeoutMs, Qt::PreciseTimer, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    const QByteArray expected = WebhookCrypto::crcResponseToken(m_secret, token);
    const QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, clock, timedOut, expected, guard, done, url] {
                reply->deleteLater();
                CrcOutcome o;
                o.latencyMs = clock->elapsed();
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (*timedOut) {
                    o.kind = CrcOutcome::Kind::Timeout;
                    o.detail = u"no answer within 3 seconds"_s;
                } else if (!status.isValid()) {
                    o.kind = reply->error() == QNetworkReply::SslHandshakeFailedError
                        ? CrcOutcome::Kind::TlsFailed
                        : CrcOutcome::Kind::ConnectionFailed;
                    o.detail = reply->errorString();
                } else {
                    o.status = status.toInt();
                    o.detail = u"HTTP "_s + QString::number(o.status);
                    if (o.status >= 300 && o.status < 400) {
                        o.kind = CrcOutcome::Kind::Redirect;
                    } else if (o.status != 200) {
                        o.kind = CrcOutcome::Kind::HttpError;
                    } else {
                        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
                        const QByteArray answer
                            = body.value(u"response_token"_s).toString().toLatin1();
                        o.kind = WebhookCrypto::constantTimeEquals(answer, expected)
                            ? CrcOutcome::Kind::Passed
                            : CrcOutcome::Kind::WrongAnswer;
                        if (!o.passed())
                            o.detail = u"HTTP 200 with a wrong or missing response_token"_s;
                    }
                }
                qCInfo(lcSandbox).noquote() << "CRC check of" << url << o.name() << "in"
                                            << o.latencyMs << "ms:" << o.detail;
                Q_EMIT checked(url, o);
                if (guard)
                    done(o);
            });
}
