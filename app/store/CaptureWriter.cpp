#include "store/CaptureWriter.h"

#include "events/EventDecoder.h"
#include "store/SqliteStatement.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <cstdio>

namespace {

// [["Name","value"],…] built by hand (header bytes are Latin-1; JSON needs \" \\ and controls
// escaped). One per delivery.
QByteArray headersJson(const HeaderList &headers)
{
    qsizetype size = 2;
    for (const auto &[name, value] : headers)
        size += name.size() + value.size() + 8;
    QByteArray out;
    out.reserve(size);
    out += '[';
    const auto append = [&out](const QByteArray &bytes) {
        out += '"';
        // Runs of plain characters are copied at once: one of these per delivery.
        qsizetype plainFrom = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
                continue;
            out.append(bytes.constData() + plainFrom, i - plainFrom);
            plainFrom = i + 1;
            if (c == '"' || c == '\\') {
                out += '\\';
                out += char(c);
            } else {
                char escaped[7];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out += escaped;
            }
        }
        out.append(bytes.constData() + plainFrom, bytes.size() - plainFrom);
        out += '"';
    };
    for (qsizetype i = 0; i < headers.size(); ++i) {
        out += i ? ",[" : "[";
        append(headers[i].first);
        out += ',';
        append(headers[i].second);
        out += ']';
    }
    out += ']';
    return out;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

// Prepared once per writer thread; QSqlQuery objects belong to the thread of their connection.
struct WriterStatements
{
    explicit WriterStatements(const QSqlDatabase &db)
        : insertCrc(db)
        , insertRejection(db)
    {
        sqlite3 *handle = SqliteStatement::handleOf(db);
        ok = insertDelivery.prepare(handle,
                                    "INSERT INTO deliveries (received_at, remote_address, method, "
                                    "target, headers, body, signature, signature_header, status) "
                                    "VALUES (?,?,?,?,?,?,?,?,?)")
            && insertEvent.prepare(handle,
                                   "INSERT INTO events (delivery_id, item_index, received_at, "
                                   "source, type, action, event_id, dedupe_key, for_user_id, "
                                   "for_user_name, actor_id, actor_name, target_id, target_name, "
                                   "created_at, signature, duplicate_of, duplicate_kind, summary, "
                                   "item_offset, item_length) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
            && firstCopy.prepare(handle, "SELECT dedupe_key, for_user_id FROM events WHERE seq = ?")
            && lastSeq.prepare(handle, "SELECT max(seq) FROM events")
            && firstCopiesAfter.prepare(handle,
                                        "SELECT seq, dedupe_key FROM events WHERE seq > ? AND "
                                        "duplicate_of IS NULL ORDER BY seq");
        insertCrc.prepare(QStringLiteral(
            "INSERT INTO crc_checks (at, remote_address, token_length, answered, signature, "
            "latency_us, status, reason) VALUES (?,?,?,?,?,?,?,?)"));
        insertRejection.prepare(QStringLiteral(
            "INSERT INTO rejections (at, remote_address, method, target, status, reason) "
            "VALUES (?,?,?,?,?,?)"));
    }

    bool ok = false;
    // Per delivery and per event: the C API (see SqliteStatement).
    SqliteStatement insertDelivery;
    SqliteStatement insertEvent;
    SqliteStatement firstCopy;
    SqliteStatement lastSeq;
    SqliteStatement firstCopiesAfter;
    // Rare: Qt SQL.
    QSqlQuery insertCrc;
    QSqlQuery insertRejection;
};

CaptureWriter::CaptureWriter(QObject *parent)
    : QObject(parent)
    , m_connectionName(u"capture-writer-" + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<QList<EventRecord>>();
    qRegisterMetaType<QList<QByteArray>>();
    qRegisterMetaType<CrcCheck>();
    qRegisterMetaType<Rejection>();
    qRegisterMetaType<Error>();
}

CaptureWriter::~CaptureWriter()
{
    stop();
}

Result<void> CaptureWriter::start(const Options &options)
{
    m_options = options;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("capture-writer"));
    m_thread->start();
    QMutexLocker locker(&m_mutex);
    while (!m_openResult)
        m_progress.wait(&m_mutex);
    if (!m_openResult->ok()) {
        locker.unlock();
        m_thread->wait();
        m_thread.reset();
    }
    return *m_openResult;
}

void CaptureWriter::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    m_thread.reset();
}

void CaptureWriter::enqueue(Job job)
{
    QMutexLocker locker(&m_mutex);
    m_queue.push_back(std::move(job));
    ++m_submitted;
    m_wake.wakeOne();
}

void CaptureWriter::submit(Delivery delivery, QObject *context, DeliveryDone done)
{
    QList<DecodedItem> items = EventDecoder::decode(delivery.body);
    std::vector<QByteArray> keys;
    keys.reserve(size_t(items.size()));
    for (const DecodedItem &item : std::as_const(items))
        keys.push_back(QCryptographicHash::hash(item.activityKey, QCryptographicHash::Md5));
    enqueue(DeliveryJob {std::move(delivery), std::move(items), std::move(keys), context,
                         context != nullptr, std::move(done)});
}

void CaptureWriter::submitCrc(const CrcCheck &check)
{
    enqueue(check);
}

void CaptureWriter::submitRejection(const Rejection &rejection)
{
    enqueue(rejection);
}

void CaptureWriter::flush()
{
    QMutexLocker locker(&m_mutex);
    const quint64 target = m_submitted;
    while (m_processed < target && m_opened)
        m_progress.wait(&m_mutex);
}

void CaptureWriter::run()
{
    CaptureSchema::ConnectionOptions connection;
    connection.path = m_options.path;
    connection.connectionName = m_connectionName;
    connection.writer = true;
    connection.durability = m_options.durability;
    connection.maxPageCount = m_options.maxPageCount;
    Result<void> opened = CaptureSchema::open(connection);
    std::unique_ptr<WriterStatements> statements;
    if (opened.ok()) {
        statements = std::make_unique<WriterStatements>(QSqlDatabase::database(m_connectionName));
        if (!statements->ok) {
            opened = CaptureSchema::storageError(tr("prepare its statements"),
                                                 statements->insertEvent.errorText());
            statements.reset();
        }
    }
    {
        QMutexLocker locker(&m_mutex);
        m_opened = opened.ok();
        m_openResult = opened;
        m_progress.wakeAll();
    }
    if (!opened.ok()) {
        CaptureSchema::close(m_connectionName);
        return;
    }
    // Loading the duplicate index reads every first copy (about a second for a million events):
    // after start() has returned, so that nobody waits for it but the first deliveries, which
    // queue meanwhile. A failure here is retried by the first group, which then fails properly.
    if (!catchUpDedupe(*statements))
        qCWarning(lcStore).noquote() << "The capture store could not load its duplicate index:"
                                     << statements->firstCopiesAfter.errorText();

    for (;;) {
        std::deque<Job> jobs;
        {
            QMutexLocker locker(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping)
                break;
            jobs.swap(m_queue);
        }
        const quint64 count = jobs.size();
        process(jobs, *statements);
        QMutexLocker locker(&m_mutex);
        m_processed += count;
        m_progress.wakeAll();
    }
    statements.reset(); // finalize before the connection closes
    {
        QMutexLocker locker(&m_mutex);
        m_opened = false;
        m_progress.wakeAll();
    }
    CaptureSchema::close(m_connectionName);
}

void CaptureWriter::complete(
    std::vector<std::pair<DeliveryJob *, Result<StoredDelivery>>> &outcomes)
{
    // One posted event per receiving object for the whole group: waking another thread once per
    // delivery costs more than the delivery itself at high rates.
    std::vector<std::pair<QPointer<QObject>, std::vector<std::function<void()>>>> posts;
    for (auto &[job, outcome] : outcomes) {
        if (!job->done)
            continue;
        if (!job->hasContext) {
            job->done(std::move(outcome));
            continue;
        }
        if (!job->context)
            continue;
        auto it = std::find_if(posts.begin(), posts.end(),
                               [&](const auto &post) { return post.first == job->context; });
        if (it == posts.end())
            it = posts.insert(posts.end(), {job->context, {}});
        it->second.push_back([done = std::move(job->done), result = std::move(outcome)]() mutable {
            done(std::move(result));
        });
    }
    for (auto &[context, calls] : posts) {
        if (!context)
            continue;
        QMetaObject::invokeMethod(context.data(), [calls = std::move(calls)]() mutable {
            for (auto &call : calls)
                call();
        });
    }
}

// Adds the first copies committed after m_dedupeSeq: all of them when the writer starts, and any
// another process's writer added to the same file since this one last looked.
bool CaptureWriter::catchUpDedupe(WriterStatements &s)
{
    if (!s.lastSeq.step()) {
        s.lastSeq.reset();
        return false;
    }
    const qint64 last = s.lastSeq.hasRow() ? s.lastSeq.columnInt64(0) : 0;
    s.lastSeq.reset();
    if (last <= m_dedupeSeq)
        return true;
    if (m_dedupeSeq == 0)
        m_dedupe.reserve(last);
    SqliteStatement &rows = s.firstCopiesAfter;
    rows.bind(1, m_dedupeSeq);
    bool ok = true;
    while ((ok = rows.step()) && rows.hasRow()) {
        const qint64 seq = rows.columnInt64(0);
        const QByteArrayView key = rows.columnBlob(1);
        const DedupeIndex::Hit hit = m_dedupe.find(key);
        if (!hit.seq) {
            m_dedupe.add(key, seq, false);
        } else if (!hit.exact) {
            // Another key with the same prefix, or the same key also stored as a first copy by
            // another process: only the stored row can tell.
            s.firstCopy.bind(1, hit.seq);
            if (!s.firstCopy.step()) { // a read error is not "a different key"
                s.firstCopy.reset();
                ok = false;
                break;
            }
            const bool same = s.firstCopy.hasRow() && s.firstCopy.columnBlob(0) == key;
            s.firstCopy.reset();
            if (!same)
                m_dedupe.add(key, seq, true);
        }
    }
    rows.reset();
    if (ok)
        m_dedupeSeq = last;
    return ok;
}

void CaptureWriter::process(std::deque<Job> &jobs, WriterStatements &s)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    std::vector<std::pair<DeliveryJob *, StoredDelivery>> stored;
    QList<QByteArray> storedBodies;
    QList<EventRecord> committedRecords;
    QList<QByteArray> committedBodies;
    QList<CrcCheck> crcs;
    QList<Rejection> rejections;
    std::optional<Error> failure;

    const auto fail = [&](const QString &what, const QSqlQuery &query) {
        if (!failure)
            failure = CaptureSchema::storageError(what, query.lastError().text());
    };

    if (!db.transaction())
        failure = CaptureSchema::storageError(tr("start a transaction"), db.lastError().text());
    m_dedupe.beginGroup();
    const qint64 dedupeSeqBefore = m_dedupeSeq;
    bool caughtUp = false;

    for (Job &job : jobs) {
        if (failure)
            break;
        if (auto *crc = std::get_if<CrcCheck>(&job)) {
            s.insertCrc.addBindValue(crc->atMs);
            s.insertCrc.addBindValue(crc->remoteAddress);
            s.insertCrc.addBindValue(crc->tokenLength);
            s.insertCrc.addBindValue(crc->answered ? 1 : 0);
            s.insertCrc.addBindValue(textOrNull(crc->signature));
            s.insertCrc.addBindValue(crc->latencyUs);
            s.insertCrc.addBindValue(crc->status);
            s.insertCrc.addBindValue(textOrNull(crc->reason));
            if (!s.insertCrc.exec())
                fail(tr("record a CRC check"), s.insertCrc);
            crcs.append(*crc);
            continue;
        }
        if (auto *rejection = std::get_if<Rejection>(&job)) {
            s.insertRejection.addBindValue(rejection->atMs);
            s.insertRejection.addBindValue(rejection->remoteAddress);
            s.insertRejection.addBindValue(QString::fromLatin1(rejection->method));
            s.insertRejection.addBindValue(QString::fromLatin1(rejection->target));
            s.insertRejection.addBindValue(rejection->status);
            s.insertRejection.addBindValue(rejection->reason);
            if (!s.insertRejection.exec())
                fail(tr("record a rejected request"), s.insertRejection);
            rejections.append(*rejection);
            continue;
        }

        auto &deliveryJob = std::get<DeliveryJob>(job);
        const Delivery &d = deliveryJob.delivery;
        const QByteArray verdict = WebhookCrypto::verdictName(d.verdict).toLatin1();
        SqliteStatement &del = s.insertDelivery;
        del.bind(1, d.receivedAtMs);
        del.bind(2, d.remoteAddress);
        del.bindText(3, d.method);
        del.bindText(4, d.target);
        del.bindText(5, headersJson(d.headers));
        del.bindBlob(6, d.body);
        del.bindText(7, verdict);
        del.bindText(8, d.signatureHeader);
        del.bind(9, qint64(d.status));
        const bool deliveryStored = del.step();
        const QString deliveryError = del.errorText();
        del.reset();
        if (!deliveryStored) {
            failure = CaptureSchema::storageError(tr("store a delivery"), deliveryError);
            break;
        }
        StoredDelivery result;
        result.deliveryId = del.lastInsertRowId();

        const QList<DecodedItem> &items = deliveryJob.items;
        for (qsizetype i = 0; i < items.size() && !failure; ++i) {
            EventRecord record = items.at(i).record;
            record.deliveryId = result.deliveryId;
            record.receivedAtMs = d.receivedAtMs;
            record.signature = d.verdict;
            const QByteArray &key = deliveryJob.dedupeKeys[size_t(i)];
            // After this group's first insert, so that the write lock is held and no other
            // writer can add rows between the catch-up and this group's commit.
            if (!std::exchange(caughtUp, true) && !catchUpDedupe(s)) {
                failure
                    = CaptureSchema::storageError(tr("look up duplicates"), s.lastSeq.errorText());
                break;
            }
            const DedupeIndex::Hit hit = m_dedupe.find(key);
            bool prefixTaken = false;
            if (hit.seq) {
                SqliteStatement &find = s.firstCopy;
                find.bind(1, hit.seq);
                if (!find.step()) {
                    failure
                        = CaptureSchema::storageError(tr("look up duplicates"), find.errorText());
                    find.reset();
                    break;
                }
                if (find.hasRow() && (hit.exact || find.columnBlob(0) == QByteArrayView(key))) {
                    record.duplicateOf = hit.seq;
                    record.duplicateKind = find.columnText(1) == record.forUserId
                        ? DuplicateKind::Redelivery
                        : DuplicateKind::Fanout;
                } else {
                    prefixTaken = true; // another key with the same prefix
                }
                find.reset();
            }

            SqliteStatement &ev = s.insertEvent;
            ev.bind(1, record.deliveryId);
            ev.bind(2, qint64(i));
            ev.bind(3, record.receivedAtMs);
            ev.bind(4, EventNames::source(record.source));
            ev.bind(5, record.type);
            ev.bind(6, record.action);
            ev.bind(7, record.eventId);
            ev.bindBlob(8, key);
            ev.bind(9, record.forUserId);
            ev.bind(10, record.forUserName);
            ev.bind(11, record.actorId);
            ev.bind(12, record.actorName);
            ev.bind(13, record.targetId);
            ev.bind(14, record.targetName);
            ev.bind(15, record.createdAt);
            ev.bindText(16, verdict);
            if (record.duplicateOf)
                ev.bind(17, record.duplicateOf);
            else
                ev.bindNull(17);
            ev.bind(18, EventNames::duplicateKind(record.duplicateKind));
            ev.bind(19, record.summary);
            ev.bind(20, qint64(record.itemOffset));
            ev.bind(21, qint64(record.itemLength));
            const bool eventStored = ev.step();
            if (!eventStored)
                failure = CaptureSchema::storageError(tr("store an event"), ev.errorText());
            ev.reset();
            if (!eventStored)
                break;
            record.seq = ev.lastInsertRowId();
            if (!record.duplicateOf)
                m_dedupe.add(key, record.seq, prefixTaken);
            m_dedupeSeq = record.seq;
            result.records.append(record);
        }
        stored.emplace_back(&deliveryJob, std::move(result));
        storedBodies.append(d.body);
    }

    if (!failure && !db.commit())
        failure = CaptureSchema::storageError(tr("commit"), db.lastError().text());

    if (failure) {
        db.rollback();
        m_dedupeSeq = dedupeSeqBefore;
        if (!m_dedupe.rollbackGroup()) {
            m_dedupe.clear(); // reloaded from the store by the next group
            m_dedupeSeq = 0;
        }
        qCWarning(lcStore) << failure->message << failure->detail;
        std::vector<std::pair<DeliveryJob *, Result<StoredDelivery>>> outcomes;
        for (Job &job : jobs) {
            if (auto *deliveryJob = std::get_if<DeliveryJob>(&job))
                outcomes.emplace_back(deliveryJob, *failure);
        }
        complete(outcomes);
        m_failing = true;
        Q_EMIT commitFailed(*failure);
        return;
    }
    m_dedupe.commitGroup();
    if (std::exchange(m_failing, false))
        Q_EMIT recovered();
    std::vector<std::pair<DeliveryJob *, Result<StoredDelivery>>> outcomes;
    for (size_t i = 0; i < stored.size(); ++i) {
        auto &[job, result] = stored[i];
        committedRecords.append(result.records);
        for (qsizetype k = 0; k < result.records.size(); ++k)
            committedBodies.append(storedBodies.at(qsizetype(i)));
        outcomes.emplace_back(job, std::move(result));
    }
    complete(outcomes);
    if (!committedRecords.isEmpty())
        Q_EMIT recordsCommitted(committedRecords, committedBodies);
    for (const CrcCheck &crc : std::as_const(crcs))
        Q_EMIT crcRecorded(crc);
    for (const Rejection &rejection : std::as_const(rejections))
        Q_EMIT rejectionRecorded(rejection);
}
