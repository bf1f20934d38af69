#pragma once

#include "events/EventDecoder.h"
#include "store/CaptureSchema.h"
#include "store/DedupeIndex.h"
#include "store/Delivery.h"
#include "util/Result.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <variant>
#include <vector>

class QThread;

//! The one writer of a capture store, on its own thread. Deliveries submitted from any thread are
//! decoded, deduplicated and committed in groups (one transaction, one fsync for everything that
//! arrived meanwhile), and only then is each submitter told — so a responder can answer 200 knowing
//! the bytes are on disk. A failed commit rolls the whole group back and reports the error to each
//! submitter; the next group tries again.
class CaptureWriter final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString path; //!< a file, or ":memory:" (nothing kept after exit: `listen --no-db`)
        CaptureSchema::Durability durability = CaptureSchema::Durability::Full;
        int maxPageCount = 0; //!< test hook: a tiny cap makes SQLite report a full disk
    };
    using DeliveryDone = std::function<void(Result<StoredDelivery>)>;

    explicit CaptureWriter(QObject *parent = nullptr);
    ~CaptureWriter() override;

    //! Opens the store on the writer thread; returns when it is open or failed to open.
    Result<void> start(const Options &options);
    //! Commits what is pending and stops the thread.
    void stop();
    QString path() const { return m_options.path; }

    //! Decodes the delivery on the calling thread (so that decoding overlaps the writer's commit
    //! instead of adding to it), then queues it. `done` runs on `context`'s thread (one posted
    //! event per context for a whole commit group, not one per delivery), or on the writer thread
    //! when `context` is null. Not called if `context` is destroyed first.
    void submit(Delivery delivery, QObject *context, DeliveryDone done);
    void submitCrc(const CrcCheck &check);
    void submitRejection(const Rejection &rejection);
    //! Returns when everything submitted before the call has been committed (or has failed).
    void flush();

Q_SIGNALS:
    //! Emitted from the writer thread after each successful commit, in seq order. `bodies[i]` is
    //! the raw body of the delivery of `records[i]` (implicitly shared, not copied).
    void recordsCommitted(const QList<EventRecord> &records, const QList<QByteArray> &bodies);
    void crcRecorded(const CrcCheck &check);
    void rejectionRecorded(const Rejection &rejection);
    void commitFailed(const Error &error);
    //! The first successful commit after a failure.
    void recovered();

private:
    struct DeliveryJob
    {
        Delivery delivery;
        QList<DecodedItem> items;
        std::vector<QByteArray> dedupeKeys; //!< MD5 of each item's activity key
        QPointer<QObject> context;
        bool hasContext = false;
        DeliveryDone done;
    };
    using Job = std::variant<DeliveryJob, CrcCheck, Rejection>;

    void enqueue(Job job);
    void run();
    void process(std::deque<Job> &jobs, struct WriterStatements &statements);
    void complete(std::vector<std::pair<DeliveryJob *, Result<StoredDelivery>>> &outcomes);
    bool catchUpDedupe(struct WriterStatements &statements);

    Options m_options;
    QString m_connectionName;
    std::unique_ptr<QThread> m_thread;

    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_progress;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    bool m_opened = false;
    std::optional<Result<void>> m_openResult;
    quint64 m_submitted = 0;
    quint64 m_processed = 0;
    bool m_failing = false;

    // Writer thread only.
    DedupeIndex m_dedupe;
    qint64 m_dedupeSeq = 0; //!< every first copy up to this seq is in m_dedupe
};
