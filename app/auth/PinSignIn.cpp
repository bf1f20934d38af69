#include "auth/PinSignIn.h"

#include "auth/OAuth1Signer.h"
#include "util/SecretRedactor.h"
#include "xapi/ApiClient.h"
#include "xapi/Endpoints.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QString valueOf(const QueryPairs &pairs, const QString &name)
{
    for (const auto &p : pairs) {
        if (p.first == name)
            return p.second;
    }
    return {};
}

Error unexpected(const QString &message)
{
    Error e(ErrorKind::XApi, message);
    e.code = u"unexpected-response"_s;
    return e;
}

} // namespace

QJsonObject SignedInUser::toJson(bool withSecrets) const
{
    QJsonObject o {{u"user_id"_s, userId}, {u"screen_name"_s, screenName}};
    if (withSecrets) {
        o.insert(u"access_token"_s, accessToken.token);
        o.insert(u"access_token_secret"_s, accessToken.secret);
    }
    return o;
}

PinSignIn::PinSignIn(ApiClient *client)
    : m_client(client)
{ }

void PinSignIn::start(QObject *context, std::function<void(Result<PinAuthorization>)> done)
{
    const QUrl base = m_client->baseUrl();
    m_client->send(Endpoints::requestToken(), context, [done, base](Result<ApiResponse> r) {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        const QueryPairs answer = OAuth1Signer::decodeForm(r.value().body);
        UserToken token {valueOf(answer, u"oauth_token"_s),
                         valueOf(answer, u"oauth_token_secret"_s)};
        SecretRedactor::add(token.secret);
        if (token.isEmpty()) {
            done(unexpected(tr("X's answer to oauth/request_token holds no request token.")));
            return;
        }
        // X: "Your app should verify that oauth_callback_confirmed is true".
        if (valueOf(answer, u"oauth_callback_confirmed"_s) != u"true") {
            done(unexpected(tr("X did not confirm the out-of-band callback "
                               "(oauth_callback_confirmed is not true). Check the callback URL "
                               "settings of the app in the developer portal.")));
            return;
        }
        QUrl authorize = base; // below the base URL's own path, like every other call
        QString basePath = base.path();
        while (basePath.endsWith(u'/'))
            basePath.chop(1);
        authorize.setPath(basePath + Endpoints::authorizePath());
        authorize.setQuery(QUrlQuery {{u"oauth_token"_s, token.token}});
        done(PinAuthorization {token, authorize});
    });
}

void PinSignIn::finish(const UserToken &requestToken, const QString &pin, QObject *context,
                       std::function<void(Result<SignedInUser>)> done)
{
    m_client->send(Endpoints::accessToken(requestToken, pin.trimmed()), context,
                   [done](Result<ApiResponse> r) {
                       if (!r.ok()) {
                           done(r.error());
                           return;
                       }
                       const QueryPairs answer = OAuth1Signer::decodeForm(r.value().body);
                       SignedInUser user;
                       user.accessToken = {valueOf(answer, u"oauth_token"_s),
                                           valueOf(answer, u"oauth_token_secret"_s)};
                       user.userId = valueOf(answer, u"user_id"_s);
                       user.screenName = valueOf(answer, u"screen_name"_s);
                       SecretRedactor::add(user.accessToken.token);
                       SecretRedactor::add(user.accessToken.secret);
                       if (user.accessToken.isEmpty() || user.userId.isEmpty()) {
                           done(unexpected(tr("X's answer to oauth/access_token holds no access "
                                              "token or user id.")));
                           return;
                       }
                       done(user);
                   });
}
