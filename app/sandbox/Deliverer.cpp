#include "sandbox/Deliverer.h"

#include "receiver/WebhookCrypto.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

Deliverer::Deliverer(QNetworkAccessManager *network, DeliveryLog &log,
                     const QByteArray &consumerSecret, double timeScale, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_log(log)
    , m_secret(consumerSecret)
    , m_timeScale(timeScale)
{ }

int Deliverer::retryWaitMs(int retry) const
{
    return int(std::lround(RetryWaitsMs.at(size_t(retry)) * m_timeScale));
}

int Deliverer::queued() const
{
    int count = 0;
    for (const Queue &q : m_queues)
        count += int(q.waiting.size()) + (q.busy ? 1 : 0);
    return count;
}

qint64 Deliverer::enqueue(DeliveryEntry entry)
{
    // A revoke (user_event, no for_user_id) must not overtake that user's pending retries.
    const QString key = entry.webhookId + u'|'
        + (entry.subscriberId.isEmpty() ? entry.forUserId : entry.subscriberId);
    const qint64 id = m_log.add(std::move(entry)).id;
    m_queues[key].waiting.append(id);
    pump(key);
    return id;
}

void Deliverer::pump(const QString &key)
{
    Queue &queue = m_queues[key];
    if (queue.busy || queue.waiting.isEmpty())
        return;
    const qint64 id = queue.waiting.takeFirst();
    DeliveryEntry *entry = m_log.find(id);
    if (!entry) {
        pump(key);
        return;
    }
    queue.busy = true;
    if (m_faults.dropNext > 0) {
        --m_faults.dropNext;
        entry->state = DeliveryEntry::State::Dropped;
        qCInfo(lcSandbox) << "fault: dropped delivery" << id;
        Q_EMIT attempted(*entry);
        finish(key);
        return;
    }
    const bool duplicate = m_faults.duplicateNext > 0;
    if (duplicate)
        --m_faults.duplicateNext;
    run(key, id, 0, duplicate);
}

void Deliverer::run(const QString &key, qint64 id, int attempt, bool duplicate)
{
    post(id, [this, key, id, attempt, duplicate](bool ok) {
        DeliveryEntry *entry = m_log.find(id);
        if (!entry) {
            finish(key);
            return;
        }
        if (ok) {
            entry->state = DeliveryEntry::State::Delivered;
            Q_EMIT attempted(*entry);
            if (duplicate) {
                // X sometimes delivers an event twice; the copy is byte-for-byte the same.
                DeliveryEntry copy = *entry;
                copy.attempts.clear();
                copy.state = DeliveryEntry::State::Pending;
                copy.duplicateOf = id;
                qCInfo(lcSandbox) << "fault: sending delivery" << id << "twice";
                sendOnce(copy, [this, key](const DeliveryEntry &) { finish(key); });
                return;
            }
            finish(key);
            return;
        }
        if (attempt < int(RetryWaitsMs.size())) {
            Q_EMIT attempted(*entry);
            QTimer::singleShot(
                retryWaitMs(attempt), Qt::PreciseTimer, this,
                [this, key, id, attempt, duplicate] { run(key, id, attempt + 1, duplicate); });
            return;
        }
        entry->state = DeliveryEntry::State::Failed;
        Q_EMIT attempted(*entry);
        finish(key);
    });
}

void Deliverer::finish(const QString &key)
{
    m_queues[key].busy = false;
    pump(key);
}

void Deliverer::sendOnce(DeliveryEntry entry, std::function<void(const DeliveryEntry &)> done)
{
    const qint64 id = m_log.add(std::move(entry)).id;
    post(id, [this, id, done](bool ok) {
        DeliveryEntry *e = m_log.find(id);
        if (!e)
            return;
        e->state = ok ? DeliveryEntry::State::Delivered : DeliveryEntry::State::Failed;
        Q_EMIT attempted(*e);
        done(*e);
    });
}

void Deliverer::post(qint64 id, std::function<void(bool ok)> after)
{
    const auto send = [this, id, after] {
        const DeliveryEntry *entry = m_log.find(id);
        if (!entry) {
            after(false);
            return;
        }
        QNetworkRequest request {QUrl(entry->url)};
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
        request.setRawHeader("User-Agent", "aaconsole-sandbox");
        request.setRawHeader(WebhookCrypto::SignatureHeader,
                             WebhookCrypto::signature(m_secret, entry->body));
        QNetworkReply *reply = m_network->post(request, entry->body);
        const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        auto timedOut = std::make_shared<bool>(false);
        // A precise timer: a coarse one may fire 5% early, and X allows the full 3 seconds.
        QTimer::singleShot(TimeoutMs, Qt::PreciseTimer, reply, [reply, timedOut] {
            *timedOut = true;
            reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, id, after, startedAt, clock, timedOut] {
                    reply->deleteLater();
                    DeliveryAttempt a;
                    a.atMs = startedAt;
                    a.latencyMs = clock->elapsed();
                    const QVariant status
                        = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                    a.status = status.isValid() ? status.toInt() : 0;
                    if (*timedOut)
                        a.error = u"timeout"_s;
                    else if (!status.isValid())
                        a.error = reply->errorString();
                    if (DeliveryEntry *current = m_log.find(id)) {
                        current->attempts.append(a);
                        qCDebug(lcSandbox)
                            << "delivery" << id << "attempt" << current->attempts.size() << "→"
                            << a.status << a.error;
                    }
                    after(a.status == 200);
                });
    };
    if (m_faults.delayMs > 0)
        QTimer::singleShot(m_faults.delayMs, this, send);
    else
        send();
}
