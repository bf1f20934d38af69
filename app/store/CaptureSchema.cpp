#include "store/CaptureSchema.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace CaptureSchema {

namespace {

const char *const Tables[] = {
    R"(CREATE TABLE IF NOT EXISTS deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        received_at INTEGER NOT NULL,
        remote_address TEXT,
        method TEXT,
        target TEXT,
        headers TEXT,
        body BLOB,
        signature TEXT,
        signature_header TEXT,
        status INTEGER))",
    // seq is AUTOINCREMENT: it never goes back, even after retention deletes the newest rows.
    R"(CREATE TABLE IF NOT EXISTS events (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        delivery_id INTEGER NOT NULL,
        item_index INTEGER NOT NULL,
        received_at INTEGER NOT NULL,
        source TEXT, type TEXT, action TEXT, event_id TEXT,
        dedupe_key BLOB,
        for_user_id TEXT, for_user_name TEXT,
        actor_id TEXT, actor_name TEXT,
        target_id TEXT, target_name TEXT,
        created_at TEXT,
        signature TEXT,
        duplicate_of INTEGER,
        duplicate_kind TEXT,
        summary TEXT,
        item_offset INTEGER, item_length INTEGER))",
    // Duplicates are found through the writer's in-memory DedupeIndex. The SQLite index on these
    // random keys that stores of earlier versions have cost a random page write per event.
    "DROP INDEX IF EXISTS events_dedupe",
    R"(CREATE TABLE IF NOT EXISTS crc_checks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        remote_address TEXT,
        token_length INTEGER,
        answered INTEGER,
        signature TEXT,
        latency_us INTEGER,
        status INTEGER,
        reason TEXT))",
    R"(CREATE TABLE IF NOT EXISTS rejections (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at INTEGER NOT NULL,
        remote_address TEXT,
        method TEXT,
        target TEXT,
        status INTEGER,
        reason TEXT))",
};

Result<void> run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return storageError(QStringLiteral("prepare the capture store"), query.lastError().text());
    return {};
}

} // namespace

Error storageError(const QString &what, const QString &sqliteText)
{
    return Error(
        ErrorKind::Storage,
        QCoreApplication::translate("CaptureSchema", "The capture store could not %1.").arg(what),
        sqliteText);
}

Result<void> open(const ConnectionOptions &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), options.connectionName);
    db.setDatabaseName(options.path);
    // Other connections (readers, the API-call log) share the file; wait for their locks.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error(
            ErrorKind::Storage,
            QCoreApplication::translate("CaptureSchema", "Cannot open the capture store %1.")
                .arg(options.path),
            db.lastError().text());
    }
    QStringList pragmas
        = {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=OFF")};
    if (options.writer) {
        pragmas << (options.durability == Durability::Full
                        ? QStringLiteral("PRAGMA synchronous=FULL")
                        : QStringLiteral("PRAGMA synchronous=NORMAL"));
        // A checkpoint every 32 MiB of WAL instead of SQLite's 4 MiB, and a 32 MiB page cache:
        // the tail pages of both tables are rewritten by every group; copying them back to the
        // database less often gave 23-24k instead of 20k events/s in one back-to-back run of the
        // responder benchmark (the machine's drift makes single figures unreliable).
        pragmas << QStringLiteral("PRAGMA wal_autocheckpoint=8000")
                << QStringLiteral("PRAGMA cache_size=-32000");
        if (options.maxPageCount > 0)
            pragmas << QStringLiteral("PRAGMA max_page_count=%1").arg(options.maxPageCount);
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (auto r = run(db, pragma); !r.ok())
            return r;
    }
    if (!options.writer)
        return {};

    QSqlQuery version(db);
    version.exec(QStringLiteral("PRAGMA user_version"));
    const int existing = version.next() ? version.value(0).toInt() : 0;
    version.finish();
    if (existing > Version) {
        return Error(ErrorKind::Storage,
                     QCoreApplication::translate("CaptureSchema",
                                                 "The capture store %1 was written by a newer "
                                                 "version of the console (schema %2).")
                         .arg(options.path)
                         .arg(existing));
    }
    for (const char *statement : Tables) {
        if (auto r = run(db, QString::fromLatin1(statement)); !r.ok())
            return r;
    }
    if (auto r = run(db, QStringLiteral("PRAGMA user_version=%1").arg(Version)); !r.ok())
        return r;
    qCDebug(lcStore) << "opened capture store" << QFileInfo(options.path).absoluteFilePath();
    return {};
}

void close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace CaptureSchema
