// aaconsole-cli's X API commands end to end: the real binary against the fake X, as a user or a
// script meets them: output, --json documents, exit codes 0-4, the call log, and no secret
// anywhere on screen or on disk.
#include "CliRunner.h"
#include "FakeXApi.h"
#include "FakeXCredentials.h"
#include "FakeXServer.h"
#include "SilentServer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString minutesAgo(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(u"yyyyMMddHHmm"_s);
}

} // namespace

class TestCliApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void webhooks_data();
    void webhooks();
    void subscriptions_data();
    void subscriptions();
    void replay_data();
    void replay();
    void whoami();
    void signin();
    void signinFailures();
    void log();
    void xErrorExitsOneWithExplanation();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void missingCredentialsExitThree();
    void networkErrorsExitFour();
    void noSecretOnScreenOrDisk();

private:
    CliRun run(const QStringList &args, const QByteArray &stdinData = {});
    static QJsonObject oneJsonDocument(const CliRun &r);
    void addFlavours();

    std::unique_ptr<FakeXServer> m_x;
    std::unique_ptr<CliRunner> m_cli;
};

void TestCliApi::init()
{
    m_x = std::make_unique<FakeXServer>();
    QVERIFY(m_x->start());
    m_cli = std::make_unique<CliRunner>();
    m_cli->setEnv(u"X_CONSUMER_KEY"_s, FakeX::ConsumerKey);
    m_cli->setEnv(u"X_CONSUMER_SECRET"_s, FakeX::ConsumerSecret);
    m_cli->setEnv(u"X_BEARER_TOKEN"_s, FakeX::BearerToken);
    m_cli->setEnv(u"X_ACCESS_TOKEN"_s, FakeX::AccessToken);
    m_cli->setEnv(u"X_ACCESS_TOKEN_SECRET"_s, FakeX::AccessTokenSecret);
}

void TestCliApi::cleanup()
{
    for (const FakeRequest &r : m_x->requests())
        QVERIFY2(!r.auth.startsWith(u"invalid"_s), qPrintable(r.path + u": "_s + r.auth));
    m_x.reset();
    m_cli.reset();
}

CliRun TestCliApi::run(const QStringList &args, const QByteArray &stdinData)
{
    return m_cli->runServing(QStringList {u"--api-base"_s, m_x->baseUrl().toString()} + args,
                             stdinData);
}

QJsonObject TestCliApi::oneJsonDocument(const CliRun &r)
{
    // Exactly one compact document and its newline: nothing else on stdout.
    [&] { QVERIFY2(r.out.endsWith('\n') && r.out.count('\n') == 1, r.out.constData()); }();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    [&] {
        QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), r.out.constData());
    }();
    return doc.object();
}

void TestCliApi::addFlavours()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("v2") << u"v2"_s;
    QTest::newRow("v1.1") << u"v1.1"_s;
}

void TestCliApi::webhooks_data()
{
    addFlavours();
}

void TestCliApi::webhooks()
{
    QFETCH(QString, api);
    const QString url = u"https://example.com/webhooks/x"_s;
    const CliRun registered = run({u"--api"_s, api, u"webhooks"_s, u"register"_s, url});
    QCOMPARE(registered.exitCode, 0);
    const QString id = m_x->api().webhookIds().value(0);
    QCOMPARE(registered.outText(), u"Registered webhook %1 for %2 (valid).\n"_s.arg(id, url));
    QVERIFY(registered.err.isEmpty());

    const CliRun listed = run({u"--api"_s, api, u"--json"_s, u"webhooks"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray webhooks = oneJsonDocument(listed).value(u"webhooks"_s).toArray();
    QCOMPARE(webhooks.size(), 1);
    QCOMPARE(webhooks.first()[u"id"].toString(), id);
    QCOMPARE(webhooks.first()[u"url"].toString(), url);
    QCOMPARE(webhooks.first()[u"valid"].toBool(), true);

    const CliRun human = run({u"--api"_s, api, u"webhooks"_s, u"list"_s});
    QVERIFY(human.outText().startsWith(id));
    QVERIFY(human.outText().contains(url));

    const CliRun validated = run({u"--api"_s, api, u"webhooks"_s, u"validate"_s, id});
    QCOMPARE(validated.exitCode, 0);
    QCOMPARE(validated.outText(), u"Webhook %1 passed the CRC check and is valid.\n"_s.arg(id));
    QCOMPARE(m_x->last().method, QByteArray("PUT"));

    const CliRun deleted = run({u"--api"_s, api, u"--json"_s, u"webhooks"_s, u"delete"_s, id});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(oneJsonDocument(deleted), (QJsonObject {{u"webhook_id"_s, id}, {u"deleted"_s, true}}));
    QVERIFY(m_x->api().webhookIds().isEmpty());

    const CliRun empty = run({u"--api"_s, api, u"webhooks"_s, u"list"_s});
    QCOMPARE(empty.outText(), u"No webhooks are registered for this app.\n"_s);
}

void TestCliApi::subscriptions_data()
{
    addFlavours();
}

void TestCliApi::subscriptions()
{
    QFETCH(QString, api);
    const QString hook = m_x->api().addWebhook(u"https://example.com/h"_s);
    const QStringList base {u"--api"_s, api, u"--json"_s, u"subscriptions"_s};
    const QStringList webhook {u"--webhook"_s, hook};

    const CliRun added = run(base + QStringList {u"add"_s} + webhook);
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(oneJsonDocument(added).value(u"subscribed"_s).toBool(), true);
    QCOMPARE(m_x->api().subscribers(hook), QStringList {FakeX::OwnerId});

    const CliRun checked = run(base + QStringList {u"check"_s} + webhook);
    QCOMPARE(oneJsonDocument(checked).value(u"subscribed"_s).toBool(), true);

    const CliRun listed = run(base + QStringList {u"list"_s} + webhook);
    const QJsonObject list = oneJsonDocument(listed);
    QCOMPARE(list.value(u"webhook_id"_s).toString(), hook);
    QCOMPARE(list.value(u"subscriptions"_s).toArray().first()[u"user_id"].toString(),
             FakeX::OwnerId);

    const CliRun counted = run(base + QStringList {u"count"_s});
    QCOMPARE(oneJsonDocument(counted).value(u"subscriptions_count_all"_s).toInt(), 1);
    QCOMPARE(oneJsonDocument(counted).value(u"provisioned_count"_s).toInt(), 50);

    const CliRun removed = run(
        {u"--api"_s, api, u"subscriptions"_s, u"remove"_s, u"--webhook"_s, hook, FakeX::OwnerId});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.outText(),
             u"Removed the subscription of user %1 from webhook %2.\n"_s.arg(FakeX::OwnerId, hook));

    const CliRun gone
        = run({u"--api"_s, api, u"subscriptions"_s, u"check"_s, u"--webhook"_s, hook});
    QCOMPARE(gone.exitCode, 0);
    QVERIFY(gone.outText().contains(u"is not subscribed to webhook"_s));
}

void TestCliApi::replay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("path");
    QTest::newRow("v2") << QStringList {} << u"/2/webhooks/replay"_s;
    QTest::newRow("v2 account activity")
        << QStringList {u"--account-activity"_s}
        << u"/2/account_activity/replay/webhooks/%1/subscriptions/all"_s;
    QTest::newRow("v1.1") << QStringList {u"--api"_s, u"v1.1"_s}
                          << u"/1.1/account_activity/replay/webhooks/%1/subscriptions/all.json"_s;
}

void TestCliApi::replay()
{
    QFETCH(QStringList, args);
    QFETCH(QString, path);
    const QString hook = m_x->api().addWebhook(u"https://example.com/h"_s);
    const CliRun r = run(args
                         + QStringList {u"--json"_s, u"replay"_s, u"--webhook"_s, hook, u"--from"_s,
                                        minutesAgo(120), u"--to"_s, minutesAgo(60)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject job = oneJsonDocument(r);
    QCOMPARE(job.value(u"job_id"_s).toString(), u"1915510368169844736"_s);
    QCOMPARE(job.value(u"webhook_id"_s).toString(), hook);
    QCOMPARE(m_x->last().path, path.contains(u"%1"_s) ? path.arg(hook) : path);

    // A window X would refuse never reaches X.
    m_x->clearRequests();
    const CliRun late = run(args
                            + QStringList {u"replay"_s, u"--webhook"_s, hook, u"--from"_s,
                                           minutesAgo(60), u"--to"_s, minutesAgo(120)});
    QCOMPARE(late.exitCode, 2);
    QVERIFY2(late.errText().contains(u"must be before --to"_s), late.err.constData());
    QVERIFY(m_x->requests().isEmpty());
}

void TestCliApi::whoami()
{
    const CliRun human = run({u"whoami"_s});
    QCOMPARE(human.exitCode, 0);
    QCOMPARE(human.outText(), u"@XDevelopers (2244994945) Developers\n"_s);
    const CliRun json = run({u"--api"_s, u"v1.1"_s, u"--json"_s, u"whoami"_s});
    QCOMPARE(oneJsonDocument(json),
             (QJsonObject {{u"id"_s, FakeX::OwnerId},
                           {u"username"_s, FakeX::OwnerScreenName},
                           {u"name"_s, u"Developers"_s}}));
}

void TestCliApi::signin()
{
    const QString authorize
        = m_x->baseUrl().toString() + u"/oauth/authorize?oauth_token="_s + FakeX::RequestToken;
    const CliRun human = run({u"signin"_s}, FakeX::Pin.toUtf8() + '\n');
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.outText().contains(authorize), human.out.constData());
    QVERIFY(human.outText().contains(u"Signed in as @xapi (6253282)."_s));
    QVERIFY(!human.outText().contains(FakeX::PinUserToken));
    QVERIFY(!human.outText().contains(FakeX::PinUserSecret));

    const CliRun json = run({u"--json"_s, u"signin"_s}, FakeX::Pin.toUtf8() + '\n');
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(oneJsonDocument(json),
             (QJsonObject {{u"user_id"_s, FakeX::PinUserId}, {u"screen_name"_s, u"xapi"_s}}));
    QVERIFY(json.errText().contains(authorize)); // the prompt went to stderr

    const CliRun shown = run({u"--json"_s, u"signin"_s, u"--show-secrets"_s}, FakeX::Pin.toUtf8());
    const QJsonObject withTokens = oneJsonDocument(shown);
    QCOMPARE(withTokens.value(u"access_token"_s).toString(), FakeX::PinUserToken);
    QCOMPARE(withTokens.value(u"access_token_secret"_s).toString(), FakeX::PinUserSecret);
}

void TestCliApi::signinFailures()
{
    const CliRun wrongPin = run({u"--json"_s, u"signin"_s}, "1111111\n");
    QCOMPARE(wrongPin.exitCode, 1);
    QCOMPARE(oneJsonDocument(wrongPin).value(u"error"_s)[u"http_status"].toInt(), 401);
    const CliRun noPin = run({u"signin"_s});
    QCOMPARE(noPin.exitCode, 2);
    QVERIFY(noPin.errText().contains(u"no PIN given"_s));
}

void TestCliApi::log()
{
    QCOMPARE(run({u"webhooks"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(run({u"whoami"_s}).exitCode, 0);
    const CliRun human = run({u"log"_s});
    QCOMPARE(human.exitCode, 0);
    const QStringList lines = human.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"GET    200"_s) && lines.at(0).contains(u"/2/webhooks"_s),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).contains(u"/2/users/me"_s));
    QVERIFY(lines.at(1).contains(u"rate "_s));

    const CliRun json = run({u"--json"_s, u"log"_s, u"--last"_s, u"1"_s});
    const QJsonArray calls = oneJsonDocument(json).value(u"calls"_s).toArray();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first()[u"operation"].toString(), u"whoami"_s);
    QCOMPARE(calls.first()[u"status"].toInt(), 200);
    const qint64 firstId = calls.first()[u"id"].toInteger() - 1;

    const CliRun curl = run({u"log"_s, u"--curl"_s, QString::number(firstId)});
    QCOMPARE(curl.exitCode, 0);
    QVERIFY2(curl.outText().startsWith(u"curl --request GET \\\n  --url '"_s
                                       + m_x->baseUrl().toString() + u"/2/webhooks' \\\n"_s),
             curl.out.constData());
    QVERIFY(curl.outText().contains(u"--header \"Authorization: Bearer $X_BEARER_TOKEN\""_s));
    QVERIFY(!curl.outText().contains(FakeX::BearerToken));

    const CliRun missing = run({u"log"_s, u"--curl"_s, u"999"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.errText().contains(u"no API call with id 999"_s));
}

void TestCliApi::xErrorExitsOneWithExplanation()
{
    const FakeReply crc = FakeXApi::v11Error(
        403, 214,
        u"High latency on CRC GET request. Your webhook should respond in less than 3 seconds."_s);
    m_x->failNext(u"^POST "_s, crc);
    const CliRun human
        = run({u"--api"_s, u"v1.1"_s, u"webhooks"_s, u"register"_s, u"https://example.com/slow"_s});
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.out.isEmpty());
    QVERIFY2(human.errText().contains(u"longer than 3 seconds to answer X's CRC check"_s),
             human.err.constData());
    QVERIFY(human.errText().contains(u"HTTP 403, code 214: High latency on CRC GET request."_s));

    m_x->failNext(u"^POST "_s,
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

void TestCliApi::usageErrorsExitTwo_data()
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

void TestCliApi::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliRun r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(m_x->requests().isEmpty());

    const CliRun badBase = m_cli->run({u"--api-base"_s, u"ftp://x"_s, u"whoami"_s});
    QCOMPARE(badBase.exitCode, 2);
    QVERIFY(badBase.errText().contains(u"--api-base must be an http(s) URL"_s));
}

void TestCliApi::missingCredentialsExitThree()
{
    m_cli->unsetEnv(u"X_BEARER_TOKEN"_s);
    const CliRun r = run({u"webhooks"_s, u"list"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().contains(u"Set X_BEARER_TOKEN."_s), r.err.constData());
    const CliRun json = run({u"--json"_s, u"webhooks"_s, u"list"_s});
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(oneJsonDocument(json).value(u"error"_s)[u"code"].toString(), u"missing-credentials"_s);
    m_cli->unsetEnv(u"X_ACCESS_TOKEN"_s);
    QCOMPARE(run({u"whoami"_s}).exitCode, 3);
    QVERIFY(m_x->requests().isEmpty());
}

void TestCliApi::networkErrorsExitFour()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString refusedBase = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    const CliRun refused = m_cli->run({u"--api-base"_s, refusedBase, u"--json"_s, u"whoami"_s});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(oneJsonDocument(refused).value(u"error"_s)[u"code"].toString(), u"refused"_s);

    SilentServer silent;
    QVERIFY(silent.start());
    QElapsedTimer clock;
    clock.start();
    const CliRun timedOut = m_cli->runServing({u"--api-base"_s, silent.baseUrl().toString(),
                                               u"webhooks"_s, u"list"_s, u"--timeout"_s, u"0.5"_s});
    QCOMPARE(timedOut.exitCode, 4);
    QVERIFY2(timedOut.errText().contains(u"did not answer within 0.5 s"_s),
             timedOut.err.constData());
    QVERIFY(clock.elapsed() < 10000);
}

void TestCliApi::noSecretOnScreenOrDisk()
{
    const QString hook = m_x->api().addWebhook(u"https://example.com/h"_s);
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
    for (QDirIterator it(m_cli->dataDir(), QDir::Files, QDirIterator::Subdirectories);
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

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cli_api.moc"
