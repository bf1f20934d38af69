#include "FakeXApi.h"

#include "FakeXCredentials.h"
#include "auth/OAuth1Verifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject data(const QJsonObject &inner)
{
    return {{u"data"_s, inner}};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// What X accepts as a webhook URL, plus loopback http:// like the Sandbox.
bool acceptableUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || text.size() > 200 || !url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"http")
        return url.host() == u"127.0.0.1" || url.host() == u"localhost";
    return url.scheme() == u"https" && url.port() == -1;
}

const QString NoWebhook11
    = u"Webhook does not exist or is associated with a different X application."_s;

} // namespace

QString FakeXApi::Call::oauthParameter(const QString &name) const
{
    const auto oauth = OAuth1Verifier::parseAuthorization(request.header("Authorization"));
    return oauth ? QString::fromUtf8(oauth->value(name.toUtf8())) : QString();
}

FakeXApi::FakeXApi()
{
    addRoutes();
    addV11Routes();
    addOAuthRoutes();
}

const FakeXApi::Route *FakeXApi::find(const QByteArray &method, const QString &path,
                                      QRegularExpressionMatch *match) const
{
    for (const Route &route : m_routes) {
        const auto m = route.path.match(path);
        if (route.method == method && m.hasMatch()) {
            *match = m;
            return &route;
        }
    }
    return nullptr;
}

std::optional<QString> FakeXApi::userForToken(const QString &token)
{
    if (token == FakeX::AccessToken)
        return FakeX::OwnerId;
    if (token == FakeX::PinUserToken)
        return FakeX::PinUserId;
    return std::nullopt;
}

std::optional<QByteArray> FakeXApi::secretForToken(const QByteArray &token, Auth auth)
{
    const QString t = QString::fromUtf8(token);
    switch (auth) {
    case Auth::Consumer:
        return t.isEmpty() ? std::optional<QByteArray>(QByteArray()) : std::nullopt;
    case Auth::RequestToken:
        return t == FakeX::RequestToken ? std::optional(FakeX::RequestTokenSecret.toUtf8())
                                        : std::nullopt;
    case Auth::AppOwner:
    case Auth::AnyUser:
        if (t == FakeX::AccessToken)
            return FakeX::AccessTokenSecret.toUtf8();
        if (t == FakeX::PinUserToken)
            return FakeX::PinUserSecret.toUtf8();
        return std::nullopt;
    case Auth::Bearer: return std::nullopt;
    }
    return std::nullopt;
}

QString FakeXApi::addWebhook(const QString &url, bool valid)
{
    Webhook w {QString::number(m_nextId++), url, valid, now(), {}};
    m_webhooks.append(w);
    return w.id;
}

QStringList FakeXApi::webhookIds() const
{
    QStringList ids;
    for (const Webhook &w : m_webhooks)
        ids << w.id;
    return ids;
}

QStringList FakeXApi::subscribers(const QString &webhookId) const
{
    for (const Webhook &w : m_webhooks) {
        if (w.id == webhookId)
            return w.subscribers;
    }
    return {};
}

void FakeXApi::subscribe(const QString &webhookId, const QString &userId)
{
    if (Webhook *w = webhook(webhookId))
        w->subscribers.append(userId);
}

FakeXApi::Webhook *FakeXApi::webhook(const QString &id)
{
    for (Webhook &w : m_webhooks) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

FakeReply FakeXApi::json(const QByteArray &body, int status)
{
    FakeReply r;
    r.status = status;
    r.body = body;
    return r;
}

FakeReply FakeXApi::v2Error(int status, const QString &reason, const QString &details)
{
    // [DOCS-WH-2025]: the reason is the prefix of errors[0].message.
    const QJsonObject body {
        {u"errors"_s,
         QJsonArray {QJsonObject {{u"message"_s, QString(reason + u": "_s + details)}}}},
        {u"title"_s, u"Invalid Request"_s},
        {u"detail"_s, u"One or more parameters to your request was invalid."_s},
        {u"type"_s, u"https://api.twitter.com/2/problems/invalid-request"_s}};
    return json(compact(body), status);
}

FakeReply FakeXApi::v11Error(int status, int code, const QString &message)
{
    const QJsonObject error {{u"code"_s, code}, {u"message"_s, message}};
    return json(compact(QJsonObject {{u"errors"_s, QJsonArray {error}}}), status);
}

FakeReply FakeXApi::createWebhook(const QString &url, bool v2)
{
    if (!acceptableUrl(url)) {
        return v2 ? v2Error(400, u"UrlValidationFailed"_s, u"Invalid URL: "_s + url)
                  : v11Error(403, 214, u"Webhook URL does not meet the requirements."_s);
    }
    if (m_webhooks.size() >= maxWebhooks) {
        return v2 ? v2Error(400, u"WebhookLimitExceeded"_s, u"Webhook limit reached"_s)
                  : v11Error(403, 214, u"Too many resources already created."_s);
    }
    for (const Webhook &w : std::as_const(m_webhooks)) {
        if (v2 && w.url == url)
            return v2Error(400, u"DuplicateUrlFailed"_s, u"URL already registered"_s);
    }
    const Webhook &w = *webhook(addWebhook(url));
    const QJsonObject o {
        {u"id"_s, w.id}, {u"url"_s, w.url}, {u"valid"_s, true}, {u"created_at"_s, w.createdAt}};
    return json(compact(v2 && !legacyShapes ? data(o) : o));
}

FakeReply FakeXApi::replay(const QString &webhookId, const QString &from, const QString &to,
                           int shape)
{
    static const QRegularExpression date(u"^[0-9]{12}$"_s);
    if (!webhook(webhookId)) {
        return shape == 11 ? v11Error(404, 34, NoWebhook11)
                           : v2Error(400, u"WebhookIdInvalid"_s, webhookId);
    }
    if (!date.match(from).hasMatch() || !date.match(to).hasMatch() || from >= to) {
        return shape == 11 ? v11Error(400, 356, u"from_date must be before to_date."_s)
                           : v2Error(400, u"QueryParamInvalid"_s, u"from_date/to_date"_s);
    }
    const QJsonObject job {{u"job_id"_s, u"1915510368169844736"_s},
                           {u"created_at"_s, u"2025-04-24T20:57:15.242Z"_s}};
    switch (shape) {
    case 11: return json(compact(job), 202);
    case 2: return json(compact(legacyShapes ? job : data(job)));
    default: // the v2 Account Activity replay path
        return json(
            compact(QJsonObject {{u"for_user_id"_s, FakeX::OwnerId}, {u"replay_event"_s, job}}));
    }
}

void FakeXApi::addRoutes()
{
    const auto route = [this](const char *method, const QString &pattern, Auth auth,
                              std::function<FakeReply(const Call &)> handler) {
        m_routes.append({method, QRegularExpression(u'^' + pattern + u'$'), auth, handler});
    };
    const QString hooks = u"/2/account_activity/webhooks/(\\d+)/subscriptions"_s;

    route("POST", u"/2/webhooks"_s, Auth::Bearer, [this](const Call &c) {
        return createWebhook(QJsonDocument::fromJson(c.request.body)[u"url"].toString(), true);
    });
    route("GET", u"/2/webhooks"_s, Auth::Bearer, [this](const Call &) {
        QJsonArray list;
        for (const Webhook &w : std::as_const(m_webhooks)) {
            list.append(QJsonObject {{u"created_at"_s, w.createdAt},
                                     {u"id"_s, w.id},
                                     {u"url"_s, w.url},
                                     {u"valid"_s, w.valid}});
        }
        QJsonObject body {{u"meta"_s, QJsonObject {{u"result_count"_s, list.size()}}}};
        if (!list.isEmpty()) // X leaves out `data` when there is nothing
            body.insert(u"data"_s, list);
        return json(compact(body));
    });
    route("POST", u"/2/webhooks/replay"_s, Auth::Bearer, [this](const Call &c) {
        const QJsonObject b = QJsonDocument::fromJson(c.request.body).object();
        return replay(b[u"webhook_id"].toString(), b[u"from_date"].toString(),
                      b[u"to_date"].toString(), 2);
    });
    route("PUT", u"/2/webhooks/(\\d+)"_s, Auth::Bearer, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v2Error(400, u"WebhookIdInvalid"_s, c.match.captured(1));
        w->valid = true;
        return json(compact(data({{legacyShapes ? u"attempted"_s : u"valid"_s, true}})));
    });
    route("DELETE", u"/2/webhooks/(\\d+)"_s, Auth::Bearer, [this](const Call &c) {
        if (!webhook(c.match.captured(1)))
            return v2Error(400, u"WebhookIdInvalid"_s, c.match.captured(1));
        m_webhooks.removeIf([&c](const Webhook &w) { return w.id == c.match.captured(1); });
        return json(compact(data({{u"deleted"_s, true}})));
    });
    route("POST", hooks + u"/all"_s, Auth::AnyUser, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v2Error(400, u"WebhookIdInvalid"_s, c.match.captured(1));
        if (w->subscribers.contains(c.userId))
            return v2Error(400, u"DuplicateSubscriptionFailed"_s, c.userId);
        w->subscribers.append(c.userId);
        return json(compact(data({{u"subscribed"_s, true}})));
    });
    route("GET", hooks + u"/all"_s, Auth::AnyUser, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v2Error(400, u"WebhookIdInvalid"_s, c.match.captured(1));
        return json(compact(data({{u"subscribed"_s, w->subscribers.contains(c.userId)}})));
    });
    route("GET", hooks + u"/all/list"_s, Auth::Bearer, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v2Error(400, u"WebhookIdInvalid"_s, c.match.captured(1));
        QJsonArray subs;
        for (const QString &id : std::as_const(w->subscribers))
            subs.append(QJsonObject {{u"user_id"_s, id}});
        return json(compact(data({{u"application_id"_s, u"11231812"_s},
                                  {u"webhook_id"_s, w->id},
                                  {u"webhook_url"_s, w->url},
                                  {u"subscriptions"_s, subs}})));
    });
    route("DELETE", hooks + u"/(\\d+)/all"_s, Auth::Bearer, [this](const Call &c) {
        Webhook *w = webhook(c.match.captured(1));
        if (!w)
            return v2Error(400, u"WebhookIdInvalid"_s, c.match.captured(1));
        if (!w->subscribers.removeOne(c.match.captured(2)))
            return v2Error(400, u"SubscriptionNotFound"_s, c.match.captured(2));
        return json(compact(data({{u"subscribed"_s, false}})));
    });
    route("GET", u"/2/account_activity/subscriptions/count"_s, Auth::Bearer, [this](const Call &) {
        qsizetype all = 0;
        for (const Webhook &w : std::as_const(m_webhooks))
            all += w.subscribers.size();
        // All values are strings, as published.
        return json(compact(data({{u"account_name"_s, u"fake-app"_s},
                                  {u"provisioned_count"_s, u"50"_s},
                                  {u"subscriptions_count_all"_s, QString::number(all)},
                                  {u"subscriptions_count_direct_messages"_s, u"0"_s}})));
    });
    route("POST", u"/2/account_activity/replay/webhooks/(\\d+)/subscriptions/all"_s, Auth::Bearer,
          [this](const Call &c) {
              return replay(c.match.captured(1), c.request.queryValue(u"from_date"_s),
                            c.request.queryValue(u"to_date"_s), 0);
          });
    route("GET", u"/2/users/me"_s, Auth::AnyUser, [](const Call &c) {
        const bool owner = c.userId == FakeX::OwnerId;
        return json(compact(
            data({{u"id"_s, c.userId},
                  {u"name"_s, owner ? u"Developers"_s : u"API"_s},
                  {u"username"_s, owner ? FakeX::OwnerScreenName : FakeX::PinUserScreenName}})));
    });
}
