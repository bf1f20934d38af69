#include "store/CaptureReader.h"

#include "store/CaptureSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace {

const QString EventColumns = QStringLiteral(
    "e.seq, e.delivery_id, e.received_at, e.source, e.type, e.action, e.event_id, e.for_user_id, "
    "e.for_user_name, e.actor_id, e.actor_name, e.target_id, e.target_name, e.created_at, "
    "e.signature, e.duplicate_of, e.duplicate_kind, e.summary, e.item_offset, e.item_length");

EventRecord recordFrom(const QSqlQuery &q)
{
    EventRecord r;
    r.seq = q.value(0).toLongLong();
    r.deliveryId = q.value(1).toLongLong();
    r.receivedAtMs = q.value(2).toLongLong();
    r.source = EventNames::sourceFromName(q.value(3).toString());
    r.type = q.value(4).toString();
    r.action = q.value(5).toString();
    r.eventId = q.value(6).toString();
    r.forUserId = q.value(7).toString();
    r.forUserName = q.value(8).toString();
    r.actorId = q.value(9).toString();
    r.actorName = q.value(10).toString();
    r.targetId = q.value(11).toString();
    r.targetName = q.value(12).toString();
    r.createdAt = q.value(13).toString();
    r.signature = EventNames::verdictFromName(q.value(14).toString());
    r.duplicateOf = q.value(15).toLongLong();
    r.duplicateKind = EventNames::duplicateKindFromName(q.value(16).toString());
    r.summary = q.value(17).toString();
    r.itemOffset = q.value(18).toInt();
    r.itemLength = q.value(19).toInt();
    return r;
}

Error queryError(const QString &what, const QSqlQuery &q)
{
    return CaptureSchema::storageError(what, q.lastError().text());
}

} // namespace

CaptureReader::CaptureReader(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

CaptureReader::~CaptureReader()
{
    CaptureSchema::close(m_connectionName);
}

Result<std::unique_ptr<CaptureReader>> CaptureReader::open(const QString &path)
{
    if (!QFile::exists(path)) {
        return Error(
            ErrorKind::Storage,
            tr("There is no capture store at %1 (nothing has been captured yet?).").arg(path));
    }
    const QString name = u"capture-reader-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    CaptureSchema::ConnectionOptions options;
    options.path = path;
    options.connectionName = name;
    if (auto opened = CaptureSchema::open(options); !opened.ok()) {
        CaptureSchema::close(name);
        return opened.error();
    }
    return std::unique_ptr<CaptureReader>(new CaptureReader(name));
}

Result<qint64> CaptureReader::eventCount()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM events")) || !q.next())
        return queryError(tr("count events"), q);
    return q.value(0).toLongLong();
}

Result<QList<EventRecord>> CaptureReader::events(qint64 afterSeq, int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + EventColumns + u" FROM events e WHERE e.seq > ? ORDER BY e.seq LIMIT ?");
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(tr("read events"), q);
    QList<EventRecord> records;
    while (q.next())
        records.append(recordFrom(q));
    return records;
}

Result<std::optional<EventRecord>> CaptureReader::event(qint64 seq)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT " + EventColumns + u" FROM events e WHERE e.seq = ?");
    q.addBindValue(seq);
    if (!q.exec())
        return queryError(tr("read an event"), q);
    if (!q.next())
        return std::optional<EventRecord>();
    return std::optional<EventRecord>(recordFrom(q));
}

Result<std::optional<Delivery>> CaptureReader::delivery(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(
        QStringLiteral("SELECT id, received_at, remote_address, method, target, headers, body, "
                       "signature, signature_header, status FROM deliveries WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(tr("read a delivery"), q);
    if (!q.next())
        return std::optional<Delivery>();
    Delivery d;
    d.id = q.value(0).toLongLong();
    d.receivedAtMs = q.value(1).toLongLong();
    d.remoteAddress = q.value(2).toString();
    d.method = q.value(3).toString().toLatin1();
    d.target = q.value(4).toString().toLatin1();
    const QJsonArray headers = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    for (const QJsonValue &h : headers)
        d.headers.append({h[0].toString().toLatin1(), h[1].toString().toLatin1()});
    d.body = q.value(6).toByteArray();
    d.verdict = EventNames::verdictFromName(q.value(7).toString());
    d.signatureHeader = q.value(8).toString().toLatin1();
    d.status = q.value(9).toInt();
    return std::optional<Delivery>(std::move(d));
}

Result<QByteArray> CaptureReader::itemJson(const EventRecord &record)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    // Only the item's bytes leave SQLite, not the whole (up to 4 MiB) body.
    if (record.itemLength > 0) {
        q.prepare(QStringLiteral("SELECT substr(body, ?, ?) FROM deliveries WHERE id = ?"));
        q.addBindValue(record.itemOffset + 1);
        q.addBindValue(record.itemLength);
    } else {
        q.prepare(QStringLiteral("SELECT body FROM deliveries WHERE id = ?"));
    }
    q.addBindValue(record.deliveryId);
    if (!q.exec())
        return queryError(tr("read an event's JSON"), q);
    if (!q.next())
        return Error(ErrorKind::Storage,
                     tr("Delivery %1 is missing from the store.").arg(record.deliveryId));
    return q.value(0).toByteArray();
}

Result<void> CaptureReader::forEachEvent(
    const std::function<bool(const EventRecord &, const QByteArray &)> &visit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(
            u"SELECT " + EventColumns
            + u", d.body FROM events e JOIN deliveries d ON d.id = e.delivery_id ORDER BY e.seq"))
        return queryError(tr("read events"), q);
    while (q.next()) {
        if (!visit(recordFrom(q), q.value(20).toByteArray()))
            break;
    }
    if (q.lastError().isValid())
        return queryError(tr("read events"), q);
    return {};
}

Result<QList<CrcCheck>> CaptureReader::recentCrcChecks(int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(
        QStringLiteral("SELECT at, remote_address, token_length, answered, signature, "
                       "latency_us, status, reason FROM crc_checks ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(tr("read CRC checks"), q);
    QList<CrcCheck> checks;
    while (q.next()) {
        CrcCheck c;
        c.atMs = q.value(0).toLongLong();
        c.remoteAddress = q.value(1).toString();
        c.tokenLength = q.value(2).toInt();
        c.answered = q.value(3).toBool();
        c.signature = q.value(4).toString();
        c.latencyUs = q.value(5).toLongLong();
        c.status = q.value(6).toInt();
        c.reason = q.value(7).toString();
        checks.append(c);
    }
    return checks;
}

Result<QList<Rejection>> CaptureReader::recentRejections(int limit)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("SELECT at, remote_address, method, target, status, reason FROM "
                             "rejections ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(tr("read rejected requests"), q);
    QList<Rejection> list;
    while (q.next()) {
        Rejection r;
        r.atMs = q.value(0).toLongLong();
        r.remoteAddress = q.value(1).toString();
        r.method = q.value(2).toString().toLatin1();
        r.target = q.value(3).toString().toLatin1();
        r.status = q.value(4).toInt();
        r.reason = q.value(5).toString();
        list.append(r);
    }
    return list;
}
