// The SQLite API-call log: what goes in comes back, newest last; it shares the capture store
// file; a secret that slipped into a record is masked before it reaches the disk; curl quoting.
#include "store/ApiCallLog.h"
#include "util/SecretRedactor.h"
#include "xapi/CurlRenderer.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ApiCallRecord call(const QString &operation, int status)
{
    ApiCallRecord r;
    r.startedAt = QDateTime(QDate(2025, 1, 15), QTime(12, 0, 0, 250), Qt::UTC);
    r.operation = operation;
    r.method = "POST";
    r.url = u"https://api.x.com/2/webhooks"_s;
    r.status = status;
    r.durationMs = 312;
    r.auth = u"bearer"_s;
    r.rateLimit.limit = 450;
    r.rateLimit.remaining = 448;
    r.rateLimit.reset = QDateTime::fromSecsSinceEpoch(1705420800, Qt::UTC);
    r.requestHeaders
        = {{"Authorization", "Bearer $X_BEARER_TOKEN"}, {"Content-Type", "application/json"}};
    r.requestBody = R"({"url":"https://example.com/it's"})";
    r.responseHeaders = {{"content-type", "application/json"}};
    r.responseBody = R"({"data":{"id":"1"}})";
    return r;
}

} // namespace

class TestApiCallLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void lastIsNewestInOrder();
    void missingIdIsAUsageError();
    void coexistsWithOtherTables();
    void registeredSecretsNeverReachTheFile();
    void curlQuoting();
    void unwritableLocationIsAStorageError();
};

void TestApiCallLog::roundTrip()
{
    QTemporaryDir dir;
    ApiCallLog log;
    QVERIFY(log.open(dir.filePath(u"capture.db"_s)).ok());
    const auto id = log.append(call(u"webhooks.create"_s, 200));
    QVERIFY(id.ok());
    const auto back = log.find(id.value());
    QVERIFY(back.ok());
    const ApiCallRecord &r = back.value();
    QCOMPARE(r.id, id.value());
    QCOMPARE(r.startedAt, call({}, 0).startedAt);
    QCOMPARE(r.operation, u"webhooks.create"_s);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.durationMs, 312);
    QCOMPARE(r.rateLimit.limit, 450);
    QCOMPARE(r.rateLimit.remaining, 448);
    QCOMPARE(r.rateLimit.reset.toSecsSinceEpoch(), 1705420800);
    QCOMPARE(r.requestBody, call({}, 0).requestBody);
    QCOMPARE(r.responseBody, call({}, 0).responseBody);
    QCOMPARE(r.requestHeaders.size(), 2);
    QCOMPARE(CurlRenderer::render(r), CurlRenderer::render(call({}, 0)));
}

void TestApiCallLog::lastIsNewestInOrder()
{
    QTemporaryDir dir;
    ApiCallLog log;
    QVERIFY(log.open(dir.filePath(u"capture.db"_s)).ok());
    for (int i = 1; i <= 5; ++i)
        log.record(call(u"op%1"_s.arg(i), 200));
    const auto last3 = log.last(3);
    QVERIFY(last3.ok());
    QCOMPARE(last3.value().size(), 3);
    QCOMPARE(last3.value().at(0).operation, u"op3"_s);
    QCOMPARE(last3.value().at(2).operation, u"op5"_s);
    QCOMPARE(log.last(100).value().size(), 5);

    // A second connection to the same file (another process, the next CLI run) sees them all.
    ApiCallLog other;
    QVERIFY(other.open(dir.filePath(u"capture.db"_s)).ok());
    QCOMPARE(other.last(10).value().size(), 5);
}

void TestApiCallLog::missingIdIsAUsageError()
{
    QTemporaryDir dir;
    ApiCallLog log;
    QVERIFY(log.open(dir.filePath(u"capture.db"_s)).ok());
    const auto missing = log.find(99);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Usage);
    QVERIFY(missing.error().message.contains(u"no API call with id 99"_s));
}

void TestApiCallLog::coexistsWithOtherTables()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"capture.db"_s);
    {
        // Another part of the store created its own tables first.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE deliveries (id INTEGER PRIMARY KEY)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    ApiCallLog log;
    QVERIFY(log.open(path).ok());
    QVERIFY(log.append(call(u"x"_s, 204)).ok());
    ApiCallLog reopened; // CREATE TABLE IF NOT EXISTS: opening twice keeps the rows
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(reopened.last(5).value().size(), 1);
}

void TestApiCallLog::registeredSecretsNeverReachTheFile()
{
    const QString secret = u"sEcReT-that-slipped-through-123"_s;
    SecretRedactor::add(secret);
    QTemporaryDir dir;
    {
        ApiCallLog log;
        QVERIFY(log.open(dir.filePath(u"capture.db"_s)).ok());
        ApiCallRecord r = call(u"leaky"_s, 500);
        r.url += u"?token="_s + secret;
        r.requestHeaders.append({"X-Debug", secret.toUtf8()});
        r.requestBody = secret.toUtf8();
        r.responseBody = "echo " + secret.toUtf8();
        r.error = secret;
        QVERIFY(log.append(r).ok());
        QVERIFY(log.last(1).value().first().responseBody.contains("[redacted]"));
    }
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(name));
    }
    SecretRedactor::clear();
}

void TestApiCallLog::curlQuoting()
{
    const QString curl = CurlRenderer::render(call(u"webhooks.create"_s, 200));
    QCOMPARE(curl,
             u"curl --request POST \\\n"
             "  --url 'https://api.x.com/2/webhooks' \\\n"
             "  --header \"Authorization: Bearer $X_BEARER_TOKEN\" \\\n"
             "  --header 'Content-Type: application/json' \\\n"
             "  --data '{\"url\":\"https://example.com/it'\\''s\"}'"_s);

    ApiCallRecord oauth = call(u"webhooks.create"_s, 200);
    oauth.requestHeaders
        = {{"Authorization",
            "OAuth oauth_consumer_key=\"$X_CONSUMER_KEY\", oauth_nonce=\"abc\", "
            "oauth_signature=\"[redacted]\", oauth_signature_method=\"HMAC-SHA1\", "
            "oauth_timestamp=\"1318622958\", oauth_token=\"$X_ACCESS_TOKEN\", "
            "oauth_version=\"1.0\""}};
    oauth.requestBody.clear();
    const QString signedCurl = CurlRenderer::render(oauth);
    QVERIFY(signedCurl.startsWith(u"# OAuth 1.0a signatures are single-use"_s));
    QVERIFY2(
        signedCurl.contains(
            u"--header \"Authorization: OAuth oauth_consumer_key=\\\"$X_CONSUMER_KEY\\\", "
            "oauth_nonce=\\\"$OAUTH_NONCE\\\", oauth_signature=\\\"$OAUTH_SIGNATURE\\\", "
            "oauth_signature_method=\\\"HMAC-SHA1\\\", oauth_timestamp=\\\"$OAUTH_TIMESTAMP\\\", "
            "oauth_token=\\\"$X_ACCESS_TOKEN\\\", oauth_version=\\\"1.0\\\"\""_s),
        qPrintable(signedCurl));
    QVERIFY(!signedCurl.contains(u"--data"_s));
}

void TestApiCallLog::unwritableLocationIsAStorageError()
{
    ApiCallLog log;
    const auto opened = log.open(u"/nonexistent-dir/capture.db"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Storage);
    QVERIFY(!log.append(call(u"x"_s, 200)).ok());
}

QTEST_GUILESS_MAIN(TestApiCallLog)
#include "tst_apicalllog.moc"
