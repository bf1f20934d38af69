#include "sandbox/OAuthRoutes.h"

#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/SignInRequests.h"

using namespace Qt::StringLiterals;

namespace {

QByteArray page(const QString &title, const QString &body)
{
    return (u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"_s + title.toHtmlEscaped()
            + u"</title></head><body><h1>"_s + title.toHtmlEscaped() + u"</h1>"_s + body
            + u"</body></html>\n"_s)
        .toUtf8();
}

bool wantsJson(const SandboxRequest &r)
{
    return r.query(u"format"_s) == u"json" || r.header("Accept").contains("application/json");
}

} // namespace

OAuthRoutes::OAuthRoutes(SandboxParts parts)
    : m_parts(std::move(parts))
{ }

void OAuthRoutes::install(SandboxRouter &router)
{
    router.add("POST", u"/oauth/request_token"_s, RouteAuth::Consumer,
               [this](const SandboxRequest &r) {
                   if (r.oauth.value("oauth_callback") != "oob")
                       return SandboxReply::v11Error(
                           401, 417,
                           u"Desktop applications only support the oauth_callback value 'oob'"_s);
                   const auto pending = m_parts.signIns.create(m_parts.now());
                   return SandboxReply::form("oauth_token=" + pending.token.toUtf8()
                                             + "&oauth_token_secret=" + pending.secret.toUtf8()
                                             + "&oauth_callback_confirmed=true");
               });
    router.add("GET", u"/oauth/authorize"_s, RouteAuth::None,
               [this](const SandboxRequest &r) { return authorizePage(r); });
    router.add("POST", u"/oauth/access_token"_s, RouteAuth::RequestToken,
               [this](const SandboxRequest &r) { return accessToken(r); });
}

SandboxReply OAuthRoutes::authorizePage(const SandboxRequest &r)
{
    const bool json = wantsJson(r);
    const QString token = r.query(u"oauth_token"_s);
    const auto fail = [json](int status, const QString &message) {
        return json ? SandboxReply::json(QJsonObject {{u"error"_s, message}}, status)
                    : SandboxReply::text(
                        page(tr("Sandbox sign-in"), u"<p>"_s + message.toHtmlEscaped() + u"</p>"_s),
                        "text/html; charset=utf-8", status);
    };
    if (!m_parts.signIns.find(token, m_parts.now()))
        return fail(400,
                    tr("This request token is unknown or has expired. Start the sign-in again."));

    const QString name = r.query(u"screen_name"_s);
    if (name.isEmpty()) {
        QString list;
        for (const SandboxAccount &a : m_parts.world.accounts()) {
            const QString link = u"?oauth_token="_s
                + QString::fromLatin1(QUrl::toPercentEncoding(token)) + u"&screen_name="_s
                + a.screenName;
            list += u"<li><a href=\""_s + link.toHtmlEscaped() + u"\">@"_s
                + a.screenName.toHtmlEscaped() + u"</a> "_s + a.name.toHtmlEscaped() + u"</li>"_s;
        }
        return SandboxReply::text(
            page(tr("Authorize %1 to use your account?").arg(m_parts.app.name),
                 u"<p>"_s + tr("Sign in as:").toHtmlEscaped() + u"</p><ul>"_s + list + u"</ul>"_s),
            "text/html; charset=utf-8", 200);
    }
    const SandboxAccount *account = m_parts.world.findUser(name);
    if (!account)
        return fail(404, tr("There is no Sandbox account '%1'.").arg(name));
    const QString pin = m_parts.signIns.authorize(token, account->id, m_parts.now());
    if (json) {
        return SandboxReply::json(QJsonObject {{u"oauth_token"_s, token},
                                               {u"user_id"_s, account->id},
                                               {u"screen_name"_s, account->screenName},
                                               {u"pin"_s, pin}});
    }
    return SandboxReply::text(
        page(tr("You've granted access to %1!").arg(m_parts.app.name),
             u"<p>"_s
                 + tr("Signed in as @%1. Enter this PIN to complete the authorization:")
                       .arg(account->screenName)
                       .toHtmlEscaped()
                 + u"</p><p><code id=\"oauth_pin\">"_s + pin + u"</code></p>"_s),
        "text/html; charset=utf-8", 200);
}

SandboxReply OAuthRoutes::accessToken(const SandboxRequest &r)
{
    auto *pending = m_parts.signIns.find(r.token, m_parts.now());
    QString verifier = QString::fromUtf8(r.oauth.value("oauth_verifier"));
    if (verifier.isEmpty())
        verifier = r.query(u"oauth_verifier"_s);
    if (!pending || pending->userId.isEmpty() || pending->pin.isEmpty() || verifier != pending->pin)
        return SandboxReply::form(
            "Error processing your OAuth request: Invalid oauth_verifier parameter", 401);
    SandboxAccount *account = m_parts.world.account(pending->userId);
    m_parts.signIns.remove(r.token); // "PIN numbers are not reusable"
    if (!account)
        return SandboxReply::form("Error processing your OAuth request: Invalid request token",
                                  401);
    account->authorized = true; // signing in again undoes a revocation
    return SandboxReply::form(
        "oauth_token=" + QUrl::toPercentEncoding(account->token)
        + "&oauth_token_secret=" + QUrl::toPercentEncoding(account->tokenSecret)
        + "&user_id=" + account->id.toUtf8() + "&screen_name=" + account->screenName.toUtf8());
}
