// `aaconsole-cli listen` and `export` as separate processes: output streams, signals, durability
// across kill -9, and the contract's exit codes.
#include "CliRunner.h"
#include "RawHttpClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"listen-test-consumer-secret-123"_s;

QByteArray fixture(const QString &name)
{
    QFile file(QString::fromUtf8(AAC_SOURCE_DIR) + u"/resources/fixtures/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray sign(const QByteArray &body)
{
    return "sha256="
        + QMessageAuthenticationCode::hash(body, Secret.toUtf8(), QCryptographicHash::Sha256)
              .toBase64();
}

QByteArray signedPost(const QByteArray &body)
{
    return RawHttpClient::post("/webhook", body, {"X-Twitter-Webhooks-Signature: " + sign(body)});
}

// A running `listen`: its process and the port it reported on stderr.
struct Listener
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
    QByteArray err;
    QByteArray out;

    bool waitForPort()
    {
        static const QRegularExpression listening(uR"(Listening on http://[0-9.]+:(\d+)/)"_s);
        for (int i = 0; i < 100 && port == 0; ++i) {
            process->waitForReadyRead(100);
            err += process->readAllStandardError();
            const auto match = listening.match(QString::fromUtf8(err));
            if (match.hasMatch())
                port = quint16(match.captured(1).toUInt());
        }
        return port != 0;
    }
    void drain()
    {
        out += process->readAllStandardOutput();
        err += process->readAllStandardError();
    }
};

} // namespace

class TestCliListen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ndjsonRecordsOnStdoutAddressOnStderr();
    void humanOutputAndSigintFlushes();
    void everythingAcknowledgedSurvivesKill9();
    void missingSecretAndBusyPortExit3();
    void noDbKeepsNothing();
    void exportWritesRecordsAtomically();
    void pathBindAndUnsignedOptions();

private:
    Listener listen(CliRunner &cli, const QStringList &extra);
    QString dbPath() const { return m_dir->filePath(u"capture.db"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliListen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

Listener TestCliListen::listen(CliRunner &cli, const QStringList &extra)
{
    cli.setEnv(u"X_CONSUMER_SECRET"_s, Secret);
    Listener listener;
    listener.process.reset(cli.start(QStringList {u"listen"_s, u"--port"_s, u"0"_s} + extra));
    listener.waitForPort();
    return listener;
}

void TestCliListen::ndjsonRecordsOnStdoutAddressOnStderr()
{
    CliRunner cli;
    Listener listener = listen(cli, {u"--db"_s, dbPath(), u"--ndjson"_s});
    QVERIFY2(listener.port, listener.err.constData());

    RawHttpClient client;
    QVERIFY(client.connectTo(listener.port));
    client.send(RawHttpClient::get("/webhook?crc_token=abc"));
    QCOMPARE(client.readResponse().status, 200);
    client.send(signedPost(fixture(u"odd/several_arrays.json"_s)));
    QCOMPARE(client.readResponse().status, 200);
    client.send(RawHttpClient::post("/webhook", "not json at all"));
    QCOMPARE(client.readResponse().status, 401);

    QByteArray out;
    for (int i = 0; i < 50 && out.count('\n') < 5; ++i) {
        listener.process->waitForReadyRead(100);
        out += listener.process->readAllStandardOutput();
    }
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // 4 items + 1 malformed; the CRC is not a record
    QStringList types;
    for (const QByteArray &line : lines) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        QVERIFY2(!record.isEmpty(), line.constData()); // every stdout line is a JSON record
        types << record.value(u"type"_s).toString();
    }
    QCOMPARE(types,
             (QStringList {u"favorite_events"_s, u"favorite_events"_s, u"follow_events"_s,
                           u"brand_new_events"_s, u"malformed"_s}));
    const QJsonObject malformed = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(malformed.value(u"signature"_s).toString(), u"missing"_s);
    QCOMPARE(malformed.value(u"event"_s).toString(), u"not json at all"_s);
    listener.drain();
    QVERIFY(listener.err.contains("CRC")); // diagnostics on stderr
    listener.process->kill();
    listener.process->waitForFinished();
}

void TestCliListen::humanOutputAndSigintFlushes()
{
    CliRunner cli;
    Listener listener = listen(cli, {u"--db"_s, dbPath()});
    QVERIFY(listener.port);
    RawHttpClient client;
    QVERIFY(client.connectTo(listener.port));
    client.send(signedPost(fixture(u"aaa/favorite_events.json"_s)));
    QCOMPARE(client.readResponse().status, 200);
    client.send(signedPost(fixture(u"aaa/favorite_events.json"_s)));
    QCOMPARE(client.readResponse().status, 200);

    ::kill(pid_t(listener.process->processId()), SIGINT);
    QVERIFY(listener.process->waitForFinished(10000));
    QCOMPARE(listener.process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(listener.process->exitCode(), 0);
    listener.drain();
    const QString out = QString::fromUtf8(listener.out);
    QVERIFY2(
        out.contains(u"favorite_events/favorite sig=valid @tester liked @XDevelopers's post"_s),
        qPrintable(out));
    QVERIFY(out.contains(u"[duplicate of #1, redelivery]"_s));
    QVERIFY(listener.err.contains("Stopped"));
}

void TestCliListen::everythingAcknowledgedSurvivesKill9()
{
    CliRunner cli;
    Listener listener = listen(cli, {u"--db"_s, dbPath()});
    QVERIFY(listener.port);
    const QByteArray body = fixture(u"aaa/direct_message_events.json"_s);
    int acknowledged = 0;
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int c = 0; c < 4; ++c) {
        clients.push_back(std::make_unique<RawHttpClient>());
        QVERIFY(clients.back()->connectTo(listener.port));
    }
    for (int i = 0; i < 100; ++i) {
        RawHttpClient &client = *clients[size_t(i % 4)];
        client.send(signedPost(body));
        if (client.readResponse().status == 200)
            ++acknowledged;
    }
    // Requests in flight when the process dies: their answers never come, and that is allowed.
    for (auto &client : clients)
        client->send(signedPost(body));
    listener.process->kill(); // SIGKILL: no flush, no cleanup
    QVERIFY(listener.process->waitForFinished());
    QCOMPARE(acknowledged, 100);

    const CliRun exported = cli.run({u"export"_s, u"--db"_s, dbPath()});
    QCOMPARE(exported.exitCode, 0);
    const QList<QByteArray> lines = exported.out.trimmed().split('\n');
    QVERIFY2(lines.size() >= 100, qPrintable(QString::number(lines.size())));
    QVERIFY(lines.size() <= 104);
    qint64 previous = 0;
    for (const QByteArray &line : lines) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        QVERIFY(!record.isEmpty()); // nothing half-written
        QCOMPARE(record.value(u"type"_s).toString(), u"direct_message_events"_s);
        QVERIFY(record.value(u"seq"_s).toInteger() > previous);
        previous = record.value(u"seq"_s).toInteger();
    }
}

void TestCliListen::missingSecretAndBusyPortExit3()
{
    CliRunner cli;
    QCOMPARE(cli.run({u"profiles"_s, u"add"_s, u"empty"_s}).exitCode,
             0); // a profile without secrets
    const CliRun noSecret
        = cli.run({u"--profile"_s, u"empty"_s, u"listen"_s, u"--port"_s, u"0"_s, u"--no-db"_s});
    QCOMPARE(noSecret.exitCode, 3);
    QVERIFY(noSecret.errText().contains(u"No consumer secret"_s));

    QTcpServer occupied;
    QVERIFY(occupied.listen(QHostAddress::LocalHost, 0));
    cli.setEnv(u"X_CONSUMER_SECRET"_s, Secret);
    const CliRun busy
        = cli.run({u"listen"_s, u"--port"_s, QString::number(occupied.serverPort()), u"--no-db"_s});
    QCOMPARE(busy.exitCode, 3);
    QVERIFY2(busy.errText().contains(u"cannot listen on 127.0.0.1 port"_s), busy.err.constData());

    const CliRun badPath = cli.run({u"listen"_s, u"--path"_s, u"webhook"_s});
    QCOMPARE(badPath.exitCode, 2);
    const CliRun both = cli.run({u"listen"_s, u"--db"_s, dbPath(), u"--no-db"_s});
    QCOMPARE(both.exitCode, 2);
}

void TestCliListen::noDbKeepsNothing()
{
    CliRunner cli;
    Listener listener = listen(cli, {u"--no-db"_s, u"--ndjson"_s});
    QVERIFY(listener.port);
    RawHttpClient client;
    QVERIFY(client.connectTo(listener.port));
    client.send(signedPost(fixture(u"aaa/follow.json"_s)));
    QCOMPARE(client.readResponse().status, 200);
    client.send(signedPost(fixture(u"aaa/follow.json"_s)));
    QCOMPARE(client.readResponse().status, 200);
    QByteArray out;
    for (int i = 0; i < 50 && out.count('\n') < 2; ++i) {
        listener.process->waitForReadyRead(100);
        out += listener.process->readAllStandardOutput();
    }
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    // Deduplicated within the run even without a file.
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(u"duplicate_kind"_s).toString(),
             u"redelivery"_s);
    listener.process->kill();
    listener.process->waitForFinished();
    QVERIFY(!QFile::exists(dbPath()));
    QVERIFY(QDir(cli.dataDir()).entryList(QDir::Files | QDir::NoDotAndDotDot).isEmpty());
}

void TestCliListen::exportWritesRecordsAtomically()
{
    CliRunner cli;
    {
        Listener listener = listen(cli, {u"--db"_s, dbPath()});
        QVERIFY(listener.port);
        RawHttpClient client;
        QVERIFY(client.connectTo(listener.port));
        client.send(signedPost(fixture(u"aaa/favorite_events.json"_s)));
        QCOMPARE(client.readResponse().status, 200);
        ::kill(pid_t(listener.process->processId()), SIGTERM);
        QVERIFY(listener.process->waitForFinished(10000));
        QCOMPARE(listener.process->exitCode(), 0);
    }
    const QString out = m_dir->filePath(u"events.ndjson"_s);
    const CliRun toFile = cli.run({u"export"_s, u"--db"_s, dbPath(), u"--format"_s, u"ndjson"_s,
                                   u"--out"_s, out, u"--with-delivery"_s});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject record = QJsonDocument::fromJson(file.readAll().trimmed()).object();
    QCOMPARE(record.value(u"action"_s).toString(), u"favorite"_s);
    QCOMPARE(record.value(u"delivery"_s).toObject().value(u"body"_s).toString().toUtf8(),
             fixture(u"aaa/favorite_events.json"_s));

    // --filter speaks the event table's language; a mistake says where.
    const CliRun liked = cli.run({u"export"_s, u"--db"_s, dbPath(), u"--filter"_s,
                                  u"action == favorite and sig == valid"_s});
    QCOMPARE(liked.exitCode, 0);
    QCOMPARE(liked.out.trimmed().count('\n'), 0);
    QVERIFY(liked.out.contains("\"action\":\"favorite\""));
    const CliRun none
        = cli.run({u"export"_s, u"--db"_s, dbPath(), u"--filter"_s, u"type == follow_events"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY(none.errText().contains(u"Exported 0 records"_s));
    const CliRun typo = cli.run(
        {u"export"_s, u"--db"_s, dbPath(), u"--filter"_s, u"type == follow_events and"_s});
    QCOMPARE(typo.exitCode, 2);
    QVERIFY2(typo.errText().contains(u"column 26"_s), qPrintable(typo.errText()));

    // An output that cannot be written is an error with the path, not a partial file.
    const QString unwritable = m_dir->filePath(u"no-such-dir/events.ndjson"_s);
    const CliRun denied = cli.run({u"export"_s, u"--db"_s, dbPath(), u"--out"_s, unwritable});
    QCOMPARE(denied.exitCode, 1);
    QVERIFY(denied.errText().contains(unwritable));
    QVERIFY(!QFile::exists(unwritable));

    const CliRun missing = cli.run({u"export"_s, u"--db"_s, m_dir->filePath(u"none.db"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.errText().contains(u"There is no capture store"_s));
    const CliRun badFormat = cli.run({u"export"_s, u"--format"_s, u"xml"_s});
    QCOMPARE(badFormat.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliListen)
void TestCliListen::pathBindAndUnsignedOptions()
{
    CliRunner cli;
    Listener listener = listen(cli,
                               {u"--no-db"_s, u"--ndjson"_s, u"--path"_s, u"/hooks/x-1"_s,
                                u"--bind"_s, u"127.0.0.1"_s, u"--accept-invalid-signatures"_s});
    QVERIFY2(listener.port, listener.err.constData());
    const QByteArray address
        = "Listening on http://127.0.0.1:" + QByteArray::number(listener.port) + "/hooks/x-1";
    QVERIFY2(listener.err.contains(address), listener.err.constData());
    QVERIFY(!listener.err.contains("warning")); // loopback: nothing to warn about

    RawHttpClient client;
    QVERIFY(client.connectTo(listener.port));
    client.send(RawHttpClient::get("/hooks/x-1?crc_token=abc"));
    QCOMPARE(client.readResponse().status, 200);
    client.send(RawHttpClient::post("/webhook", fixture(u"aaa/follow.json"_s)));
    QCOMPARE(client.readResponse().status, 404); // only the configured path
    // Unsigned, yet accepted as the option asks, and still flagged in the record.
    client.send(RawHttpClient::post("/hooks/x-1", fixture(u"aaa/follow.json"_s)));
    QCOMPARE(client.readResponse().status, 200);
    QByteArray out;
    for (int i = 0; i < 50 && !out.contains('\n'); ++i) {
        listener.process->waitForReadyRead(100);
        out += listener.process->readAllStandardOutput();
    }
    const QJsonObject record = QJsonDocument::fromJson(out.trimmed().split('\n').first()).object();
    QCOMPARE(record.value(u"signature"_s).toString(), u"missing"_s);
    QCOMPARE(record.value(u"type"_s).toString(), u"follow_events"_s);
    listener.process->kill();
    listener.process->waitForFinished();

    // Any other address is reachable from elsewhere: listen says so.
    CliRunner wide;
    Listener open = listen(wide, {u"--no-db"_s, u"--bind"_s, u"0.0.0.0"_s});
    QVERIFY2(open.port, open.err.constData());
    open.drain();
    QVERIFY2(open.err.contains("reachable from other machines"), open.err.constData());
    open.process->kill();
    open.process->waitForFinished();
}

#include "tst_cli_listen.moc"
