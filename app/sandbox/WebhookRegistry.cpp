#include "sandbox/WebhookRegistry.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

bool SandboxWebhook::isSubscribed(const QString &userId) const
{
    return std::any_of(subscriptions.begin(), subscriptions.end(),
                       [&userId](const SandboxSubscription &s) { return s.userId == userId; });
}

QString SandboxWebhook::createdAt() const
{
    return QDateTime::fromMSecsSinceEpoch(createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool WebhookRegistry::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost")
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

WebhookRegistry::UrlProblem WebhookRegistry::checkNewUrl(const QString &text) const
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.isEmpty() || text.size() > MaxUrlLength || !url.isValid() || url.host().isEmpty()
        || text.contains(u' '))
        return UrlProblem::Invalid;
    const bool loopback = isLoopback(url) && (url.scheme() == u"http" || url.scheme() == u"https");
    if (!loopback && (url.scheme() != u"https" || url.port() != -1))
        return UrlProblem::Invalid;
    for (const SandboxWebhook &w : m_webhooks) {
        if (w.url == text)
            return UrlProblem::Duplicate;
    }
    if (m_webhooks.size() >= MaxWebhooks)
        return UrlProblem::Limit;
    return UrlProblem::None;
}

SandboxWebhook &WebhookRegistry::add(const QString &id, const QString &url, qint64 nowMs)
{
    SandboxWebhook w;
    w.id = id;
    w.url = url;
    w.createdAtMs = nowMs;
    w.lastValidatedMs = nowMs;
    m_webhooks.append(w);
    return m_webhooks.last();
}

SandboxWebhook *WebhookRegistry::find(const QString &id)
{
    for (SandboxWebhook &w : m_webhooks) {
        if (w.id == id)
            return &w;
    }
    return nullptr;
}

const SandboxWebhook *WebhookRegistry::find(const QString &id) const
{
    return const_cast<WebhookRegistry *>(this)->find(id);
}

bool WebhookRegistry::remove(const QString &id)
{
    return m_webhooks.removeIf([&id](const SandboxWebhook &w) { return w.id == id; }) > 0;
}

bool WebhookRegistry::subscribe(const QString &webhookId, const QString &userId, qint64 nowMs)
{
    SandboxWebhook *w = find(webhookId);
    if (!w || w->isSubscribed(userId))
        return false;
    w->subscriptions.append({userId, nowMs});
    return true;
}

bool WebhookRegistry::unsubscribe(const QString &webhookId, const QString &userId)
{
    SandboxWebhook *w = find(webhookId);
    return w && w->subscriptions.removeIf([&userId](const SandboxSubscription &s) {
        return s.userId == userId;
    }) > 0;
}

void WebhookRegistry::unsubscribeEverywhere(const QString &userId)
{
    for (SandboxWebhook &w : m_webhooks)
        w.subscriptions.removeIf(
            [&userId](const SandboxSubscription &s) { return s.userId == userId; });
}

int WebhookRegistry::subscriptionCount() const
{
    int count = 0;
    for (const SandboxWebhook &w : m_webhooks)
        count += int(w.subscriptions.size());
    return count;
}

QJsonArray WebhookRegistry::toJson() const
{
    QJsonArray array;
    for (const SandboxWebhook &w : m_webhooks) {
        QJsonArray subscriptions;
        for (const SandboxSubscription &s : w.subscriptions)
            subscriptions.append(
                QJsonObject {{u"user_id"_s, s.userId}, {u"created_at_ms"_s, s.createdAtMs}});
        array.append(QJsonObject {{u"id"_s, w.id},
                                  {u"url"_s, w.url},
                                  {u"valid"_s, w.valid},
                                  {u"created_at_ms"_s, w.createdAtMs},
                                  {u"last_validated_ms"_s, w.lastValidatedMs},
                                  {u"subscriptions"_s, subscriptions}});
    }
    return array;
}

WebhookRegistry WebhookRegistry::fromJson(const QJsonArray &array)
{
    WebhookRegistry registry;
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        SandboxWebhook w;
        w.id = o.value(u"id"_s).toString();
        w.url = o.value(u"url"_s).toString();
        w.valid = o.value(u"valid"_s).toBool(true);
        w.createdAtMs = o.value(u"created_at_ms"_s).toVariant().toLongLong();
        w.lastValidatedMs = o.value(u"last_validated_ms"_s).toVariant().toLongLong();
        for (const QJsonValue s : o.value(u"subscriptions"_s).toArray()) {
            const QJsonObject so = s.toObject();
            w.subscriptions.append({so.value(u"user_id"_s).toString(),
                                    so.value(u"created_at_ms"_s).toVariant().toLongLong()});
        }
        if (!w.id.isEmpty() && !w.url.isEmpty())
            registry.m_webhooks.append(w);
    }
    return registry;
}
