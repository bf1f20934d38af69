#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

struct DeliveryAttempt
{
    qint64 atMs = 0;
    int status = 0; //!< HTTP status, 0 when there was none (timeout, refused)
    qint64 latencyMs = 0;
    QString error; //!< "timeout", the network error, or empty
};

//! One POST of one payload to one webhook for one subscribed user, with every attempt.
struct DeliveryEntry
{
    enum class State { Pending, Delivered, Failed, Dropped };

    qint64 id = 0;
    qint64 createdAtMs = 0; //!< when the activity happened (replay windows select on this)
    QString webhookId;
    QString url;
    QString forUserId; //!< empty for user_event and replay_job_status
    //! The subscribed user the delivery is for, also when the payload names none (user_event):
    //! deliveries keep their order per webhook and this user.
    QString subscriberId;
    QString eventType; //!< the payload's top-level key: favorite_events, …
    QByteArray body; //!< the exact bytes signed and sent
    State state = State::Pending;
    QList<DeliveryAttempt> attempts;
    qint64 duplicateOf = 0; //!< a fault-injected second copy of entry N
    QString replayJobId; //!< sent by this replay job (and never replayed again)

    static QString stateName(State state);
    QJsonObject toJson(bool withBody) const;
    static DeliveryEntry fromJson(const QJsonObject &object);
};

//! Every delivery the Sandbox made or tried, newest last: what `sandbox deliveries` shows and what
//! replay re-delivers. Keeps the newest MaxEntries.
class DeliveryLog
{
public:
    static constexpr int MaxEntries = 5000;

    DeliveryEntry &add(DeliveryEntry entry);
    DeliveryEntry *find(qint64 id);
    //! The newest `count` entries (of one webhook when `webhookId` is set), oldest first.
    QList<DeliveryEntry> last(int count, const QString &webhookId = {}) const;
    //! The original deliveries to the webhook made in [fromMs, toMs): what a replay sends again.
    QList<DeliveryEntry> window(const QString &webhookId, qint64 fromMs, qint64 toMs) const;
    const QList<DeliveryEntry> &entries() const { return m_entries; }

    QJsonArray toJson() const;
    static DeliveryLog fromJson(const QJsonArray &array);

private:
    QList<DeliveryEntry> m_entries;
    qint64 m_nextId = 1;
};

Q_DECLARE_METATYPE(DeliveryEntry)
