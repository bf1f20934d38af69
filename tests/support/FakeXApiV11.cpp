// FakeXApi, continued: the v1.1 Enterprise routes and the oauth/ (PIN sign-in) routes.
#include "FakeXApi.h"

#include "FakeXCredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeReply noContent()
{
    FakeReply r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

FakeReply form(const QByteArray &body, int status = 200)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    r.contentType = "text/html; charset=utf-8"; // what X sends for oauth/*
    return r;
}

const QString NoWebhook
    = u"Webhook does not exist or is associated with a different X application."_s;
const QString NoPage = u"Sorry, that page does not exist."_s;

} // namespace

void FakeXApi::addV11Routes()
{
    const auto route = [this](const char *method, const QString &pattern, Auth auth,
                              std::function<FakeReply(const Call &)> handler) {
        m_routes.append({method, QRegularExpression(u'^' + pattern + u'$'), auth, handler});
    };
    const QString base = u"/1.1/account_activity"_s;
    const QString subs = base + u"/webhooks/(\\d+)/subscriptions"_s;

    route("POST", base + u"/webhooks\\.json"_s, Auth::AppOwner,
          [this](const Call &c) { return createWebhook(c.request.queryValue(u"url"_s), false); });
    route("GET", base + u"/webhooks\\.json"_s, Auth::Bearer, [this](const Call &) {
        QJsonArray list; // a bare array, ids as strings
        for (const Webhook &w : std::as_const(m_webhooks)) {
            list.append(QJsonObject {{u"id"_s, w.id},
                                     {u"url"_s, w.url},
                                     {u"valid"_s, w.valid},
                                     {u"created_at"_s, w.createdAt}});
        }
        return json(QJsonDocument(list).toJson(QJsonDocument::Compact));
    });
    route("PUT", base + u"/webhooks/(\\d+)\\.json"_s, Auth::AppOwner, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v11Error(404, 34, NoWebhook);
        w->valid = true;
        return noContent();
    });
    route("DELETE", base + u"/webhooks/(\\d+)\\.json"_s, Auth::AppOwner, [this](const Call &c) {
        if (!webhook(c.match.captured(1)))
            return v11Error(404, 34, NoWebhook);
        m_webhooks.removeIf([&c](const Webhook &w) { return w.id == c.match.captured(1); });
        return noContent();
    });
    route("POST", subs + u"/all\\.json"_s, Auth::AnyUser, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v11Error(404, 34, NoWebhook);
        if (!w->subscribers.contains(c.userId))
            w->subscribers.append(c.userId);
        return noContent();
    });
    route("GET", subs + u"/all\\.json"_s, Auth::AnyUser, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v11Error(404, 34, NoWebhook);
        // "If the response code is not 204, then the user does not have an active subscription."
        return w->subscribers.contains(c.userId) ? noContent() : v11Error(404, 34, NoPage);
    });
    route("GET", subs + u"/all/list\\.json"_s, Auth::Bearer, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v11Error(404, 34, NoWebhook);
        QJsonArray list;
        for (const QString &id : std::as_const(w->subscribers))
            list.append(QJsonObject {{u"user_id"_s, id}});
        return json(compact({{u"webhook_id"_s, w->id},
                             {u"webhook_url"_s, w->url},
                             {u"application_id"_s, u"11231812"_s},
                             {u"subscriptions"_s, list}}));
    });
    route("DELETE", subs + u"/(\\d+)/all\\.json"_s, Auth::Bearer, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v11Error(404, 34, NoWebhook);
        return w->subscribers.removeOne(c.match.captured(2)) ? noContent()
                                                             : v11Error(404, 34, NoPage);
    });
    route("GET", base + u"/subscriptions/count\\.json"_s, Auth::Bearer, [this](const Call &) {
        qsizetype all = 0;
        for (const Webhook &w : std::as_const(m_webhooks))
            all += w.subscribers.size();
        return json(compact({{u"account_name"_s, u"my-account"_s},
                             {u"subscriptions_count_all"_s, QString::number(all)},
                             {u"subscriptions_count_direct_messages"_s, u"0"_s},
                             {u"provisioned_count"_s, u"50"_s}}));
    });
    route("POST", base + u"/replay/webhooks/(\\d+)/subscriptions/all\\.json"_s, Auth::Bearer,
          [this](const Call &c) {
              return replay(c.match.captured(1), c.request.queryValue(u"from_date"_s),
                            c.request.queryValue(u"to_date"_s), 11);
          });
    route("GET", u"/1.1/account/verify_credentials\\.json"_s, Auth::AnyUser, [](const Call &c) {
        const bool owner = c.userId == FakeX::OwnerId;
        // v1.1 sends the id as a number and as id_str.
        return json(compact(
            {{u"id"_s, c.userId.toLongLong()},
             {u"id_str"_s, c.userId},
             {u"name"_s, owner ? u"Developers"_s : u"API"_s},
             {u"screen_name"_s, owner ? FakeX::OwnerScreenName : FakeX::PinUserScreenName}}));
    });
}

void FakeXApi::addOAuthRoutes()
{
    m_routes.append({"POST", QRegularExpression(u"^/oauth/request_token$"_s), Auth::Consumer,
                     [](const Call &c) {
                         if (c.oauthParameter(u"oauth_callback"_s) != u"oob")
                             return v11Error(401, 32, u"Could not authenticate you."_s);
                         return form("oauth_token=" + FakeX::RequestToken.toUtf8()
                                     + "&oauth_token_secret=" + FakeX::RequestTokenSecret.toUtf8()
                                     + "&oauth_callback_confirmed=true");
                     }});
    m_routes.append({"POST", QRegularExpression(u"^/oauth/access_token$"_s), Auth::RequestToken,
                     [](const Call &c) {
                         if (c.oauthParameter(u"oauth_verifier"_s) != FakeX::Pin)
                             return form("Error processing your OAuth request: Invalid "
                                         "oauth_verifier parameter",
                                         401);
                         return form("oauth_token=" + FakeX::PinUserToken.toUtf8()
                                     + "&oauth_token_secret=" + FakeX::PinUserSecret.toUtf8()
                                     + "&user_id=" + FakeX::PinUserId.toUtf8()
                                     + "&screen_name=" + FakeX::PinUserScreenName.toUtf8());
                     }});
}
