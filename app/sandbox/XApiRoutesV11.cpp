// XApiRoutes, continued: the v1.1 Enterprise Account Activity endpoints (x-api.md §1a, §1d).
#include "sandbox/XApiRoutes.h"

#include "sandbox/PayloadBuilder.h"
#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WebhookRegistry.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void XApiRoutes::installV11(SandboxRouter &router)
{
    const QString base = u"/1.1/account_activity"_s;
    const QString subscriptions = base + u"/webhooks/([0-9]{1,19})/subscriptions"_s;
    const auto noWebhook
        = [] { return SandboxReply::v11Error(404, 34, QLatin1String(XMessages::NoWebhook)); };
    const auto noPage
        = [] { return SandboxReply::v11Error(404, 34, QLatin1String(XMessages::NoPage)); };

    router.addAsync("POST", base + u"/webhooks\\.json"_s, RouteAuth::AppOwner,
                    [this](const SandboxRequest &r, const SandboxRespond &respond) {
                        if (!r.hasQuery(u"url"_s)) {
                            respond(SandboxReply::v11Error(
                                400, 214, QLatin1String(XMessages::UrlRequirements)));
                            return;
                        }
                        createWebhook(r.query(u"url"_s), false, respond);
                    });
    router.add("GET", base + u"/webhooks\\.json"_s, RouteAuth::Bearer,
               [this](const SandboxRequest &) {
                   QJsonArray list;
                   for (const SandboxWebhook &w : m_parts.webhooks.all())
                       list.append(webhookJson(w.id, false));
                   return SandboxReply::json(list);
               });
    router.addAsync("PUT", base + u"/webhooks/([0-9]{1,19})\\.json"_s, RouteAuth::AppOwner,
                    [this](const SandboxRequest &r, const SandboxRespond &respond) {
                        validateWebhook(r.capture(1), false, respond);
                    });
    router.add("DELETE", base + u"/webhooks/([0-9]{1,19})\\.json"_s, RouteAuth::AppOwner,
               [this, noWebhook](const SandboxRequest &r) {
                   return m_parts.webhooks.remove(r.capture(1)) ? SandboxReply::noContent()
                                                                : noWebhook();
               });

    router.add("POST", subscriptions + u"/all\\.json"_s, RouteAuth::AnyUser,
               [this, noWebhook](const SandboxRequest &r) {
                   if (!m_parts.webhooks.find(r.capture(1)))
                       return noWebhook();
                   // v1.1 documents no error for an existing subscription: it stays, 204.
                   m_parts.webhooks.subscribe(r.capture(1), r.userId, m_parts.now());
                   return SandboxReply::noContent();
               });
    router.add("GET", subscriptions + u"/all\\.json"_s, RouteAuth::AnyUser,
               [this, noWebhook, noPage](const SandboxRequest &r) {
                   const SandboxWebhook *w = m_parts.webhooks.find(r.capture(1));
                   if (!w)
                       return noWebhook();
                   // "If the response code is not 204, then the user does not have an active
                   // subscription."
                   return w->isSubscribed(r.userId) ? SandboxReply::noContent() : noPage();
               });
    router.add("GET", subscriptions + u"/all/list\\.json"_s, RouteAuth::Bearer,
               [this, noWebhook](const SandboxRequest &r) {
                   if (!m_parts.webhooks.find(r.capture(1)))
                       return noWebhook();
                   return SandboxReply::json(subscriptionList(r.capture(1)));
               });
    router.add("DELETE", subscriptions + u"/([0-9]{1,19})/all\\.json"_s, RouteAuth::Bearer,
               [this, noWebhook, noPage](const SandboxRequest &r) {
                   if (!m_parts.webhooks.find(r.capture(1)))
                       return noWebhook();
                   return m_parts.webhooks.unsubscribe(r.capture(1), r.capture(2))
                       ? SandboxReply::noContent()
                       : noPage();
               });
    // Deprecated by X, still served: the token's own user unsubscribes.
    router.add("DELETE", subscriptions + u"/all\\.json"_s, RouteAuth::AnyUser,
               [this, noWebhook, noPage](const SandboxRequest &r) {
                   if (!m_parts.webhooks.find(r.capture(1)))
                       return noWebhook();
                   return m_parts.webhooks.unsubscribe(r.capture(1), r.userId)
                       ? SandboxReply::noContent()
                       : noPage();
               });
    router.add("GET", base + u"/subscriptions/count\\.json"_s, RouteAuth::Bearer,
               [this](const SandboxRequest &) { return SandboxReply::json(subscriptionCount()); });
    router.add("POST", base + u"/replay/webhooks/([0-9]{1,19})/subscriptions/all\\.json"_s,
               RouteAuth::Bearer, [this](const SandboxRequest &r) {
                   return replay(r.capture(1), r.query(u"from_date"_s), r.query(u"to_date"_s),
                                 ReplayShape::V11);
               });

    router.add("GET", u"/1.1/account/verify_credentials\\.json"_s, RouteAuth::AnyUser,
               [this](const SandboxRequest &r) {
                   const SandboxAccount *a = m_parts.world.account(r.userId);
                   SandboxReply reply;
                   reply.body = PayloadBuilder(m_parts.world, m_parts.app).user(*a);
                   return reply;
               });
}
