#include "FakeXServer.h"

#include "FakeXApi.h"
#include "FakeXCredentials.h"
#include "auth/OAuth1Verifier.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Head: return "HEAD";
    default: return "OTHER";
    }
}

FakeReply problem(int status, const QString &title, const QString &detail, const QString &type)
{
    return FakeXApi::json(u"{\"title\":\"%1\",\"detail\":\"%2\",\"type\":\"%3\",\"status\":%4}"_s
                              .arg(title, detail, type)
                              .arg(status)
                              .toUtf8(),
                          status);
}

FakeReply v2Unauthorized()
{
    return problem(401, u"Unauthorized"_s, u"Unauthorized"_s, u"about:blank"_s);
}

FakeReply v2Unsupported(const QString &used, const QString &supported)
{
    return problem(403, u"Unsupported Authentication"_s,
                   u"Authenticating with %1 is forbidden for this endpoint.  Supported "
                   "authentication types are [%2]."_s.arg(used, supported),
                   u"https://api.twitter.com/2/problems/unsupported-authentication"_s);
}

} // namespace

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString FakeRequest::queryValue(const QString &name) const
{
    for (const auto &p : OAuth1Verifier::parseForm(rawQuery)) {
        if (p.first == name.toUtf8())
            return QString::fromUtf8(p.second);
    }
    return {};
}

FakeXServer::FakeXServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
    , m_api(std::make_unique<FakeXApi>())
    , m_rateReset(QDateTime::currentSecsSinceEpoch() + 900)
{
    m_server->route(u"/<arg>"_s, [this](const QUrl &, const QHttpServerRequest &request) {
        const FakeReply reply = handle(request);
        const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
        QHttpServerResponse response = reply.body.isEmpty() && reply.contentType.isEmpty()
            ? QHttpServerResponse(status)
            : QHttpServerResponse(reply.contentType, reply.body, status);
        for (const auto &h : reply.headers)
            response.addHeader(h.first, h.second);
        return response;
    });
}

FakeXServer::~FakeXServer() = default;

bool FakeXServer::start()
{
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    m_server->bind(tcp); // takes ownership
    return true;
}

QUrl FakeXServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FakeXServer::failNext(const QString &pattern, const FakeReply &reply)
{
    m_scripted.append({QRegularExpression(pattern), reply});
}

void FakeXServer::setLegacyShapes(bool legacy)
{
    m_api->legacyShapes = legacy;
}

void FakeXServer::setRateLimit(int limit, int remaining, qint64 resetEpochSeconds)
{
    m_rateLimit = limit;
    m_rateRemaining = remaining;
    m_rateReset = resetEpochSeconds;
}

FakeReply FakeXServer::handle(const QHttpServerRequest &request)
{
    FakeRequest recorded;
    recorded.method = methodName(request.method());
    recorded.path = request.url().path();
    recorded.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    recorded.headers = request.headers();
    recorded.body = request.body();

    QRegularExpressionMatch match;
    const FakeXApi::Route *route = m_api->find(recorded.method, recorded.path, &match);
    FakeReply reply;
    QString userId;
    if (route) {
        reply = authenticate(recorded, request.value("Host"), int(route->auth), &userId);
    } else {
        recorded.auth = u"none"_s;
        reply = FakeXApi::isV2(recorded.path)
            ? problem(404, u"Not Found Error"_s, u"No such route"_s,
                      u"https://api.twitter.com/2/problems/resource-not-found"_s)
            : FakeXApi::v11Error(404, 34, u"Sorry, that page does not exist."_s);
    }
    if (reply.status == 0) { // authenticated
        const QString line = QString::fromLatin1(recorded.method) + u' ' + recorded.path;
        const auto scripted
            = std::find_if(m_scripted.begin(), m_scripted.end(),
                           [&line](const auto &s) { return s.first.match(line).hasMatch(); });
        if (scripted != m_scripted.end()) {
            reply = scripted->second;
            m_scripted.erase(scripted);
        } else {
            reply = route->handler({recorded, match, userId});
        }
    }
    reply.headers.append({"x-rate-limit-limit", QByteArray::number(m_rateLimit)});
    reply.headers.append(
        {"x-rate-limit-remaining", QByteArray::number(qMax(0, m_rateRemaining--))});
    reply.headers.append({"x-rate-limit-reset", QByteArray::number(m_rateReset)});
    recorded.status = reply.status;
    m_requests.append(recorded);
    return reply;
}

// Checks the authentication a route requires, as X would; status 0 means accepted.
FakeReply FakeXServer::authenticate(FakeRequest &recorded, const QByteArray &host, int requiredAuth,
                                    QString *userId)
{
    using Auth = FakeXApi::Auth;
    const auto required = static_cast<Auth>(requiredAuth);
    const bool v2 = FakeXApi::isV2(recorded.path);
    const QByteArray authorization = recorded.header("Authorization");
    FakeReply accepted;
    accepted.status = 0;

    if (authorization.startsWith("Bearer ")) {
        recorded.auth = u"bearer"_s;
        if (required != Auth::Bearer)
            return v2 ? v2Unsupported(u"OAuth 2.0 Application-Only"_s,
                                      u"OAuth 1.0a User Context, OAuth 2.0 User Context"_s)
                      : FakeXApi::v11Error(
                          403, 220, u"Your credentials do not allow access to this resource."_s);
        if (authorization.mid(7) != FakeX::BearerToken.toUtf8()) {
            recorded.auth = u"invalid: wrong bearer token"_s;
            return v2 ? v2Unauthorized()
                      : FakeXApi::v11Error(401, 89, u"Invalid or expired token."_s);
        }
        return accepted;
    }
    if (!authorization.startsWith("OAuth ")) {
        recorded.auth = u"none"_s;
        return v2 ? v2Unauthorized() : FakeXApi::v11Error(400, 215, u"Bad Authentication data."_s);
    }

    OAuth1Verifier::Request r;
    r.method = recorded.method;
    r.host = host;
    r.path = QUrl(u"http://h"_s + recorded.path).path(QUrl::FullyEncoded).toLatin1();
    r.rawQuery = recorded.rawQuery;
    r.contentType = recorded.header("Content-Type");
    r.body = recorded.body;
    r.authorization = authorization;
    const auto lookup
        = [required](const QByteArray &token) { return FakeXApi::secretForToken(token, required); };
    const auto verdict = OAuth1Verifier::verify(r, FakeX::ConsumerKey.toUtf8(),
                                                FakeX::ConsumerSecret.toUtf8(), lookup);
    const QByteArray token = verdict.oauth.value("oauth_token");
    recorded.auth = u"oauth1:"_s + QString::fromUtf8(token);
    if (required == Auth::Bearer)
        return v2 ? v2Unsupported(u"OAuth 1.0a User Context"_s, u"OAuth 2.0 Application-Only"_s)
                  : FakeXApi::v11Error(401, 32,
                                       u"Invalid authentication method. Please use "
                                       "application-only authentication."_s);
    if (!verdict.valid) {
        recorded.auth = u"invalid: "_s + verdict.failure;
        return v2 ? v2Unauthorized()
                  : FakeXApi::v11Error(401, 32, u"Could not authenticate you."_s);
    }
    const QByteArray nonce = verdict.oauth.value("oauth_nonce");
    const qint64 timestamp = verdict.oauth.value("oauth_timestamp").toLongLong();
    if (m_nonces.contains(nonce)) {
        recorded.auth = u"invalid: nonce reused"_s;
        return FakeXApi::v11Error(401, 32, u"Could not authenticate you."_s);
    }
    m_nonces.insert(nonce);
    if (qAbs(QDateTime::currentSecsSinceEpoch() - timestamp) > 300) {
        recorded.auth = u"invalid: timestamp out of bounds"_s;
        return FakeXApi::v11Error(401, 135, u"Timestamp out of bounds."_s);
    }
    if (required == Auth::AppOwner && token != FakeX::AccessToken.toUtf8())
        return FakeXApi::v11Error(403, 220,
                                  u"Your credentials do not allow access to this resource."_s);
    if (required == Auth::AnyUser || required == Auth::AppOwner)
        *userId = FakeXApi::userForToken(QString::fromUtf8(token)).value_or(QString());
    return accepted;
}
