// aaconsole-cli when things go wrong, as a user or a script meets it: X's errors explained with
// exit code 1, usage errors (2) and missing credentials (3) caught before anything is sent,
// network failures (4), and no secret on screen or on disk even at --log-level debug.
#include "CliApiFixture.h"
#include "SilentServer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTcpServer>

using namespace Qt::StringLiterals;

class TestCliApiFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_f.setUp()); }
    void cleanup() { m_f.check(); }

    void xErrorExitsOneWithExplanation();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void badApiBaseExitsTwo();
    void missingCredentialsExitThree();
    void networkErrorsExitFour();
    void noSecretOnScreenOrDisk();

private:
    CliRun run(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return m_f.run(args, stdinData);
    }
    static QJsonObject oneJsonDocument(const CliRun &r)
    {
        return CliApiFixture::oneJsonDocument(r);
    }

    CliApiFixture m_f;
};

void TestCliApiFailures::xErrorExitsOneWithExplanation()
{
    const FakeReply crc = FakeXApi::v11Error(
        403, 214,
        u"High latency on CRC GET request. Your webhook should respond in less than 3 seconds."_s);
    m_f.x->failNext(u"^POST "_s, crc);
    const CliRun human
        = run({u"--api"_s, u"v1.1"_s, u"webhooks"_s, u"register"_s, u"https://example.com/slow"_s});
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.out.isEmpty());
    QVERIFY2(human.errText().contains(u"longer than 3 seconds to answer X's CRC check"_s),
             human.err.constData());
    QVERIFY(human.errText().contains(u"HTTP 403, code 214: High latency on CRC GET request."_s));

    m_f.x->failNext(u"^POST "_s,
                    FakeXApi::v2Error(400, u"CrcValidationFailed"_s, u"Invalid response_token"_s));
    const CliRun json
        = run({u"--json"_s, u"webhooks"_s, u"register"_s, u"https://example.com/crc"_s});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject error = oneJsonDocument(json).value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"CrcValidationFailed"_s);
    QCOMPARE(error.value(u"http_status"_s).toInt(), 400);
    QVERIFY(error.value(u"message"_s).toString().contains(u"did not get a correct answer"_s));
    QVERIFY(error.value(u"detail"_s)
                .toString()
                .contains(u"CrcValidationFailed: Invalid response_token"_s));
}

void TestCliApiFailures::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList {u"webhooks"_s} << u"missing action"_s;
    QTest::newRow("unknown action")
        << QStringList {u"webhooks"_s, u"frob"_s} << u"unknown action 'frob'"_s;
    QTest::newRow("missing URL") << QStringList {u"webhooks"_s, u"register"_s} << u"missing URL"_s;
    QTest::newRow("non-numeric id") << QStringList {u"webhooks"_s, u"validate"_s, u"abc"_s}
                                    << u"WEBHOOK_ID must be a numeric id"_s;
    QTest::newRow("URL with port")
        << QStringList {u"webhooks"_s, u"register"_s, u"https://example.com:8443/x"_s}
        << u"must not contain a port (:8443)"_s;
    QTest::newRow("URL too long") << QStringList {u"webhooks"_s, u"register"_s,
                                                  u"https://example.com/"_s + QString(200, u'a')}
                                  << u"X accepts at most 200"_s;
    QTest::newRow("no --webhook") << QStringList {u"subscriptions"_s, u"add"_s}
                                  << u"needs --webhook ID"_s;
    QTest::newRow("no USER_ID") << QStringList {u"subscriptions"_s, u"remove"_s, u"--webhook"_s,
                                                u"1"_s}
                                << u"missing USER_ID"_s;
    QTest::newRow("replay without --to")
        << QStringList {u"replay"_s, u"--webhook"_s, u"1"_s, u"--from"_s, u"202501010000"_s}
        << u"missing --to"_s;
    QTest::newRow("bad date") << QStringList {u"replay"_s,      u"--webhook"_s, u"1"_s,
                                              u"--from"_s,      u"yesterday"_s, u"--to"_s,
                                              u"202501010000"_s}
                              << u"--from 'yesterday' is not a date"_s;
    QTest::newRow("bad timeout") << QStringList {u"whoami"_s, u"--timeout"_s, u"-1"_s}
                                 << u"--timeout must be"_s;
    QTest::newRow("bad --last") << QStringList {u"log"_s, u"--last"_s, u"0"_s}
                                << u"--last must be"_s;
    QTest::newRow("bad --api") << QStringList {u"--api"_s, u"v3"_s, u"whoami"_s}
                               << u"--api must be v2 or v1.1"_s;
}

void TestCliApiFailures::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(m_f.x->requests().isEmpty());
}

void TestCliApiFailures::badApiBaseExitsTwo()
{
    const CliRun r = m_f.cli->run({u"--api-base"_s, u"ftp://x"_s, u"whoami"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(u"--api-base must be an http(s) URL"_s), r.err.constData());
}

void TestCliApiFailures::missingCredentialsExitThree()
{
    m_f.cli->unsetEnv(u"X_BEARER_TOKEN"_s);
    const CliRun r = run({u"webhooks"_s, u"list"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().contains(u"Set X_BEARER_TOKEN."_s), r.err.constData());
    const CliRun json = run({u"--json"_s, u"webhooks"_s, u"list"_s});
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(oneJsonDocument(json).value(u"error"_s)[u"code"].toString(), u"missing-credentials"_s);
    m_f.cli->unsetEnv(u"X_ACCESS_TOKEN"_s);
    QCOMPARE(run({u"whoami"_s}).exitCode, 3);
    QVERIFY(m_f.x->requests().isEmpty());
}

void TestCliApiFailures::networkErrorsExitFour()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString refusedBase = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    const CliRun refused = m_f.cli->run({u"--api-base"_s, refusedBase, u"--json"_s, u"whoami"_s});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(oneJsonDocument(refused).value(u"error"_s)[u"code"].toString(), u"refused"_s);

    SilentServer silent;
    QVERIFY(silent.start());
    QElapsedTimer clock;
    clock.start();
    const CliRun timedOut
        = m_f.cli->runServing({u"--api-base"_s, silent.baseUrl().toString(), u"webhooks"_s,
                               u"list"_s, u"--timeout"_s, u"0.5"_s});
    QCOMPARE(timedOut.exitCode, 4);
    QVERIFY2(timedOut.errText().contains(u"did not answer within 0.5 s"_s),
             timedOut.err.constData());
    QVERIFY(clock.elapsed() < 10000);
}

void TestCliApiFailures::noSecretOnScreenOrDisk()
{
    const QString hook = m_f.x->api().addWebhook(u"https://example.com/h"_s);
    const QList<QStringList> commands {
        {u"webhooks"_s, u"list"_s},
        {u"--api"_s, u"v1.1"_s, u"webhooks"_s, u"validate"_s, hook},
        {u"subscriptions"_s, u"add"_s, u"--webhook"_s, hook},
        {u"subscriptions"_s, u"count"_s},
        {u"whoami"_s},
        {u"signin"_s},
        {u"log"_s},
        {u"log"_s, u"--curl"_s, u"2"_s},
        {u"log"_s, u"--curl"_s, u"6"_s},
    };
    for (const QStringList &args : commands) {
        const CliRun r
            = run(args + QStringList {u"--log-level"_s, u"debug"_s}, FakeX::Pin.toUtf8());
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + r.errText()));
        for (const QString &secret : FakeX::allSecrets()) {
            QVERIFY2(!r.outText().contains(secret),
                     qPrintable(args.join(u' ') + u" stdout: "_s + secret));
            QVERIFY2(!r.errText().contains(secret),
                     qPrintable(args.join(u' ') + u" stderr: "_s + secret));
        }
    }
    // The debug log did show the OAuth base string, with the key and token masked.
    const CliRun debug = run({u"whoami"_s, u"--log-level"_s, u"debug"_s});
    QVERIFY2(debug.errText().contains(u"OAuth 1.0a base string"_s), debug.err.constData());

    // Every file the CLI wrote (capture store, WAL, settings) is free of secrets.
    int files = 0;
    for (QDirIterator it(m_f.cli->dataDir(), QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QString &secret : FakeX::allSecrets())
            QVERIFY2(!bytes.contains(secret.toUtf8()),
                     qPrintable(file.fileName() + u": "_s + secret));
    }
    QVERIFY(files >= 1);
}

QTEST_GUILESS_MAIN(TestCliApiFailures)
#include "tst_cli_api_failures.moc"
