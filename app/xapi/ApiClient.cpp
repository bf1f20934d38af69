#include "xapi/ApiClient.h"

#include "util/Logging.h"
#include "util/SecretRedactor.h"
#include "util/Version.h"
#include "xapi/ApiCallSink.h"
#include "xapi/CallRedactor.h"
#include "xapi/ErrorExplainer.h"
#include "xapi/NetworkFailure.h"
#include "xapi/ReplayWindow.h"
#include "xapi/ResponseParser.h"
#include "xapi/WebhookUrlCheck.h"
#include "xapi/XError.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

struct ApiClient::Prepared
{
    QNetworkRequest request;
    QByteArray body;
    ApiCallRecord record; //!< request half, already redacted
    CallRedactor redactor;
};

namespace {

QString authName(AuthKind auth)
{
    switch (auth) {
    case AuthKind::Bearer: return u"bearer"_s;
    case AuthKind::AppOwner: return u"oauth1-app-owner"_s;
    case AuthKind::Subscriber: return u"oauth1-subscriber"_s;
    case AuthKind::ConsumerOnly: return u"oauth1-consumer"_s;
    case AuthKind::TemporaryToken: return u"oauth1-request-token"_s;
    }
    return {};
}

QString joinedQuery(const QueryPairs &query)
{
    // RFC 3986 encoding of every value: '+' must travel as %2B, since X (and the signature
    // base string) read a literal '+' in a query as a space.
    QStringList parts;
    for (const auto &p : query) {
        parts << QString::fromLatin1(OAuth1Signer::percentEncode(p.first) + '='
                                     + OAuth1Signer::percentEncode(p.second));
    }
    return parts.join(u'&');
}

} // namespace

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(u"https://api.x.com"_s);
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(defaultBaseUrl())
{ }

ApiClient::~ApiClient() = default;

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
    m_credentials.registerWithRedactor();
}

QUrl ApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path);
    url.setQuery(request.query.isEmpty() ? QString() : joinedQuery(request.query),
                 QUrl::StrictMode);
    url.setFragment(QString());
    return url;
}

Result<ApiClient::Prepared> ApiClient::prepare(const ApiRequest &request) const
{
    const Credentials &c = m_credentials;
    Prepared p;
    p.redactor.addSecret(c.consumerKey, u"$X_CONSUMER_KEY"_s);
    p.redactor.addSecret(c.consumerSecret, u"$X_CONSUMER_SECRET"_s);
    p.redactor.addSecret(c.bearerToken, u"$X_BEARER_TOKEN"_s);
    p.redactor.addSecret(c.accessToken, u"$X_ACCESS_TOKEN"_s);
    p.redactor.addSecret(c.accessTokenSecret, u"$X_ACCESS_TOKEN_SECRET"_s);

    QStringList missing;
    const auto need = [&missing](const QString &value, Credentials::Field field) {
        if (value.isEmpty())
            missing << Credentials::environmentVariable(field);
    };
    // Which token signs: none (request_token), the request token (access_token), the given
    // subscriber's, or the credentials' access token (the app owner, the default subscriber).
    const bool ownTokens = request.auth == AuthKind::AppOwner
        || (request.auth == AuthKind::Subscriber && request.token.isEmpty());
    UserToken user;
    if (ownTokens)
        user = {c.accessToken, c.accessTokenSecret};
    else if (request.auth == AuthKind::Subscriber || request.auth == AuthKind::TemporaryToken)
        user = request.token;
    const QString tokenPlaceholder = request.auth == AuthKind::TemporaryToken
        ? u"$OAUTH_REQUEST_TOKEN"_s
        : u"$X_ACCESS_TOKEN"_s;
    if (request.auth == AuthKind::Bearer) {
        need(c.bearerToken, Credentials::Field::BearerToken);
    } else {
        need(c.consumerKey, Credentials::Field::ConsumerKey);
        need(c.consumerSecret, Credentials::Field::ConsumerSecret);
        if (ownTokens) {
            need(user.token, Credentials::Field::AccessToken);
            need(user.secret, Credentials::Field::AccessTokenSecret);
        }
    }
    if (request.auth == AuthKind::TemporaryToken && request.token.isEmpty())
        return Error(ErrorKind::Internal, tr("'%1' needs a request token.").arg(request.operation));
    if (!missing.isEmpty()) {
        const QString call = QString::fromLatin1(request.method) + u' ' + request.path;
        const QString why = request.auth == AuthKind::Bearer
            ? tr("%1 authenticates with your app's bearer token.").arg(call)
            : request.auth == AuthKind::Subscriber
            ? tr("%1 authenticates with OAuth 1.0a as the subscribing user (consumer key and "
                 "secret, and that user's access token and secret).")
                  .arg(call)
            : tr("%1 authenticates with OAuth 1.0a as the app owner (consumer key and secret, "
                 "access token and secret).")
                  .arg(call);
        Error e(ErrorKind::Config, why + u' ' + tr("Set %1.").arg(missing.join(u", "_s)));
        e.code = u"missing-credentials"_s;
        return e;
    }
    p.redactor.addSecret(user.token, tokenPlaceholder);
    p.redactor.addSecret(user.secret, tokenPlaceholder + u"_SECRET");

    const QUrl url = urlFor(request);
    p.request = QNetworkRequest(url);
    p.request.setTransferTimeout(m_timeoutMs);
    p.request.setRawHeader("Accept", "application/json");
    p.request.setRawHeader("User-Agent", "aaconsole/" AACONSOLE_VERSION);
    p.body = request.body;
    if (!request.contentType.isEmpty())
        p.request.setRawHeader("Content-Type", request.contentType);

    QByteArray recordedAuth;
    if (request.auth == AuthKind::Bearer) {
        p.request.setRawHeader("Authorization", "Bearer " + c.bearerToken.toUtf8());
        recordedAuth = "Bearer $X_BEARER_TOKEN";
    } else {
        // Only a form-encoded body takes part in the signature (RFC 5849 §3.4.1.3.1).
        const QueryPairs form = request.contentType.startsWith("application/x-www-form-urlencoded")
            ? OAuth1Signer::decodeForm(request.body)
            : QueryPairs();
        const OAuth1Credentials oauth {c.consumerKey, c.consumerSecret, user.token, user.secret};
        const auto signedRequest
            = m_signer.sign(request.method, url, form, oauth, request.extraOAuth);
        p.request.setRawHeader("Authorization", signedRequest.authorization);
        // Keys and tokens become their $X_… names here, not only in SecretRedactor's last pass.
        qCDebug(lcApi).noquote() << "OAuth 1.0a base string:"
                                 << p.redactor.redact(OAuth1Signer::baseString(
                                        request.method, url, form, signedRequest.oauthParameters));
        QStringList shown;
        for (const auto &param : signedRequest.oauthParameters) {
            const QString value = param.first == u"oauth_signature"
                ? QLatin1String(SecretRedactor::Mask)
                : QString::fromLatin1(OAuth1Signer::percentEncode(param.second));
            shown << param.first + u"=\"" + value + u'"';
        }
        recordedAuth = p.redactor.redact(u"OAuth "_s + shown.join(u", "_s)).toUtf8();
    }

    ApiCallRecord &r = p.record;
    r.operation = request.operation;
    r.method = request.method;
    r.url = p.redactor.redact(url.toString(QUrl::FullyEncoded));
    r.auth = authName(request.auth);
    r.requestHeaders = {{"Authorization", recordedAuth},
                        {"Accept", "application/json"},
                        {"User-Agent", p.request.rawHeader("User-Agent")}};
    if (!request.contentType.isEmpty())
        r.requestHeaders.append({"Content-Type", request.contentType});
    r.requestBody = p.redactor.redact(request.body);
    return p;
}

void ApiClient::deliverLater(QObject *context, std::function<void()> deliver)
{
    // Errors found before sending still arrive asynchronously, like every other answer.
    QTimer::singleShot(0, context ? context : this, std::move(deliver));
}

void ApiClient::send(const ApiRequest &request, QObject *context, ApiCallback<ApiResponse> done)
{
    auto prepared = prepare(request);
    if (!prepared.ok()) {
        deliverLater(context, [done, error = prepared.error()] { done(error); });
        return;
    }
    auto p = std::make_shared<Prepared>(prepared.takeValue());
    p->record.startedAt = QDateTime::currentDateTimeUtc();
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = m_network->sendCustomRequest(p->request, request.method, p->body);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const int timeoutMs = m_timeoutMs;

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, p, clock, guard, hasContext, done, timeoutMs] {
                reply->deleteLater();
                ApiCallRecord &record = p->record;
                record.durationMs = clock->elapsed();
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                std::optional<Result<ApiResponse>> outcome;
                if (!status.isValid()) {
                    // transfer timeout aborts the reply: OperationCanceledError (we never abort)
                    const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
                    const Error e = NetworkFailure::toError(reply->error(), reply->errorString(),
                                                            reply->url(), timedOut, timeoutMs);
                    record.error = e.message;
                    outcome.emplace(e);
                } else {
                    ApiResponse response;
                    response.status = status.toInt();
                    response.body = reply->readAll();
                    response.headers = reply->rawHeaderPairs();
                    response.rateLimit = rateLimitFromHeaders(response.headers);
                    response.durationMs = record.durationMs;
                    record.status = response.status;
                    record.rateLimit = response.rateLimit;
                    for (const auto &h : std::as_const(response.headers))
                        record.responseHeaders.append({h.first, p->redactor.redact(h.second)});
                    record.responseBody = p->redactor.redact(response.body);
                    if (response.isSuccess()) {
                        outcome.emplace(response);
                    } else {
                        XError x = XError::decode(response);
                        x.operation = record.operation;
                        record.error = p->redactor.redact(x.summary());
                        outcome.emplace(
                            ErrorExplainer::toError(x, QDateTime::currentDateTimeUtc()));
                    }
                }
                // Concatenated, not arg()ed: URLs are full of %3A-like sequences.
                QString line = QString::fromLatin1(record.method) + u' ' + record.url + u" → "
                    + QString::number(record.status) + u" in " + QString::number(record.durationMs)
                    + u" ms";
                if (!record.error.isEmpty())
                    line += u": "_s + record.error;
                qCDebug(lcApi).noquote() << line;
                if (m_sink)
                    m_sink->record(record);
                Q_EMIT callFinished(record);
                if (hasContext && !guard)
                    return;
                done(std::move(*outcome));
            });
}

template<typename T, typename Parse>
void ApiClient::call(const ApiRequest &request, QObject *context, ApiCallback<T> done, Parse parse)
{
    send(request, context, [done, parse](Result<ApiResponse> response) {
        if (!response.ok())
            done(response.error());
        else
            done(parse(response.value()));
    });
}

void ApiClient::createWebhook(const QString &url, QObject *context, ApiCallback<Webhook> done)
{
    const auto checked = WebhookUrlCheck::check(url, m_baseUrl);
    if (!checked.ok()) {
        deliverLater(context, [done, error = checked.error()] { done(error); });
        return;
    }
    call(Endpoints::createWebhook(m_flavour, url), context, done, &ResponseParser::webhook);
}

void ApiClient::listWebhooks(QObject *context, ApiCallback<QList<Webhook>> done)
{
    call(Endpoints::listWebhooks(m_flavour), context, done, &ResponseParser::webhookList);
}

void ApiClient::validateWebhook(const QString &webhookId, QObject *context,
                                ApiCallback<WebhookValidation> done)
{
    call(Endpoints::validateWebhook(m_flavour, webhookId), context, done,
         [webhookId](const ApiResponse &r) { return ResponseParser::validation(r, webhookId); });
}

void ApiClient::deleteWebhook(const QString &webhookId, QObject *context, ApiCallback<bool> done)
{
    call(Endpoints::deleteWebhook(m_flavour, webhookId), context, done, &ResponseParser::deleted);
}

void ApiClient::addSubscription(const QString &webhookId, QObject *context, ApiCallback<bool> done,
                                const UserToken &user)
{
    ApiRequest request = Endpoints::addSubscription(m_flavour, webhookId);
    request.token = user;
    call(request, context, done, &ResponseParser::subscribed);
}

void ApiClient::checkSubscription(const QString &webhookId, QObject *context,
                                  ApiCallback<bool> done, const UserToken &user)
{
    ApiRequest request = Endpoints::checkSubscription(m_flavour, webhookId);
    request.token = user;
    const bool v11 = m_flavour == ApiFlavour::V11;
    send(request, context, [done, v11](Result<ApiResponse> response) {
        if (response.ok()) {
            done(ResponseParser::subscribed(response.value()));
            return;
        }
        // v1.1: "If the response code is not 204, then the user does not have an active
        // subscription". A 404 is that answer unless it says the webhook itself is unknown
        // (also code 34); auth, rate-limit and server errors stay errors.
        const Error &e = response.error();
        if (v11 && e.kind == ErrorKind::XApi && e.httpStatus == 404
            && !e.detail.contains(u"Webhook does not exist"_s, Qt::CaseInsensitive))
            done(false);
        else
            done(e);
    });
}

void ApiClient::listSubscriptions(const QString &webhookId, QObject *context,
                                  ApiCallback<SubscriptionList> done)
{
    call(Endpoints::listSubscriptions(m_flavour, webhookId), context, done,
         &ResponseParser::subscriptionList);
}

void ApiClient::removeSubscription(const QString &webhookId, const QString &userId,
                                   QObject *context, ApiCallback<bool> done)
{
    // v2 answers {"subscribed": false}; v1.1 204. Either way: true = the subscription is gone.
    call(Endpoints::removeSubscription(m_flavour, webhookId, userId), context, done,
         [](const ApiResponse &r) -> Result<bool> {
             if (r.status == 204)
                 return true;
             const auto subscribed = ResponseParser::subscribed(r);
             if (!subscribed.ok())
                 return subscribed.error();
             return !subscribed.value();
         });
}

void ApiClient::subscriptionCount(QObject *context, ApiCallback<SubscriptionCount> done)
{
    call(Endpoints::subscriptionCount(m_flavour), context, done,
         &ResponseParser::subscriptionCount);
}

void ApiClient::replay(const QString &webhookId, const QString &fromDate, const QString &toDate,
                       QObject *context, ApiCallback<ReplayJob> done, Endpoints::ReplayPath path)
{
    const auto window
        = ReplayWindow::check(fromDate, toDate, m_flavour, QDateTime::currentDateTimeUtc());
    if (!window.ok()) {
        deliverLater(context, [done, error = window.error()] { done(error); });
        return;
    }
    call(Endpoints::replay(m_flavour, webhookId, fromDate, toDate, path), context, done,
         &ResponseParser::replayJob);
}

void ApiClient::whoami(QObject *context, ApiCallback<XUser> done)
{
    call(Endpoints::whoami(m_flavour), context, done, &ResponseParser::user);
}
