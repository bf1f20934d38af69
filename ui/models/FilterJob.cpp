#include "models/FilterJob.h"

#include "store/CaptureSchema.h"
#include "store/SqliteStatement.h"

#include <QSqlDatabase>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace {

// Bodies of deliveries in increasing id order, streamed from one SELECT.
class BodyCursor
{
public:
    explicit BodyCursor(const QString &path)
        : m_connection(u"filter-bodies-" + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        CaptureSchema::ConnectionOptions options;
        options.path = path;
        options.connectionName = m_connection;
        m_open = CaptureSchema::open(options);
        // No mmap here: it was no faster on a 1M-event scan, and every mapped page of the store
        // counted as the console's resident memory (2.2 GiB instead of 0.4 on a 1.8 GiB store).
        if (m_open.ok()
            && !m_query.prepare(SqliteStatement::handleOf(QSqlDatabase::database(m_connection)),
                                "SELECT id, body FROM deliveries WHERE id >= ? ORDER BY id"))
            m_open
                = CaptureSchema::storageError(QStringLiteral("read bodies"), m_query.errorText());
    }
    ~BodyCursor()
    {
        m_query.finalize();
        CaptureSchema::close(m_connection);
    }

    const Result<void> &status() const { return m_open; }

    //! The body of delivery `id`; valid until the next call. Ids must not decrease.
    QByteArrayView body(qint64 id)
    {
        if (!m_started) {
            m_query.bind(1, id);
            m_started = true;
            m_row = step();
        }
        while (m_row && m_current < id)
            m_row = step();
        if (!m_row || m_current != id)
            return {};
        sqlite3_stmt *s = m_query.raw();
        return QByteArrayView(static_cast<const char *>(sqlite3_column_blob(s, 1)),
                              sqlite3_column_bytes(s, 1));
    }

private:
    bool step()
    {
        if (!m_query.step() || !m_query.hasRow())
            return false;
        m_current = m_query.columnInt64(0);
        return true;
    }

    QString m_connection;
    Result<void> m_open;
    SqliteStatement m_query;
    bool m_started = false;
    bool m_row = false;
    qint64 m_current = 0;
};

Result<std::vector<qsizetype>> runRange(const RowStore &rows, qsizetype from, qsizetype to,
                                        const IndexFilter &filter, const QString &storePath,
                                        const std::atomic<bool> &cancel)
{
    std::vector<qsizetype> matches;
    std::unique_ptr<BodyCursor> cursor;
    if (filter.needsBody()) {
        cursor = std::make_unique<BodyCursor>(storePath);
        if (!cursor->status().ok())
            return cursor->status().error();
    }
    for (qsizetype i = from; i < to; ++i) {
        if ((i & 0x3fff) == 0 && cancel.load(std::memory_order_relaxed))
            return matches;
        const EventRow &row = rows.at(i);
        const bool hit = filter.matches(
            row, [&] { return cursor ? cursor->body(row.deliveryId) : QByteArrayView(); });
        if (hit)
            matches.push_back(i);
    }
    return matches;
}

} // namespace

namespace FilterJob {

Result<std::vector<qsizetype>> run(const RowStore &rows, qsizetype count, const IndexFilter &filter,
                                   const QString &storePath, const std::atomic<bool> &cancel)
{
    // Reading bodies dominates; split it when there is a second core. Index-only filters are a
    // table lookup per row and gain nothing from a second thread.
    const bool split = filter.needsBody() && count > 20'000 && QThread::idealThreadCount() > 1;
    if (!split)
        return runRange(rows, 0, count, filter, storePath, cancel);

    const qsizetype middle = count / 2;
    std::optional<Result<std::vector<qsizetype>>> second;
    std::unique_ptr<QThread> helper(QThread::create(
        [&] { second.emplace(runRange(rows, middle, count, filter, storePath, cancel)); }));
    helper->setObjectName(QStringLiteral("event-filter-2"));
    helper->start();
    Result<std::vector<qsizetype>> first = runRange(rows, 0, middle, filter, storePath, cancel);
    helper->wait();
    if (!first.ok())
        return first;
    if (!second->ok())
        return *second;
    std::vector<qsizetype> all = first.takeValue();
    const std::vector<qsizetype> &rest = second->value();
    all.insert(all.end(), rest.begin(), rest.end());
    return all;
}

} // namespace FilterJob
