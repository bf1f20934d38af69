#include "sandbox/SandboxAuth.h"

#include "auth/OAuth1Verifier.h"
#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxRequest.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/SignInRequests.h"
#include "util/Logging.h"

using namespace Qt::StringLiterals;

namespace {

bool userContext(RouteAuth auth)
{
    return auth == RouteAuth::AppOwner || auth == RouteAuth::AnyUser;
}

// v1.1 and oauth/* answer with {"errors":[…]}, v2 with problem JSON.
SandboxReply unauthorized(const SandboxRequest &request, int code, const char *message)
{
    return request.isV2() ? SandboxReply::v2Unauthorized()
                          : SandboxReply::v11Error(401, code, QLatin1String(message));
}

// The v1.1 webhook writes are the endpoints X documents error 261 for when given a bearer token.
bool isV11WebhookWrite(const SandboxRequest &request)
{
    return request.path.startsWith(u"/1.1/account_activity/webhooks")
        && !request.path.contains(u"/subscriptions") && request.method != "GET";
}

} // namespace

SandboxAuth::SandboxAuth(const SandboxApp &app, const SandboxWorld &world, SignInRequests &signIns)
    : m_app(app)
    , m_world(world)
    , m_signIns(signIns)
{ }

std::optional<SandboxReply> SandboxAuth::check(SandboxRequest &request, RouteAuth required,
                                               qint64 nowMs)
{
    if (required == RouteAuth::None)
        return std::nullopt;
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer "))
        return checkBearer(request, required);
    if (authorization.startsWith("OAuth "))
        return checkOAuth(request, required, nowMs);
    qCDebug(lcSandbox).noquote() << request.line() << "without credentials";
    return request.isV2() ? SandboxReply::v2Unauthorized()
                          : SandboxReply::v11Error(400, 215, QLatin1String(XMessages::BadAuthData));
}

std::optional<SandboxReply> SandboxAuth::checkBearer(const SandboxRequest &request,
                                                     RouteAuth required)
{
    const QByteArray token = request.header("Authorization").mid(7).trimmed();
    if (token != m_app.bearerToken.toUtf8()) {
        qCDebug(lcSandbox).noquote() << request.line() << "with an unknown bearer token";
        return unauthorized(request, 89, XMessages::InvalidToken);
    }
    if (required == RouteAuth::Bearer || required == RouteAuth::BearerOrAppOwner)
        return std::nullopt;
    qCDebug(lcSandbox).noquote() << request.line() << "needs user context, got a bearer token";
    if (request.isV2())
        return SandboxReply::v2UnsupportedAuth(
            u"OAuth 2.0 Application-Only"_s, u"OAuth 1.0a User Context, OAuth 2.0 User Context"_s);
    if (isV11WebhookWrite(request))
        return SandboxReply::v11Error(403, 261, QLatin1String(XMessages::CannotWrite));
    if (!userContext(required)) // oauth/* take OAuth 1.0a only
        return SandboxReply::v11Error(400, 215, QLatin1String(XMessages::BadAuthData));
    return SandboxReply::v11Error(403, 220, QLatin1String(XMessages::NoAccess));
}

std::optional<SandboxReply> SandboxAuth::checkOAuth(SandboxRequest &request, RouteAuth required,
                                                    qint64 nowMs)
{
    if (required == RouteAuth::Bearer) {
        qCDebug(lcSandbox).noquote() << request.line() << "needs the bearer token, got OAuth 1.0a";
        return request.isV2()
            ? SandboxReply::v2UnsupportedAuth(u"OAuth 1.0a User Context"_s,
                                              u"OAuth 2.0 Application-Only"_s)
            : SandboxReply::v11Error(401, 32, QLatin1String(XMessages::AppOnlyRequired));
    }
    const QByteArray authorization = request.header("Authorization");
    const auto oauth = OAuth1Verifier::parseAuthorization(authorization);
    if (!oauth)
        return unauthorized(request, 32, XMessages::CouldNotAuthenticate);
    const QString token = QString::fromUtf8(oauth->value("oauth_token"));

    // Which token may sign this endpoint, and its secret.
    std::optional<QByteArray> secret;
    const SandboxAccount *account = nullptr;
    if (required == RouteAuth::Consumer) {
        if (token.isEmpty())
            secret = QByteArray();
    } else if (required == RouteAuth::RequestToken) {
        if (const auto *pending = m_signIns.find(token, nowMs))
            secret = pending->secret.toUtf8();
    } else {
        account = m_world.accountWithToken(token);
        if (account)
            secret = account->tokenSecret.toUtf8();
    }
    if (!secret) {
        qCDebug(lcSandbox).noquote() << request.line() << "with an unknown oauth_token";
        return required == RouteAuth::Consumer || required == RouteAuth::RequestToken
            ? unauthorized(request, 32, XMessages::CouldNotAuthenticate)
            : unauthorized(request, 89, XMessages::InvalidToken);
    }

    OAuth1Verifier::Request r;
    r.method = request.method;
    r.host = request.header("Host");
    r.path = request.encodedPath;
    r.rawQuery = request.rawQuery;
    r.contentType = request.header("Content-Type");
    r.body = request.body;
    r.authorization = authorization;
    const auto verdict
        = OAuth1Verifier::verify(r, m_app.consumerKey.toUtf8(), m_app.consumerSecret.toUtf8(),
                                 [&secret](const QByteArray &) { return secret; });
    if (!verdict.valid) {
        qCInfo(lcSandbox).noquote() << request.line() << "OAuth 1.0a rejected:" << verdict.failure;
        qCDebug(lcSandbox).noquote() << "signature base string:" << verdict.baseString;
        return unauthorized(request, 32, XMessages::CouldNotAuthenticate);
    }
    const qint64 nowSeconds = nowMs / 1000;
    const qint64 timestamp = verdict.oauth.value("oauth_timestamp").toLongLong();
    if (qAbs(nowSeconds - timestamp) > MaxClockSkewSeconds) {
        qCInfo(lcSandbox).noquote()
            << request.line() << "OAuth timestamp off by" << nowSeconds - timestamp << "s";
        return unauthorized(request, 135, XMessages::TimestampOutOfBounds);
    }
    if (nonceSeen(verdict.oauth.value("oauth_consumer_key") + '&' + token.toUtf8() + '&'
                      + verdict.oauth.value("oauth_nonce"),
                  nowSeconds)) {
        qCInfo(lcSandbox).noquote() << request.line() << "OAuth nonce used before";
        return unauthorized(request, 32, XMessages::CouldNotAuthenticate);
    }
    if (account && !account->authorized) {
        qCInfo(lcSandbox).noquote() << request.line() << "token of a revoked authorisation";
        return unauthorized(request, 89, XMessages::InvalidToken);
    }
    if (account && account->id != m_app.ownerId
        && (required == RouteAuth::AppOwner || required == RouteAuth::BearerOrAppOwner)) {
        return request.isV2()
            ? SandboxReply::v2Problem(403, u"Forbidden"_s,
                                      u"Only the app owner's access token may do this."_s,
                                      u"https://api.twitter.com/2/problems/client-forbidden"_s)
            : SandboxReply::v11Error(403, 220, QLatin1String(XMessages::NoAccess));
    }
    request.token = token;
    request.userId = account ? account->id : QString();
    request.oauth = verdict.oauth;
    return std::nullopt;
}

bool SandboxAuth::nonceSeen(const QByteArray &key, qint64 nowSeconds)
{
    // A nonce only has to be remembered as long as its timestamp would be accepted.
    if (m_nonces.size() > 4096) {
        m_nonces.removeIf([nowSeconds](const auto &it) {
            return nowSeconds - it.value() > 2 * MaxClockSkewSeconds;
        });
    }
    if (m_nonces.contains(key))
        return true;
    m_nonces.insert(key, nowSeconds);
    return false;
}
