#pragma once

#include "sandbox/DeliveryFaults.h"
#include "sandbox/DeliveryLog.h"

#include <QHash>
#include <QObject>

#include <array>
#include <functional>

class QNetworkAccessManager;

//! Posts payloads to webhooks the way X's v1.1 Enterprise API does (x-api.md §3 "Retries"): signed
//! with the consumer secret over the exact body, 3 seconds to answer, and on anything but 200
//! retried after 3, 27 and 242 seconds (each wait multiplied by the time scale), then given up.
//! Deliveries for the same webhook and subscribed user go out strictly in order: the next one waits
//! until the previous one was answered 200 or given up. Every attempt lands in the DeliveryLog.
class Deliverer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 3000;
    static constexpr std::array<int, 3> RetryWaitsMs {3000, 27000, 242000};

    Deliverer(QNetworkAccessManager *network, DeliveryLog &log, const QByteArray &consumerSecret,
              double timeScale, QObject *parent = nullptr);

    //! Logs the delivery and queues it behind the earlier ones of its webhook and user.
    qint64 enqueue(DeliveryEntry entry);
    //! One attempt, no retries and no faults (replayed events; X does not retry those).
    void sendOnce(DeliveryEntry entry, std::function<void(const DeliveryEntry &)> done);

    DeliveryFaults faults() const { return m_faults; }
    void setFaults(const DeliveryFaults &faults) { m_faults = faults; }
    int retryWaitMs(int retry) const;
    int queued() const;

Q_SIGNALS:
    //! After every attempt (and when a delivery is dropped), with the entry as it is now.
    void attempted(const DeliveryEntry &entry);

private:
    struct Queue
    {
        QList<qint64> waiting;
        bool busy = false;
    };
    void pump(const QString &key);
    void run(const QString &key, qint64 id, int attempt, bool duplicate);
    void finish(const QString &key);
    //! Posts the entry once (after the fault delay) and reports whether X's success, a 200, came.
    void post(qint64 id, std::function<void(bool ok)> after);

    QNetworkAccessManager *m_network;
    DeliveryLog &m_log;
    QByteArray m_secret;
    double m_timeScale;
    DeliveryFaults m_faults;
    QHash<QString, Queue> m_queues;
};
