#include "xapi/Endpoints.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Json = "application/json";

ApiRequest make(const QString &operation, const QByteArray &method, const QString &path,
                AuthKind auth)
{
    ApiRequest r;
    r.operation = operation;
    r.method = method;
    r.path = path;
    r.auth = auth;
    return r;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QString V11Base = u"/1.1/account_activity"_s;
const QString V2Aaa = u"/2/account_activity"_s;

} // namespace

namespace Endpoints {

ApiRequest createWebhook(ApiFlavour flavour, const QString &url)
{
    if (flavour == ApiFlavour::V11) {
        ApiRequest r
            = make(u"webhooks.create"_s, "POST", V11Base + u"/webhooks.json", AuthKind::AppOwner);
        r.query = {{u"url"_s, url}};
        return r;
    }
    ApiRequest r = make(u"webhooks.create"_s, "POST", u"/2/webhooks"_s, AuthKind::Bearer);
    r.body = compact({{u"url"_s, url}});
    r.contentType = Json;
    return r;
}

ApiRequest listWebhooks(ApiFlavour flavour)
{
    return flavour == ApiFlavour::V11
        ? make(u"webhooks.list"_s, "GET", V11Base + u"/webhooks.json", AuthKind::Bearer)
        : make(u"webhooks.list"_s, "GET", u"/2/webhooks"_s, AuthKind::Bearer);
}

ApiRequest validateWebhook(ApiFlavour flavour, const QString &webhookId)
{
    return flavour == ApiFlavour::V11
        ? make(u"webhooks.validate"_s, "PUT", V11Base + u"/webhooks/" + webhookId + u".json",
               AuthKind::AppOwner)
        : make(u"webhooks.validate"_s, "PUT", u"/2/webhooks/" + webhookId, AuthKind::Bearer);
}

ApiRequest deleteWebhook(ApiFlavour flavour, const QString &webhookId)
{
    return flavour == ApiFlavour::V11
        ? make(u"webhooks.delete"_s, "DELETE", V11Base + u"/webhooks/" + webhookId + u".json",
               AuthKind::AppOwner)
        : make(u"webhooks.delete"_s, "DELETE", u"/2/webhooks/" + webhookId, AuthKind::Bearer);
}

ApiRequest addSubscription(ApiFlavour flavour, const QString &webhookId)
{
    if (flavour == ApiFlavour::V11) {
        return make(u"subscriptions.add"_s, "POST",
                    V11Base + u"/webhooks/" + webhookId + u"/subscriptions/all.json",
                    AuthKind::Subscriber);
    }
    ApiRequest r
        = make(u"subscriptions.add"_s, "POST",
               V2Aaa + u"/webhooks/" + webhookId + u"/subscriptions/all", AuthKind::Subscriber);
    // The spec requires a (property-less) JSON body; being JSON, it is not signed.
    r.body = "{}";
    r.contentType = Json;
    return r;
}

ApiRequest checkSubscription(ApiFlavour flavour, const QString &webhookId)
{
    return flavour == ApiFlavour::V11
        ? make(u"subscriptions.check"_s, "GET",
               V11Base + u"/webhooks/" + webhookId + u"/subscriptions/all.json",
               AuthKind::Subscriber)
        : make(u"subscriptions.check"_s, "GET",
               V2Aaa + u"/webhooks/" + webhookId + u"/subscriptions/all", AuthKind::Subscriber);
}

ApiRequest listSubscriptions(ApiFlavour flavour, const QString &webhookId)
{
    return flavour == ApiFlavour::V11
        ? make(u"subscriptions.list"_s, "GET",
               V11Base + u"/webhooks/" + webhookId + u"/subscriptions/all/list.json",
               AuthKind::Bearer)
        : make(u"subscriptions.list"_s, "GET",
               V2Aaa + u"/webhooks/" + webhookId + u"/subscriptions/all/list", AuthKind::Bearer);
}

ApiRequest removeSubscription(ApiFlavour flavour, const QString &webhookId, const QString &userId)
{
    return flavour == ApiFlavour::V11
        ? make(u"subscriptions.remove"_s, "DELETE",
               V11Base + u"/webhooks/" + webhookId + u"/subscriptions/" + userId + u"/all.json",
               AuthKind::Bearer)
        : make(u"subscriptions.remove"_s, "DELETE",
               V2Aaa + u"/webhooks/" + webhookId + u"/subscriptions/" + userId + u"/all",
               AuthKind::Bearer);
}

ApiRequest subscriptionCount(ApiFlavour flavour)
{
    return flavour == ApiFlavour::V11
        ? make(u"subscriptions.count"_s, "GET", V11Base + u"/subscriptions/count.json",
               AuthKind::Bearer)
        : make(u"subscriptions.count"_s, "GET", V2Aaa + u"/subscriptions/count", AuthKind::Bearer);
}

ApiRequest replay(ApiFlavour flavour, const QString &webhookId, const QString &fromDate,
                  const QString &toDate, ReplayPath path)
{
    const QueryPairs window {{u"from_date"_s, fromDate}, {u"to_date"_s, toDate}};
    if (flavour == ApiFlavour::V11) {
        ApiRequest r = make(u"replay"_s, "POST",
                            V11Base + u"/replay/webhooks/" + webhookId + u"/subscriptions/all.json",
                            AuthKind::Bearer);
        r.query = window;
        return r;
    }
    if (path == ReplayPath::AccountActivity) {
        ApiRequest r = make(u"replay"_s, "POST",
                            V2Aaa + u"/replay/webhooks/" + webhookId + u"/subscriptions/all",
                            AuthKind::Bearer);
        r.query = window;
        return r;
    }
    ApiRequest r = make(u"replay"_s, "POST", u"/2/webhooks/replay"_s, AuthKind::Bearer);
    r.body = compact(
        {{u"webhook_id"_s, webhookId}, {u"from_date"_s, fromDate}, {u"to_date"_s, toDate}});
    r.contentType = Json;
    return r;
}

ApiRequest whoami(ApiFlavour flavour)
{
    return flavour == ApiFlavour::V11
        ? make(u"whoami"_s, "GET", u"/1.1/account/verify_credentials.json"_s, AuthKind::AppOwner)
        : make(u"whoami"_s, "GET", u"/2/users/me"_s, AuthKind::AppOwner);
}

ApiRequest requestToken()
{
    ApiRequest r = make(u"signin.request_token"_s, "POST", u"/oauth/request_token"_s,
                        AuthKind::ConsumerOnly);
    r.extraOAuth = {{u"oauth_callback"_s, u"oob"_s}};
    return r;
}

ApiRequest accessToken(const UserToken &requestToken, const QString &pin)
{
    ApiRequest r = make(u"signin.access_token"_s, "POST", u"/oauth/access_token"_s,
                        AuthKind::TemporaryToken);
    r.token = requestToken;
    r.extraOAuth = {{u"oauth_verifier"_s, pin}};
    return r;
}

QString authorizePath()
{
    return u"/oauth/authorize"_s;
}

} // namespace Endpoints
