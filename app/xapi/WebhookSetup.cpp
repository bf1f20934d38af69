#include "xapi/WebhookSetup.h"

#include "xapi/ApiClient.h"

WebhookSetup::WebhookSetup(ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void WebhookSetup::run(const QString &url, std::function<void(Result<Outcome>)> done)
{
    if (m_running)
        return;
    m_running = true;
    m_done = std::move(done);
    Q_EMIT stepStarted(tr("Looking for a webhook registered for %1 …").arg(url));
    m_api.listWebhooks(this, [this, url](Result<QList<Webhook>> webhooks) {
        if (!webhooks.ok())
            return finish(webhooks.error());
        for (const Webhook &existing : webhooks.value()) {
            if (existing.url != url)
                continue;
            Outcome outcome;
            outcome.webhook = existing;
            outcome.reused = true;
            if (existing.valid)
                return subscribe(outcome);
            // X stops delivering to an invalid webhook until a CRC check passes again.
            Q_EMIT stepStarted(tr("Webhook %1 is marked invalid: asking X for a new CRC check …")
                                   .arg(existing.id));
            m_api.validateWebhook(existing.id, this,
                                  [this, outcome](Result<WebhookValidation> checked) mutable {
                                      if (!checked.ok())
                                          return finish(checked.error());
                                      outcome.webhook.valid = checked.value().valid.value_or(true);
                                      subscribe(outcome);
                                  });
            return;
        }
        Q_EMIT stepStarted(tr("Registering %1 (X checks it with a CRC request first) …").arg(url));
        m_api.createWebhook(url, this, [this](Result<Webhook> created) {
            if (!created.ok())
                return finish(created.error());
            Outcome outcome;
            outcome.webhook = created.value();
            subscribe(outcome);
        });
    });
}

void WebhookSetup::subscribe(Outcome outcome)
{
    Q_EMIT stepStarted(tr("Subscribing the account to webhook %1 …").arg(outcome.webhook.id));
    const QString id = outcome.webhook.id;
    m_api.checkSubscription(id, this, [this, outcome](Result<bool> subscribed) mutable {
        if (subscribed.ok() && subscribed.value()) {
            outcome.alreadySubscribed = true;
            return finish(outcome);
        }
        m_api.addSubscription(outcome.webhook.id, this, [this, outcome](Result<bool> added) {
            if (!added.ok())
                return finish(added.error());
            finish(outcome);
        });
    });
}

void WebhookSetup::finish(Result<Outcome> result)
{
    m_running = false;
    if (auto done = std::exchange(m_done, {}))
        done(std::move(result));
}
