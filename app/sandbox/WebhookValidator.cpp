#include "sandbox/WebhookValidator.h"

#include "sandbox/WebhookRegistry.h"
#include "util/Logging.h"

#include <algorithm>
#include <cmath>
#include <limits>

WebhookValidator::WebhookValidator(WebhookRegistry &webhooks, CrcChecker &crc, double timeScale,
                                   std::function<qint64()> clock, QObject *parent)
    : QObject(parent)
    , m_webhooks(webhooks)
    , m_crc(crc)
    , m_timeScale(timeScale)
    , m_clock(std::move(clock))
{
    connect(&m_timer, &QTimer::timeout, this, &WebhookValidator::checkAllNow);
}

void WebhookValidator::validate(const QString &webhookId,
                                std::function<void(const CrcOutcome &)> done)
{
    const SandboxWebhook *webhook = m_webhooks.find(webhookId);
    if (!webhook)
        return;
    m_crc.check(webhook->url, this, [this, webhookId, done](const CrcOutcome &outcome) {
        apply(webhookId, outcome, true);
        done(outcome);
    });
}

void WebhookValidator::startPeriodic(qint64 intervalMs)
{
    // QTimer takes an int; a day of milliseconds and more is clamped to about 24 days.
    m_timer.start(int(std::clamp<qint64>(intervalMs, 10, std::numeric_limits<int>::max())));
}

void WebhookValidator::checkAllNow()
{
    for (const SandboxWebhook &webhook : m_webhooks.all()) {
        const QString id = webhook.id;
        m_crc.check(webhook.url, this,
                    [this, id](const CrcOutcome &outcome) { apply(id, outcome, false); });
    }
}

void WebhookValidator::apply(const QString &webhookId, const CrcOutcome &outcome,
                             bool explicitCheck)
{
    SandboxWebhook *webhook = m_webhooks.find(webhookId);
    if (!webhook) // deleted while the check ran
        return;
    const qint64 now = m_clock();
    if (outcome.passed()) {
        webhook->valid = true;
        webhook->lastValidatedMs = now;
    } else if (explicitCheck || outcome.invalidatesAtOnce()) {
        webhook->valid = false;
    } else {
        const auto grace = qint64(std::llround(double(GraceMs) * m_timeScale));
        if (now - webhook->lastValidatedMs > grace)
            webhook->valid = false;
    }
    qCInfo(lcSandbox).noquote() << "webhook" << webhookId
                                << (explicitCheck ? "validated:" : "re-checked:") << outcome.name()
                                << (webhook->valid ? "valid" : "invalid");
    Q_EMIT checked(webhookId, outcome, webhook->valid);
}
