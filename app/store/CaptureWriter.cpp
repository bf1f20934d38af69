#include "store/CaptureWriter.h"

#include "events/EventDecoder.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace {

QString headersJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
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
        : insertDelivery(db)
        , insertEvent(db)
        , findFirstCopy(db)
        , insertCrc(db)
        , insertRejection(db)
    {
        insertDelivery.prepare(QStringLiteral(
            "INSERT INTO deliveries (received_at, remote_address, method, target, headers, body, "
            "signature, signature_header, status) VALUES (?,?,?,?,?,?,?,?,?)"));
        insertEvent.prepare(QStringLiteral(
            "INSERT INTO events (delivery_id, item_index, received_at, source, type, action, "
            "event_id, dedupe_key, for_user_id, for_user_name, actor_id, actor_name, target_id, "
            "target_name, created_at, signature, duplicate_of, duplicate_kind, summary, "
            "item_offset, item_length) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        findFirstCopy.prepare(QStringLiteral(
            "SELECT seq, for_user_id FROM events WHERE dedupe_key = ? ORDER BY seq LIMIT 1"));
        insertCrc.prepare(QStringLiteral(
            "INSERT INTO crc_checks (at, remote_address, token_length, answered, signature, "
            "latency_us, status, reason) VALUES (?,?,?,?,?,?,?,?)"));
        insertRejection.prepare(QStringLiteral(
            "INSERT INTO rejections (at, remote_address, method, target, status, reason) "
            "VALUES (?,?,?,?,?,?)"));
    }

    QSqlQuery insertDelivery;
    QSqlQuery insertEvent;
    QSqlQuery findFirstCopy;
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
    enqueue(DeliveryJob {std::move(delivery), context, context != nullptr, std::move(done)});
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

    {
        WriterStatements statements(QSqlDatabase::database(m_connectionName));
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
            process(jobs, statements);
            QMutexLocker locker(&m_mutex);
            m_processed += count;
            m_progress.wakeAll();
        }
    }
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
        const QString verdict = WebhookCrypto::verdictName(d.verdict);
        s.insertDelivery.addBindValue(d.receivedAtMs);
        s.insertDelivery.addBindValue(d.remoteAddress);
        s.insertDelivery.addBindValue(QString::fromLatin1(d.method));
        s.insertDelivery.addBindValue(QString::fromLatin1(d.target));
        s.insertDelivery.addBindValue(headersJson(d.headers));
        s.insertDelivery.addBindValue(d.body);
        s.insertDelivery.addBindValue(verdict);
        s.insertDelivery.addBindValue(QString::fromLatin1(d.signatureHeader));
        s.insertDelivery.addBindValue(d.status);
        if (!s.insertDelivery.exec()) {
            fail(tr("store a delivery"), s.insertDelivery);
            break;
        }
        StoredDelivery result;
        result.deliveryId = s.insertDelivery.lastInsertId().toLongLong();

        const QList<DecodedItem> items = EventDecoder::decode(d.body);
        for (qsizetype i = 0; i < items.size() && !failure; ++i) {
            EventRecord record = items.at(i).record;
            record.deliveryId = result.deliveryId;
            record.receivedAtMs = d.receivedAtMs;
            record.signature = d.verdict;
            const QByteArray key
                = QCryptographicHash::hash(items.at(i).activityKey, QCryptographicHash::Md5);
            s.findFirstCopy.addBindValue(key);
            if (!s.findFirstCopy.exec()) {
                fail(tr("look up duplicates"), s.findFirstCopy);
                break;
            }
            if (s.findFirstCopy.next()) {
                record.duplicateOf = s.findFirstCopy.value(0).toLongLong();
                record.duplicateKind = s.findFirstCopy.value(1).toString() == record.forUserId
                    ? DuplicateKind::Redelivery
                    : DuplicateKind::Fanout;
            }
            s.findFirstCopy.finish();

            const QList<QVariant> values
                = {record.deliveryId,
                   int(i),
                   record.receivedAtMs,
                   EventNames::source(record.source),
                   record.type,
                   record.action,
                   record.eventId,
                   key,
                   textOrNull(record.forUserId),
                   textOrNull(record.forUserName),
                   textOrNull(record.actorId),
                   textOrNull(record.actorName),
                   textOrNull(record.targetId),
                   textOrNull(record.targetName),
                   textOrNull(record.createdAt),
                   verdict,
                   record.duplicateOf ? QVariant(record.duplicateOf)
                                      : QVariant(QMetaType::fromType<qint64>()),
                   textOrNull(EventNames::duplicateKind(record.duplicateKind)),
                   record.summary,
                   record.itemOffset,
                   record.itemLength};
            for (const QVariant &value : values)
                s.insertEvent.addBindValue(value);
            if (!s.insertEvent.exec()) {
                fail(tr("store an event"), s.insertEvent);
                break;
            }
            record.seq = s.insertEvent.lastInsertId().toLongLong();
            result.records.append(record);
        }
        stored.emplace_back(&deliveryJob, std::move(result));
        storedBodies.append(d.body);
    }

    if (!failure && !db.commit())
        failure = CaptureSchema::storageError(tr("commit"), db.lastError().text());

    if (failure) {
        db.rollback();
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
