#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

struct SandboxSubscription
{
    QString userId;
    qint64 createdAtMs = 0;
};

struct SandboxWebhook
{
    QString id;
    QString url;
    bool valid = true;
    qint64 createdAtMs = 0;
    qint64 lastValidatedMs = 0; //!< last CRC check that passed
    QList<SandboxSubscription> subscriptions;

    bool isSubscribed(const QString &userId) const;
    //! X's timestamp format for webhooks: 2016-06-02T23:54:02.000Z
    QString createdAt() const;
};

//! The app's webhooks and their subscriptions, with X's rules for what a webhook URL may be
//! (x-api.md §3): https without a port, at most 200 characters, one webhook per URL, at most
//! MaxWebhooks. Unlike X, a loopback URL (http or https, any port) is accepted, because that is
//! where the local responder listens.
class WebhookRegistry
{
public:
    static constexpr int MaxWebhooks = 5; //!< X's Enterprise tier: "5+ webhooks"
    static constexpr int MaxUrlLength = 200;
    static constexpr int ProvisionedSubscriptions = 50;

    enum class UrlProblem { None, Invalid, Duplicate, Limit };
    UrlProblem checkNewUrl(const QString &url) const;
    static bool isLoopback(const QUrl &url);

    SandboxWebhook &add(const QString &id, const QString &url, qint64 nowMs);
    SandboxWebhook *find(const QString &id);
    const SandboxWebhook *find(const QString &id) const;
    bool remove(const QString &id);
    const QList<SandboxWebhook> &all() const { return m_webhooks; }
    QList<SandboxWebhook> &all() { return m_webhooks; }

    //! False when the user is already subscribed.
    bool subscribe(const QString &webhookId, const QString &userId, qint64 nowMs);
    bool unsubscribe(const QString &webhookId, const QString &userId);
    //! Removes the user's subscription from every webhook (a revoked authorisation).
    void unsubscribeEverywhere(const QString &userId);
    int subscriptionCount() const;

    QJsonArray toJson() const;
    static WebhookRegistry fromJson(const QJsonArray &array);

private:
    QList<SandboxWebhook> m_webhooks;
};
