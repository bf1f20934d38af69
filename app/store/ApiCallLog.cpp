#include "store/ApiCallLog.h"

#include "store/StorePaths.h"
#include "util/Logging.h"
#include "util/SecretRedactor.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const char Schema[] = R"(CREATE TABLE IF NOT EXISTS api_calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    operation TEXT NOT NULL,
    method TEXT NOT NULL,
    url TEXT NOT NULL,
    status INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL,
    auth TEXT NOT NULL,
    rate_limit_limit INTEGER,
    rate_limit_remaining INTEGER,
    rate_limit_reset INTEGER,
    request_headers TEXT NOT NULL,
    request_body BLOB,
    response_headers TEXT NOT NULL,
    response_body BLOB,
    error TEXT
))";

const char Columns[]
    = "id, started_at, operation, method, url, status, duration_ms, auth, rate_limit_limit, "
      "rate_limit_remaining, rate_limit_reset, request_headers, request_body, response_headers, "
      "response_body, error";

QString headersText(const HeaderList &headers)
{
    return SecretRedactor::redact(QString::fromUtf8(
        QJsonDocument(ApiCallRecord::headersToJson(headers)).toJson(QJsonDocument::Compact)));
}

QVariant optionalInt(qint64 value)
{
    return value >= 0 ? QVariant(value) : QVariant();
}

ApiCallRecord fromQuery(const QSqlQuery &q)
{
    ApiCallRecord r;
    r.id = q.value(0).toLongLong();
    r.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.operation = q.value(2).toString();
    r.method = q.value(3).toString().toLatin1();
    r.url = q.value(4).toString();
    r.status = q.value(5).toInt();
    r.durationMs = q.value(6).toLongLong();
    r.auth = q.value(7).toString();
    r.rateLimit.limit = q.value(8).isNull() ? -1 : q.value(8).toInt();
    r.rateLimit.remaining = q.value(9).isNull() ? -1 : q.value(9).toInt();
    if (!q.value(10).isNull())
        r.rateLimit.reset = QDateTime::fromSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    r.requestHeaders = ApiCallRecord::headersFromJson(
        QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object());
    r.requestBody = q.value(12).toByteArray();
    r.responseHeaders = ApiCallRecord::headersFromJson(
        QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object());
    r.responseBody = q.value(14).toByteArray();
    r.error = q.value(15).toString();
    return r;
}

} // namespace

ApiCallLog::ApiCallLog()
{
    static QAtomicInteger<int> counter;
    m_connectionName = u"aaconsole-api-calls-"_s + QString::number(++counter);
}

ApiCallLog::~ApiCallLog()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Error ApiCallLog::storageError(const QString &what, const QString &detail) const
{
    return Error(ErrorKind::Storage, what, detail);
}

std::shared_ptr<ApiCallLog> ApiCallLog::forProfile(const QString &profile)
{
    auto log = std::make_shared<ApiCallLog>();
    if (const Result<void> opened = log->open(StorePaths::captureDatabase(profile)); !opened.ok()) {
        qCWarning(lcStore).noquote() << opened.error().message << opened.error().detail;
        return nullptr;
    }
    return log;
}

Result<void> ApiCallLog::open(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return storageError(tr("Cannot open the API-call log %1.").arg(path),
                            db.lastError().text());
    QSqlQuery q(db);
    // WAL and a busy timeout: the capture store writes the same file from its own connection.
    // No fsync per entry (synchronous=NORMAL): the window records on its own thread, and a lost
    // newest log line after a power cut is better than a stalled window.
    for (const char *statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=5000", "PRAGMA synchronous=NORMAL",
          Schema, "CREATE INDEX IF NOT EXISTS api_calls_started_at ON api_calls(started_at)"}) {
        if (!q.exec(QString::fromLatin1(statement)))
            return storageError(tr("Cannot prepare the API-call log %1.").arg(path),
                                q.lastError().text());
    }
    return {};
}

bool ApiCallLog::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void ApiCallLog::record(ApiCallRecord call)
{
    const auto added = append(call);
    if (!added.ok())
        qCWarning(lcStore).noquote() << added.error().message << added.error().detail;
}

Result<qint64> ApiCallLog::append(const ApiCallRecord &call)
{
    if (!isOpen())
        return storageError(tr("The API-call log is not open."), {});
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"INSERT INTO api_calls (started_at, operation, method, url, status, duration_ms, "
              "auth, rate_limit_limit, rate_limit_remaining, rate_limit_reset, request_headers, "
              "request_body, response_headers, response_body, error) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(call.startedAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(call.operation);
    q.addBindValue(QString::fromLatin1(call.method));
    q.addBindValue(SecretRedactor::redact(call.url));
    q.addBindValue(call.status);
    q.addBindValue(call.durationMs);
    q.addBindValue(call.auth);
    q.addBindValue(optionalInt(call.rateLimit.limit));
    q.addBindValue(optionalInt(call.rateLimit.remaining));
    q.addBindValue(call.rateLimit.reset.isValid()
                       ? QVariant(call.rateLimit.reset.toSecsSinceEpoch())
                       : QVariant());
    q.addBindValue(headersText(call.requestHeaders));
    q.addBindValue(SecretRedactor::redact(call.requestBody));
    q.addBindValue(headersText(call.responseHeaders));
    q.addBindValue(SecretRedactor::redact(call.responseBody));
    q.addBindValue(SecretRedactor::redact(call.error));
    if (!q.exec())
        return storageError(tr("Cannot write to the API-call log."), q.lastError().text());
    return q.lastInsertId().toLongLong();
}

Result<QList<ApiCallRecord>> ApiCallLog::last(int count) const
{
    if (!isOpen())
        return storageError(tr("The API-call log is not open."), {});
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT * FROM (SELECT "_s + QLatin1String(Columns)
              + u" FROM api_calls ORDER BY id DESC LIMIT ?) ORDER BY id ASC"_s);
    q.addBindValue(count);
    if (!q.exec())
        return storageError(tr("Cannot read the API-call log."), q.lastError().text());
    QList<ApiCallRecord> calls;
    while (q.next())
        calls.append(fromQuery(q));
    return calls;
}

Result<ApiCallRecord> ApiCallLog::find(qint64 id) const
{
    if (!isOpen())
        return storageError(tr("The API-call log is not open."), {});
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(u"SELECT "_s + QLatin1String(Columns) + u" FROM api_calls WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return storageError(tr("Cannot read the API-call log."), q.lastError().text());
    if (!q.next()) {
        Error e(ErrorKind::Usage, tr("There is no API call with id %1 in the log.").arg(id));
        e.code = u"not-found"_s;
        return e;
    }
    return fromQuery(q);
}
