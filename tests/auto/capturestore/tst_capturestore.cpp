// The capture store: group commit, read-back, dedupe across copies and restarts, a full disk.
#include "events/EventFilter.h"
#include "events/RecordJson.h"
#include "store/CaptureReader.h"
#include "store/CaptureWriter.h"
#include "store/RecordExport.h"

#include <QBuffer>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using WebhookCrypto::SignatureVerdict;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QString::fromUtf8(AAC_SOURCE_DIR) + u"/resources/fixtures/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

Delivery delivery(const QByteArray &body, SignatureVerdict verdict = SignatureVerdict::Valid)
{
    Delivery d;
    d.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    d.remoteAddress = u"127.0.0.1"_s;
    d.method = "POST";
    d.target = "/webhook";
    d.headers = {{"Host", "127.0.0.1"}, {"X-Twitter-Webhooks-Signature", "sha256=abc"}};
    d.body = body;
    d.verdict = verdict;
    d.signatureHeader = "sha256=abc";
    d.status = 200;
    return d;
}

// Submits and waits for the writer's answer (delivered on the writer thread).
Result<StoredDelivery> store(CaptureWriter &writer, Delivery d)
{
    std::optional<Result<StoredDelivery>> outcome;
    QMutex mutex;
    writer.submit(std::move(d), nullptr, [&](Result<StoredDelivery> r) {
        QMutexLocker locker(&mutex);
        outcome.emplace(std::move(r));
    });
    writer.flush();
    QMutexLocker locker(&mutex);
    return *outcome;
}

// A disk that fills up after `room` bytes.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (length > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_room -= length;
        return length;
    }

private:
    qint64 m_room;
};

} // namespace

class TestCaptureStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void storesAndReadsBack();
    void itemJsonIsExactItem();
    void duplicatesAcrossCopiesAndRestarts();
    void duplicatesWithinOneGroup();
    void duplicatesAcrossWritersOnOneFile();
    void storeWithTheOldIndexStillDedupes();
    void rolledBackGroupIsForgotten();
    void concurrentSubmittersAllCommitted();
    void fullDiskFailsTheGroupAndRecovers();
    void malformedBodyKeptWhole();
    void crcAndRejectionsRecorded();
    void recordJsonLine();
    void openFailureIsClear();
    void exportFiltersAndSelects();
    void exportToAFullDiskSaysHowFar();

private:
    QString dbPath() const { return m_dir->filePath(u"capture.db"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCaptureStore::storesAndReadsBack()
{
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath()}).ok());
    QSignalSpy committed(&writer, &CaptureWriter::recordsCommitted);
    const auto r = store(writer, delivery(fixture(u"odd/several_arrays.json"_s)));
    QVERIFY(r.ok());
    QCOMPARE(r.value().records.size(), 4);
    QVERIFY(r.value().deliveryId > 0);
    QVERIFY(committed.wait(2000) || committed.count() == 1);

    auto reader = CaptureReader::open(dbPath());
    QVERIFY(reader.ok());
    const auto records = reader.value()->events(0, 100);
    QVERIFY(records.ok());
    QCOMPARE(records.value().size(), 4);
    qint64 previous = 0;
    for (const EventRecord &rec : records.value()) {
        QVERIFY(rec.seq > previous); // seq increases
        previous = rec.seq;
        QCOMPARE(rec.deliveryId, r.value().deliveryId);
        QCOMPARE(rec.signature, SignatureVerdict::Valid);
    }
    QCOMPARE(records.value().at(0).summary, u"@tester liked @XDevelopers's post \"first\""_s);
    QCOMPARE(records.value().at(3).action, u"unknown"_s);
    QCOMPARE(reader.value()->eventCount().value(), 4);

    const auto stored = reader.value()->delivery(r.value().deliveryId);
    QVERIFY(stored.ok() && stored.value());
    QCOMPARE(stored.value()->body, fixture(u"odd/several_arrays.json"_s));
    QCOMPARE(stored.value()->headers.size(), 2);
    QCOMPARE(stored.value()->headers.at(1).first, QByteArray("X-Twitter-Webhooks-Signature"));
}

void TestCaptureStore::itemJsonIsExactItem()
{
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath()}).ok());
    const QByteArray body = fixture(u"aaa/tweet_create_longform.json"_s);
    const auto r = store(writer, delivery(body));
    QVERIFY(r.ok());
    auto reader = CaptureReader::open(dbPath()).takeValue();
    const auto item = reader->itemJson(r.value().records.first());
    QVERIFY(item.ok());
    QVERIFY(item.value().startsWith("{\n      \"created_at\""));
    QVERIFY(item.value().contains("\"id\": 1924465506158879000"));
    QVERIFY(QJsonDocument::fromJson(item.value()).isObject());
}

void TestCaptureStore::duplicatesAcrossCopiesAndRestarts()
{
    const QByteArray dm = fixture(u"aaa/direct_message_events.json"_s);
    QByteArray dmForOther = dm;
    dmForOther.replace("\"for_user_id\": \"4337869213\"", "\"for_user_id\": \"3001969357\"");
    qint64 first = 0;
    {
        CaptureWriter writer;
        QVERIFY(writer.start({dbPath()}).ok());
        const auto original = store(writer, delivery(dm));
        first = original.value().records.first().seq;
        QVERIFY(!original.value().records.first().isDuplicate());

        const auto redelivered = store(writer, delivery(dm));
        QCOMPARE(redelivered.value().records.first().duplicateOf, first);
        QCOMPARE(redelivered.value().records.first().duplicateKind, DuplicateKind::Redelivery);

        const auto fanout = store(writer, delivery(dmForOther));
        QCOMPARE(fanout.value().records.first().duplicateOf, first);
        QCOMPARE(fanout.value().records.first().duplicateKind, DuplicateKind::Fanout);
    }
    // After a restart the store still knows the first copy, and whom it was for.
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath()}).ok());
    const auto later = store(writer, delivery(dm));
    QCOMPARE(later.value().records.first().duplicateOf, first);
    QCOMPARE(later.value().records.first().duplicateKind, DuplicateKind::Redelivery);
    const auto laterFanout = store(writer, delivery(dmForOther));
    QCOMPARE(laterFanout.value().records.first().duplicateOf, first);
    QCOMPARE(laterFanout.value().records.first().duplicateKind, DuplicateKind::Fanout);
    const auto unrelated = store(writer, delivery(fixture(u"aaa/follow.json"_s)));
    QVERIFY(!unrelated.value().records.first().isDuplicate());
}

// Holds the writer thread after its current group, so that what is submitted meanwhile is
// committed as one group.
class WriterGate
{
public:
    //! Returns once the writer is held, so that everything submitted next queues up behind it
    //! and is taken as one group (not split by the writer picking up the first of them early).
    explicit WriterGate(CaptureWriter &writer)
    {
        writer.submit(delivery(fixture(u"aaa/follow.json"_s)), nullptr,
                      [this](Result<StoredDelivery>) {
                          m_held.release();
                          m_open.acquire();
                      });
        m_held.acquire();
    }
    ~WriterGate() { open(); }
    void open()
    {
        if (!std::exchange(m_opened, true))
            m_open.release();
    }

private:
    QSemaphore m_held;
    QSemaphore m_open;
    bool m_opened = false;
};

void TestCaptureStore::duplicatesWithinOneGroup()
{
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath()}).ok());
    const QByteArray dm = fixture(u"aaa/direct_message_events.json"_s);
    QList<Result<StoredDelivery>> results;
    QMutex mutex;
    {
        WriterGate gate(writer);
        for (int i = 0; i < 3; ++i) {
            writer.submit(delivery(dm), nullptr, [&](Result<StoredDelivery> r) {
                QMutexLocker locker(&mutex);
                results.append(std::move(r));
            });
        }
    }
    writer.flush();
    QCOMPARE(results.size(), 3);
    const qint64 first = results[0].value().records.first().seq;
    QVERIFY(!results[0].value().records.first().isDuplicate());
    QCOMPARE(results[1].value().records.first().duplicateOf, first);
    QCOMPARE(results[2].value().records.first().duplicateOf, first);
}

void TestCaptureStore::duplicatesAcrossWritersOnOneFile()
{
    // Two processes may capture into the same store (the GUI and `listen`): each writer sees the
    // other's first copies, as it did when SQLite's index found them.
    const QByteArray dm = fixture(u"aaa/direct_message_events.json"_s);
    CaptureWriter a;
    CaptureWriter b;
    QVERIFY(a.start({dbPath()}).ok());
    QVERIFY(b.start({dbPath()}).ok());
    const qint64 first = store(a, delivery(dm)).value().records.first().seq;
    const auto copy = store(b, delivery(dm));
    QCOMPARE(copy.value().records.first().duplicateOf, first);
    const auto another = store(b, delivery(fixture(u"aaa/follow.json"_s)));
    QVERIFY(!another.value().records.first().isDuplicate());
    QCOMPARE(store(a, delivery(fixture(u"aaa/follow.json"_s))).value().records.first().duplicateOf,
             another.value().records.first().seq);
}

void TestCaptureStore::storeWithTheOldIndexStillDedupes()
{
    const QByteArray dm = fixture(u"aaa/direct_message_events.json"_s);
    qint64 first = 0;
    {
        CaptureWriter writer;
        QVERIFY(writer.start({dbPath()}).ok());
        first = store(writer, delivery(dm)).value().records.first().seq;
    }
    const auto indexes = [this] {
        QStringList names;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-index"_s);
            db.setDatabaseName(dbPath());
            db.open();
            QSqlQuery query(db);
            query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND name = "
                       "'events_dedupe'"_s);
            while (query.next())
                names << query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(u"old-index"_s);
        return names;
    };
    {
        // What earlier versions created.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-schema"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE INDEX events_dedupe ON events(dedupe_key)"_s));
    }
    QSqlDatabase::removeDatabase(u"old-schema"_s);
    QCOMPARE(indexes().size(), 1);

    CaptureWriter writer;
    QVERIFY(writer.start({dbPath()}).ok());
    QVERIFY(indexes().isEmpty()); // it cost a random page write per event
    QCOMPARE(store(writer, delivery(dm)).value().records.first().duplicateOf, first);
}

void TestCaptureStore::rolledBackGroupIsForgotten()
{
    // A key first seen in a group that failed is not the first copy of anything.
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath(), CaptureSchema::Durability::Full, 40}).ok());
    const QByteArray dm = fixture(u"aaa/direct_message_events.json"_s);
    const QByteArray big
        = "{\"for_user_id\":\"1\",\"x_events\":[\"" + QByteArray(300000, 'a') + "\"]}";
    std::optional<Result<StoredDelivery>> small;
    std::optional<Result<StoredDelivery>> tooBig;
    QMutex mutex;
    {
        WriterGate gate(writer);
        writer.submit(delivery(dm), nullptr, [&](Result<StoredDelivery> r) {
            QMutexLocker locker(&mutex);
            small.emplace(std::move(r));
        });
        writer.submit(delivery(big), nullptr, [&](Result<StoredDelivery> r) {
            QMutexLocker locker(&mutex);
            tooBig.emplace(std::move(r));
        });
    }
    writer.flush();
    QVERIFY(small && tooBig);
    QVERIFY(!tooBig->ok());
    QVERIFY(!small->ok()); // the whole group failed

    const auto again = store(writer, delivery(dm));
    QVERIFY(again.ok());
    QVERIFY(!again.value().records.first().isDuplicate());
    QCOMPARE(store(writer, delivery(dm)).value().records.first().duplicateOf,
             again.value().records.first().seq);
}

void TestCaptureStore::concurrentSubmittersAllCommitted()
{
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath()}).ok());
    const QByteArray body = fixture(u"aaa/favorite_events.json"_s);
    constexpr int PerThread = 300;
    QAtomicInt answered;
    QAtomicInt failed;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads << QThread::create([&] {
            for (int i = 0; i < PerThread; ++i) {
                writer.submit(delivery(body), nullptr, [&](Result<StoredDelivery> r) {
                    (r.ok() ? answered : failed).fetchAndAddRelaxed(1);
                });
            }
        });
        threads.last()->start();
    }
    for (QThread *thread : threads) {
        thread->wait();
        delete thread;
    }
    writer.flush();
    QCOMPARE(answered.loadRelaxed(), 4 * PerThread);
    QCOMPARE(failed.loadRelaxed(), 0);
    auto reader = CaptureReader::open(dbPath()).takeValue();
    QCOMPARE(reader->eventCount().value(), 4 * PerThread);
    // All but the first are redeliveries of the same favorite.
    const auto all = reader->events(0, 10 * PerThread).value();
    QCOMPARE(std::count_if(all.begin(), all.end(),
                           [](const EventRecord &r) { return !r.isDuplicate(); }),
             1);
}

void TestCaptureStore::fullDiskFailsTheGroupAndRecovers()
{
    // SQLite's max_page_count makes the database "full" exactly as a full disk does (SQLITE_FULL).
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath(), CaptureSchema::Durability::Full, 40}).ok());
    QSignalSpy failedSpy(&writer, &CaptureWriter::commitFailed);
    const QByteArray big
        = "{\"for_user_id\":\"1\",\"x_events\":[\"" + QByteArray(20000, 'a') + "\"]}";
    int stored = 0;
    std::optional<Error> failure;
    for (int i = 0; i < 40 && !failure; ++i) {
        const auto r = store(writer, delivery(big));
        if (r.ok())
            ++stored;
        else
            failure = r.error();
    }
    QVERIFY2(failure, "the store never filled up");
    QCOMPARE(failure->kind, ErrorKind::Storage);
    QVERIFY2(failure->detail.contains(u"full"_s), qPrintable(failure->detail));
    QVERIFY(failedSpy.count() >= 1);

    // Nothing half-written: exactly the acknowledged deliveries are there.
    auto reader = CaptureReader::open(dbPath()).takeValue();
    QCOMPARE(reader->eventCount().value(), stored);

    // Small deliveries still fit after the failure: the writer keeps going.
    const auto small = store(writer, delivery(fixture(u"aaa/follow.json"_s)));
    QVERIFY(small.ok());
}

void TestCaptureStore::malformedBodyKeptWhole()
{
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath()}).ok());
    const QByteArray garbage("{\"for_user_id\": \"1\", \"favorite_events\": [{\"id\"", 44);
    const auto r = store(writer, delivery(garbage, SignatureVerdict::Invalid));
    QVERIFY(r.ok());
    QCOMPARE(r.value().records.size(), 1);
    QCOMPARE(r.value().records.first().type, u"malformed"_s);
    auto reader = CaptureReader::open(dbPath()).takeValue();
    QCOMPARE(reader->delivery(r.value().deliveryId).value()->body, garbage);
    QCOMPARE(reader->events(0, 10).value().first().signature, SignatureVerdict::Invalid);
}

void TestCaptureStore::crcAndRejectionsRecorded()
{
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath()}).ok());
    QSignalSpy crcSpy(&writer, &CaptureWriter::crcRecorded);
    CrcCheck crc;
    crc.atMs = 1000;
    crc.tokenLength = 48;
    crc.answered = true;
    crc.latencyUs = 420;
    crc.status = 200;
    writer.submitCrc(crc);
    Rejection rejection;
    rejection.atMs = 2000;
    rejection.method = "POST";
    rejection.target = "/webhook";
    rejection.status = 413;
    rejection.reason = u"body of 5000000 bytes is over the 4194304-byte limit"_s;
    writer.submitRejection(rejection);
    writer.flush();
    QTRY_COMPARE(crcSpy.count(), 1);
    auto reader = CaptureReader::open(dbPath()).takeValue();
    const auto crcs = reader->recentCrcChecks(10).value();
    QCOMPARE(crcs.size(), 1);
    QCOMPARE(crcs.first().tokenLength, 48);
    QCOMPARE(crcs.first().latencyUs, 420);
    QVERIFY(crcs.first().answered);
    const auto rejections = reader->recentRejections(10).value();
    QCOMPARE(rejections.size(), 1);
    QCOMPARE(rejections.first().status, 413);
}

void TestCaptureStore::recordJsonLine()
{
    CaptureWriter writer;
    QVERIFY(writer.start({dbPath()}).ok());
    const QByteArray body = fixture(u"aaa/favorite_events.json"_s);
    Delivery d = delivery(body);
    const auto r = store(writer, d);
    const EventRecord record = r.value().records.first();
    const QByteArray json = RecordJson::line(record, body);
    QVERIFY(!json.contains('\n'));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value(u"seq"_s).toInteger(), record.seq);
    QCOMPARE(o.value(u"source"_s).toString(), u"aaa"_s);
    QCOMPARE(o.value(u"type"_s).toString(), u"favorite_events"_s);
    QCOMPARE(o.value(u"action"_s).toString(), u"favorite"_s);
    QCOMPARE(o.value(u"for_user_id"_s).toString(), u"2244994945"_s);
    QCOMPARE(o.value(u"signature"_s).toString(), u"valid"_s);
    QVERIFY(o.value(u"duplicate_of"_s).isNull());
    QVERIFY(o.value(u"received_at"_s).toString().endsWith(u'Z'));
    QCOMPARE(o.value(u"event"_s).toObject().value(u"id"_s).toString(),
             u"a7ba59eab0bfcba386f7acedac279542"_s);
    // Key order of the item is X's, not alphabetical.
    QVERIFY(json.contains("\"event\":{\"id\":\"a7ba59eab0bfcba386f7acedac279542\",\"created_at\""));

    d.id = r.value().deliveryId;
    const QJsonObject withDelivery
        = QJsonDocument::fromJson(RecordJson::line(record, body, &d)).object();
    QCOMPARE(withDelivery.value(u"delivery"_s).toObject().value(u"body"_s).toString().toUtf8(),
             body);

    EventRecord malformed = record;
    malformed.type = u"malformed"_s;
    malformed.itemLength = 0;
    const QJsonObject m = QJsonDocument::fromJson(RecordJson::line(malformed, "a=1&b")).object();
    QCOMPARE(m.value(u"event"_s).toString(), u"a=1&b"_s);
}

void TestCaptureStore::openFailureIsClear()
{
    CaptureWriter writer;
    const auto r = writer.start({u"/nonexistent-dir/sub/capture.db"_s});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Storage);
    QVERIFY(r.error().message.contains(u"/nonexistent-dir/sub/capture.db"_s));
    const auto reader = CaptureReader::open(u"/nonexistent-dir/capture.db"_s);
    QVERIFY(!reader.ok());
}

void TestCaptureStore::exportFiltersAndSelects()
{
    {
        CaptureWriter writer;
        QVERIFY(writer.start({dbPath()}).ok());
        QVERIFY(store(writer, delivery(fixture(u"aaa/follow.json"_s))).ok());
        QVERIFY(store(writer, delivery(fixture(u"aaa/favorite_events.json"_s))).ok());
        QVERIFY(store(writer, delivery(fixture(u"aaa/unfollow.json"_s), SignatureVerdict::Invalid))
                    .ok());
    }
    auto reader = CaptureReader::open(dbPath());
    QVERIFY(reader.ok());
    const auto actions = [](const QByteArray &ndjson) {
        QStringList names;
        for (const QByteArray &line : ndjson.trimmed().split('\n'))
            names << QJsonDocument::fromJson(line).object().value(u"action"_s).toString();
        return names;
    };

    const auto filter = EventFilter::parse(u"type == follow_events and sig == valid"_s);
    QVERIFY(filter.ok());
    QBuffer filtered;
    filtered.open(QIODevice::WriteOnly);
    RecordExport::Options options;
    options.filter = &filter.value();
    const auto written = RecordExport::write(*reader.value(), filtered, options);
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 1);
    QCOMPARE(actions(filtered.data()), QStringList {u"follow"_s});

    // The window exports exactly the rows it shows.
    QBuffer rows;
    rows.open(QIODevice::WriteOnly);
    RecordExport::Options selected;
    selected.include = [](qint64 seq) { return seq != 1; };
    QCOMPARE(RecordExport::write(*reader.value(), rows, selected).value(), 2);
    QCOMPARE(actions(rows.data()), (QStringList {u"favorite"_s, u"unfollow"_s}));
}

void TestCaptureStore::exportToAFullDiskSaysHowFar()
{
    {
        CaptureWriter writer;
        QVERIFY(writer.start({dbPath()}).ok());
        for (int i = 0; i < 5; ++i) {
            QByteArray body = fixture(u"aaa/favorite_events.json"_s);
            body.replace("a7ba59eab0bfcba386f7acedac279542",
                         QByteArray("fav-" + QByteArray::number(i)));
            QVERIFY(store(writer, delivery(body)).ok());
        }
    }
    auto reader = CaptureReader::open(dbPath());
    QVERIFY(reader.ok());
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    QCOMPARE(RecordExport::write(*reader.value(), whole, {}).value(), 5);
    const qint64 lineSize = whole.data().indexOf('\n') + 1;

    FullDevice disk(lineSize * 2 + lineSize / 2); // room for two records and a half
    const auto failed = RecordExport::write(*reader.value(), disk, {});
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Io);
    QVERIFY2(failed.error().message.contains(u"after 2 record"_s),
             qPrintable(failed.error().message));
    QVERIFY(failed.error().message.contains(u"No space left on device"_s));
}

QTEST_GUILESS_MAIN(TestCaptureStore)
#include "tst_capturestore.moc"
