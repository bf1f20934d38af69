#pragma once

#include "util/Result.h"

class QSqlDatabase;

//! The capture store's tables (deliveries, events, crc_checks, rejections) and connection settings.
//! Every connection, reader or writer, goes through open(): WAL, a busy timeout, and for the writer
//! the schema and the durability level.
namespace CaptureSchema {

inline constexpr int Version = 1;

enum class Durability {
    Full, //!< fsync on every commit: an acknowledged delivery survives a power loss
    Normal, //!< survives a crash of the process (kill -9), not of the machine; faster
};

struct ConnectionOptions
{
    QString path; //!< a file, or ":memory:"
    QString connectionName;
    bool writer = false;
    Durability durability = Durability::Full;
    int maxPageCount = 0; //!< > 0 caps the database size (tests use it to simulate a full disk)
};

//! Opens (and for the writer creates or migrates) the database under `options.connectionName`.
Result<void> open(const ConnectionOptions &options);

//! Closes and removes the named connection.
void close(const QString &connectionName);

//! An Error that says what the store could not do, with SQLite's text as detail.
Error storageError(const QString &what, const QString &sqliteText);

} // namespace CaptureSchema
