#include "sandbox/ReplayJobs.h"

#include "sandbox/Deliverer.h"
#include "sandbox/PayloadBuilder.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/WebhookRegistry.h"
#include "sandbox/WebhookValidator.h"
#include "util/Logging.h"

#include <QDateTime>

#include <memory>

using namespace Qt::StringLiterals;

struct ReplayJobs::Job
{
    QString id;
    QString webhookId;
    QList<DeliveryEntry> pending;
    int replayed = 0;
    bool complete = true;
};

ReplayJobs::ReplayJobs(WebhookRegistry &webhooks, DeliveryLog &log, Deliverer &deliverer,
                       WebhookValidator &validator, QObject *parent)
    : QObject(parent)
    , m_webhooks(webhooks)
    , m_log(log)
    , m_deliverer(deliverer)
    , m_validator(validator)
{ }

QString ReplayJobs::start(const QString &webhookId, qint64 fromMs, qint64 toMs)
{
    auto job = std::make_shared<Job>();
    job->id = SandboxIds::snowflake();
    job->webhookId = webhookId;
    job->pending = m_log.window(webhookId, fromMs, toMs);
    m_running.insert(webhookId);
    qCInfo(lcSandbox) << "replay job" << job->id << "for webhook" << webhookId << "with"
                      << job->pending.size() << "deliveries";
    m_validator.validate(webhookId, [this, job](const CrcOutcome &outcome) {
        if (!outcome.passed()) {
            job->complete = false;
            job->pending.clear();
        }
        next(job);
    });
    return job->id;
}

void ReplayJobs::next(const std::shared_ptr<Job> &job)
{
    const SandboxWebhook *webhook = m_webhooks.find(job->webhookId);
    if (!webhook) { // deleted meanwhile: nothing to deliver to
        m_running.remove(job->webhookId);
        return;
    }
    if (job->pending.isEmpty()) {
        finish(job);
        return;
    }
    DeliveryEntry again = job->pending.takeFirst();
    again.id = 0;
    again.url = webhook->url;
    again.attempts.clear();
    again.state = DeliveryEntry::State::Pending;
    again.replayJobId = job->id;
    m_deliverer.sendOnce(again, [this, job](const DeliveryEntry &sent) {
        ++job->replayed;
        if (sent.state != DeliveryEntry::State::Delivered)
            job->complete = false;
        next(job);
    });
}

void ReplayJobs::finish(const std::shared_ptr<Job> &job)
{
    const SandboxWebhook *webhook = m_webhooks.find(job->webhookId);
    DeliveryEntry status;
    status.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    status.webhookId = job->webhookId;
    status.url = webhook ? webhook->url : QString();
    status.eventType = u"replay_job_status"_s;
    status.body = PayloadBuilder::replayStatus(job->webhookId, job->id, job->complete);
    status.replayJobId = job->id;
    m_deliverer.sendOnce(status, [this, job](const DeliveryEntry &) {
        m_running.remove(job->webhookId);
        Q_EMIT finished(job->webhookId, job->id, job->complete, job->replayed);
    });
}
