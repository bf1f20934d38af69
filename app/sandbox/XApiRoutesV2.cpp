// XApiRoutes, continued: the X API v2 endpoints (x-api.md §1c).
#include "sandbox/XApiRoutes.h"

#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WebhookRegistry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void XApiRoutes::installV2(SandboxRouter &router)
{
    const QString subscriptions = u"/2/account_activity/webhooks/([0-9]{1,19})/subscriptions"_s;
    const auto unknown
        = [](const QString &id) { return SandboxReply::v2Error(400, u"WebhookIdInvalid"_s, id); };

    router.addAsync("POST", u"/2/webhooks"_s, RouteAuth::BearerOrAppOwner,
                    [this](const SandboxRequest &r, const SandboxRespond &respond) {
                        const QJsonValue url = r.jsonBody().value(u"url"_s);
                        if (!url.isString()) {
                            respond(SandboxReply::v2Error(400, u"UrlValidationFailed"_s,
                                                          u"The url field is required"_s));
                            return;
                        }
                        createWebhook(url.toString(), true, respond);
                    });
    router.add("GET", u"/2/webhooks"_s, RouteAuth::Bearer, [this](const SandboxRequest &) {
        QJsonArray list;
        for (const SandboxWebhook &w : m_parts.webhooks.all())
            list.append(webhookJson(w.id, true));
        return SandboxReply::json(
            {{u"data"_s, list}, {u"meta"_s, QJsonObject {{u"result_count"_s, list.size()}}}});
    });
    router.add("POST", u"/2/webhooks/replay"_s, RouteAuth::Bearer, [this](const SandboxRequest &r) {
        const QJsonObject body = r.jsonBody();
        const QString webhookId = body.value(u"webhook_id"_s).toString();
        if (webhookId.isEmpty())
            return SandboxReply::v2Error(400, u"QueryParamInvalid"_s, u"webhook_id is required"_s);
        return replay(webhookId, body.value(u"from_date"_s).toString(),
                      body.value(u"to_date"_s).toString(), ReplayShape::V2Webhooks);
    });
    router.addAsync("PUT", u"/2/webhooks/([0-9]{1,19})"_s, RouteAuth::BearerOrAppOwner,
                    [this](const SandboxRequest &r, const SandboxRespond &respond) {
                        validateWebhook(r.capture(1), true, respond);
                    });
    router.add("DELETE", u"/2/webhooks/([0-9]{1,19})"_s, RouteAuth::BearerOrAppOwner,
               [this, unknown](const SandboxRequest &r) {
                   if (!m_parts.webhooks.remove(r.capture(1)))
                       return unknown(r.capture(1));
                   return SandboxReply::data({{u"deleted"_s, true}});
               });

    router.add("POST", subscriptions + u"/all"_s, RouteAuth::AnyUser,
               [this, unknown](const SandboxRequest &r) {
                   const SandboxWebhook *w = m_parts.webhooks.find(r.capture(1));
                   if (!w)
                       return unknown(r.capture(1));
                   if (w->isSubscribed(r.userId))
                       return SandboxReply::v2Error(400, u"DuplicateSubscriptionFailed"_s,
                                                    u"User is already subscribed"_s);
                   if (m_parts.webhooks.subscriptionCount()
                       >= WebhookRegistry::ProvisionedSubscriptions)
                       return SandboxReply::v2Error(400, u"SubscriptionLimitExceeded"_s,
                                                    u"Subscription limit reached"_s);
                   m_parts.webhooks.subscribe(w->id, r.userId, m_parts.now());
                   return SandboxReply::data({{u"subscribed"_s, true}});
               });
    router.add("GET", subscriptions + u"/all"_s, RouteAuth::AnyUser,
               [this, unknown](const SandboxRequest &r) {
                   const SandboxWebhook *w = m_parts.webhooks.find(r.capture(1));
                   if (!w)
                       return unknown(r.capture(1));
                   return SandboxReply::data({{u"subscribed"_s, w->isSubscribed(r.userId)}});
               });
    router.add("GET", subscriptions + u"/all/list"_s, RouteAuth::Bearer,
               [this, unknown](const SandboxRequest &r) {
                   if (!m_parts.webhooks.find(r.capture(1)))
                       return unknown(r.capture(1));
                   return SandboxReply::data(subscriptionList(r.capture(1)));
               });
    router.add("DELETE", subscriptions + u"/([0-9]{1,19})/all"_s, RouteAuth::Bearer,
               [this, unknown](const SandboxRequest &r) {
                   if (!m_parts.webhooks.find(r.capture(1)))
                       return unknown(r.capture(1));
                   if (!m_parts.webhooks.unsubscribe(r.capture(1), r.capture(2)))
                       return SandboxReply::v2Error(400, u"SubscriptionNotFound"_s, r.capture(2));
                   return SandboxReply::data({{u"subscribed"_s, false}});
               });
    router.add("GET", u"/2/account_activity/subscriptions/count"_s, RouteAuth::Bearer,
               [this](const SandboxRequest &) { return SandboxReply::data(subscriptionCount()); });
    router.add("POST", u"/2/account_activity/replay/webhooks/([0-9]{1,19})/subscriptions/all"_s,
               RouteAuth::Bearer, [this](const SandboxRequest &r) {
                   return replay(r.capture(1), r.query(u"from_date"_s), r.query(u"to_date"_s),
                                 ReplayShape::V2AccountActivity);
               });

    router.add("GET", u"/2/users/me"_s, RouteAuth::AnyUser, [this](const SandboxRequest &r) {
        const SandboxAccount *a = m_parts.world.account(r.userId);
        return SandboxReply::data(
            {{u"id"_s, a->id}, {u"name"_s, a->name}, {u"username"_s, a->screenName}});
    });
}
