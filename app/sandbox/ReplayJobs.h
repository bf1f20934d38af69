#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class Deliverer;
class DeliveryLog;
class WebhookRegistry;
class WebhookValidator;
struct DeliveryEntry;

//! Replay jobs (x-api.md §1d): "We do perform a CRC before delivering replay events"; then every
//! delivery made to the webhook in the window is sent again, oldest first, once each (replayed
//! events are not retried), and finally the replay_job_status event says Complete or, when a
//! delivery failed, Incomplete. One job per webhook at a time.
class ReplayJobs final : public QObject
{
    Q_OBJECT

public:
    ReplayJobs(WebhookRegistry &webhooks, DeliveryLog &log, Deliverer &deliverer,
               WebhookValidator &validator, QObject *parent = nullptr);

    bool isRunning(const QString &webhookId) const { return m_running.contains(webhookId); }
    //! Starts the job for [fromMs, toMs) and returns its id.
    QString start(const QString &webhookId, qint64 fromMs, qint64 toMs);

Q_SIGNALS:
    void finished(const QString &webhookId, const QString &jobId, bool complete, int replayed);

private:
    struct Job;
    void next(const std::shared_ptr<Job> &job);
    void finish(const std::shared_ptr<Job> &job);

    WebhookRegistry &m_webhooks;
    DeliveryLog &m_log;
    Deliverer &m_deliverer;
    WebhookValidator &m_validator;
    QSet<QString> m_running;
};
