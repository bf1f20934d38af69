#include "sandbox/DeliveryLog.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 msFrom(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

QString DeliveryEntry::stateName(State state)
{
    switch (state) {
    case State::Pending: return u"pending"_s;
    case State::Delivered: return u"delivered"_s;
    case State::Failed: return u"failed"_s;
    case State::Dropped: return u"dropped"_s;
    }
    return {};
}

QJsonObject DeliveryEntry::toJson(bool withBody) const
{
    QJsonArray tries;
    for (const DeliveryAttempt &a : attempts) {
        QJsonObject o {
            {u"at"_s, iso(a.atMs)}, {u"status"_s, a.status}, {u"latency_ms"_s, a.latencyMs}};
        if (!a.error.isEmpty())
            o.insert(u"error"_s, a.error);
        tries.append(o);
    }
    QJsonObject o {
        {u"id"_s, id},
        {u"created_at"_s, iso(createdAtMs)},
        {u"webhook_id"_s, webhookId},
        {u"url"_s, url},
        {u"for_user_id"_s, forUserId.isEmpty() ? QJsonValue() : QJsonValue(forUserId)},
        {u"type"_s, eventType},
        {u"state"_s, stateName(state)},
        {u"attempts"_s, tries},
        {u"duplicate_of"_s, duplicateOf ? QJsonValue(duplicateOf) : QJsonValue()},
        {u"replay_job_id"_s, replayJobId.isEmpty() ? QJsonValue() : QJsonValue(replayJobId)}};
    if (withBody)
        o.insert(u"body"_s, QString::fromUtf8(body));
    return o;
}

DeliveryEntry DeliveryEntry::fromJson(const QJsonObject &o)
{
    DeliveryEntry e;
    e.id = o.value(u"id"_s).toInteger();
    e.createdAtMs = msFrom(o.value(u"created_at"_s));
    e.webhookId = o.value(u"webhook_id"_s).toString();
    e.url = o.value(u"url"_s).toString();
    e.forUserId = o.value(u"for_user_id"_s).toString();
    e.eventType = o.value(u"type"_s).toString();
    e.body = o.value(u"body"_s).toString().toUtf8();
    const QString state = o.value(u"state"_s).toString();
    for (const State s : {State::Pending, State::Delivered, State::Failed, State::Dropped}) {
        if (stateName(s) == state)
            e.state = s;
    }
    // A delivery cut short by a restart is not retried again; it counts as failed.
    if (e.state == State::Pending)
        e.state = State::Failed;
    for (const QJsonValue v : o.value(u"attempts"_s).toArray()) {
        const QJsonObject a = v.toObject();
        e.attempts.append({msFrom(a.value(u"at"_s)), a.value(u"status"_s).toInt(),
                           a.value(u"latency_ms"_s).toInteger(), a.value(u"error"_s).toString()});
    }
    e.duplicateOf = o.value(u"duplicate_of"_s).toInteger();
    e.replayJobId = o.value(u"replay_job_id"_s).toString();
    return e;
}

DeliveryEntry &DeliveryLog::add(DeliveryEntry entry)
{
    entry.id = m_nextId++;
    m_entries.append(std::move(entry));
    if (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
    return m_entries.last();
}

DeliveryEntry *DeliveryLog::find(qint64 id)
{
    // Ids grow with the position, so a binary search would do; the log is small enough not to.
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->id == id)
            return &*it;
    }
    return nullptr;
}

QList<DeliveryEntry> DeliveryLog::last(int count, const QString &webhookId) const
{
    QList<DeliveryEntry> result;
    for (auto it = m_entries.crbegin(); it != m_entries.crend() && result.size() < count; ++it) {
        if (webhookId.isEmpty() || it->webhookId == webhookId)
            result.prepend(*it);
    }
    return result;
}

QList<DeliveryEntry> DeliveryLog::window(const QString &webhookId, qint64 fromMs, qint64 toMs) const
{
    QList<DeliveryEntry> result;
    for (const DeliveryEntry &e : m_entries) {
        if (e.webhookId == webhookId && e.duplicateOf == 0 && e.replayJobId.isEmpty()
            && e.createdAtMs >= fromMs && e.createdAtMs < toMs)
            result.append(e);
    }
    return result;
}

QJsonArray DeliveryLog::toJson() const
{
    QJsonArray array;
    for (const DeliveryEntry &e : m_entries)
        array.append(e.toJson(true));
    return array;
}

DeliveryLog DeliveryLog::fromJson(const QJsonArray &array)
{
    DeliveryLog log;
    for (const QJsonValue v : array) {
        log.m_entries.append(DeliveryEntry::fromJson(v.toObject()));
        log.m_nextId = qMax(log.m_nextId, log.m_entries.last().id + 1);
    }
    return log;
}
