#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

//! A prepared statement on the SQLite handle underneath a Qt SQL connection. The capture writer's
//! per-event statements use it: Qt SQL's QVariant binding costs more than the insert itself at
//! thousands of events a second. Everything else stays on Qt SQL.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    //! The sqlite3 handle of a QSQLITE connection, or null.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    bool prepare(sqlite3 *db, const char *sql);
    //! Releases the statement (before its connection closes).
    void finalize();
    void bind(int index, qint64 value);
    void bind(int index, const QString &text); //!< an empty string binds NULL
    void bindText(int index, const QByteArray &utf8); //!< an empty array binds NULL
    void bindBlob(int index, const QByteArray &bytes);
    void bindNull(int index);

    //! Runs the statement: true on SQLITE_DONE (or a row, see hasRow()).
    bool step();
    bool hasRow() const { return m_row; }
    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    //! Valid until the next step() or reset().
    QByteArrayView columnBlob(int column) const;
    void reset();

    qint64 lastInsertRowId() const;
    //! For column reads in tight loops (sqlite3_column_*).
    sqlite3_stmt *raw() const { return m_statement; }
    QString errorText() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_row = false;
};
