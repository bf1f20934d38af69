#include "models/IndexLoader.h"

#include "store/CaptureSchema.h"
#include "store/SqliteStatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QUuid>

#include <sqlite3.h>

namespace {

// Maps the bytes of a text column to a pool id; a QString is built only for a new value.
class Interner
{
public:
    explicit Interner(StringPool &pool)
        : m_pool(pool)
    { }

    quint32 operator()(sqlite3_stmt *statement, int column)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        if (!text)
            return 0;
        const QByteArrayView bytes(text, sqlite3_column_bytes(statement, column));
        if (const auto it = m_ids.constFind(bytes); it != m_ids.constEnd())
            return *it;
        m_keys.push_back(std::make_unique<QByteArray>(bytes.toByteArray()));
        const quint32 id = m_pool.intern(QString::fromUtf8(bytes));
        m_ids.insert(QByteArrayView(*m_keys.back()), id);
        return id;
    }

private:
    StringPool &m_pool;
    QHash<QByteArrayView, quint32> m_ids;
    std::vector<std::unique_ptr<QByteArray>> m_keys; //!< own the bytes the keys point at
};

QString text(sqlite3_stmt *statement, int column)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, column)) : QString();
}

quint8 code(sqlite3_stmt *statement, int column, const char *a, const char *b)
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    if (!bytes)
        return 0;
    if (qstrcmp(bytes, a) == 0)
        return 0;
    return qstrcmp(bytes, b) == 0 ? 1 : 2;
}

} // namespace

Result<LoadedIndex> loadIndex(const QString &path, const std::atomic<bool> &cancel)
{
    const QString connection
        = u"index-loader-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    CaptureSchema::ConnectionOptions options;
    options.path = path;
    options.connectionName = connection;
    if (auto opened = CaptureSchema::open(options); !opened.ok()) {
        CaptureSchema::close(connection);
        return opened.error();
    }
    LoadedIndex index;
    {
        SqliteStatement query;
        if (!query.prepare(
                SqliteStatement::handleOf(QSqlDatabase::database(connection)),
                "SELECT seq, received_at, delivery_id, duplicate_of, type, action, "
                "for_user_id, for_user_name, actor_id, actor_name, target_id, target_name, "
                "item_offset, item_length, source, signature, duplicate_kind, summary, "
                "event_id FROM events ORDER BY seq")) {
            const Error error
                = CaptureSchema::storageError(QStringLiteral("read its events"), query.errorText());
            CaptureSchema::close(connection);
            return error;
        }
        Interner intern(index.strings);
        sqlite3_stmt *s = query.raw();
        while (query.step() && query.hasRow()) {
            if ((index.rows->size() & 0xffff) == 0 && cancel.load(std::memory_order_relaxed))
                break;
            EventRow row;
            row.seq = sqlite3_column_int64(s, 0);
            row.receivedAtMs = sqlite3_column_int64(s, 1);
            row.deliveryId = sqlite3_column_int64(s, 2);
            row.duplicateOf = sqlite3_column_int64(s, 3);
            row.type = intern(s, 4);
            row.action = intern(s, 5);
            row.forUserId = intern(s, 6);
            row.forUserName = intern(s, 7);
            row.actorId = intern(s, 8);
            row.actorName = intern(s, 9);
            row.targetId = intern(s, 10);
            row.targetName = intern(s, 11);
            row.itemOffset = sqlite3_column_int(s, 12);
            row.itemLength = sqlite3_column_int(s, 13);
            row.source = code(s, 14, "aaa", "xaa");
            row.signature = code(s, 15, "valid", "invalid");
            const auto *kind = reinterpret_cast<const char *>(sqlite3_column_text(s, 16));
            row.duplicateKind = !kind ? 0 : qstrcmp(kind, "redelivery") == 0 ? 1 : 2;
            row.summary = text(s, 17);
            row.eventId = text(s, 18);
            index.rows->append(std::move(row));
        }
    }
    CaptureSchema::close(connection);
    return index;
}
