// The Sandbox end to end, every part a separate process as a user runs them: `sandbox serve`,
// `listen`, and the CLI's API and `sandbox` commands. Registration runs a CRC check against the
// responder and fails with X's error when the responder has another secret; an activity reaches
// the responder, signed, within a second; a responder that answers 500 gets X's retries;
// `sandbox guide` runs the whole guide; mistakes exit with the contract's codes.
#include "SandboxProcesses.h"
#include "WebhookReceiver.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace SandboxE2E;

class TestCliSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servePrintsItsBaseUrlAndFiveCredentials();
    void registerSubscribeActAndTheRecordArrivesWithinOneSecond();
    void responderWithTheWrongSecretFailsRegistration_data();
    void responderWithTheWrongSecretFailsRegistration();
    void responderThatAnswers500TwiceGetsTheRetry();
    void guidePrintsEachStepAndTheRecord();
    void mistakesAndAMissingSandbox();
    void everyApiCommandWorksAgainstTheSandbox();
};

void TestCliSandbox::servePrintsItsBaseUrlAndFiveCredentials()
{
    CliRunner runner;
    ServeProcess serve;
    QVERIFY2(serve.start(runner), serve.err.constData());
    QStringList names;
    for (const QString &line : std::as_const(serve.lines))
        names << line.section(u'=', 0, 0);
    QCOMPARE(names,
             (QStringList {u"base_url"_s, u"consumer_key"_s, u"consumer_secret"_s,
                           u"bearer_token"_s, u"access_token"_s, u"access_token_secret"_s}));
    QVERIFY(serve.base().startsWith(u"http://127.0.0.1:"_s));
    QCOMPARE(serve.printed.value(u"consumer_key"_s), QLatin1String(SandboxDefaults::ConsumerKey));
    QCOMPARE(serve.printed.value(u"consumer_secret"_s),
             QLatin1String(SandboxDefaults::ConsumerSecret));
    QCOMPARE(serve.printed.value(u"bearer_token"_s), QLatin1String(SandboxDefaults::BearerToken));
    QCOMPARE(serve.printed.value(u"access_token"_s), QLatin1String(SandboxDefaults::AccessToken));
    QCOMPARE(serve.printed.value(u"access_token_secret"_s),
             QLatin1String(SandboxDefaults::AccessTokenSecret));
    QCOMPARE(serve.stop(), 0);
    QVERIFY2(serve.err.contains("Stopped"), serve.err.constData());
}

void TestCliSandbox::registerSubscribeActAndTheRecordArrivesWithinOneSecond()
{
    CliRunner runner;
    ServeProcess serve;
    ListenProcess listen;
    const QString webhook = setUp(runner, serve, listen);
    QVERIFY2(!webhook.isEmpty(), serve.err.constData());
    // The responder saw X's signed CRC check.
    QVERIFY2(listen.waitForDiagnostic("nonce signature valid"), listen.err.constData());

    const CliRun acted = cli(runner, serve,
                             {u"--json"_s, u"sandbox"_s, u"act"_s, u"favorite"_s, u"--by"_s,
                              u"@alice"_s, u"--post"_s, OwnerPost});
    QElapsedTimer sinceAct;
    sinceAct.start();
    QCOMPARE(acted.exitCode, 0);
    const QJsonObject did = QJsonDocument::fromJson(acted.out).object();
    QCOMPARE(did.value(u"action"_s).toString(), u"favorite"_s);
    QCOMPARE(did.value(u"deliveries"_s).toArray().size(), 1);

    const auto records = listen.waitForRecords(1, 1000);
    QVERIFY2(records.size() == 1, listen.err.constData());
    QVERIFY2(sinceAct.elapsed() <= 1000, qPrintable(QString::number(sinceAct.elapsed())));
    const QJsonObject record = records.first();
    QCOMPARE(record.value(u"signature"_s).toString(), u"valid"_s);
    QCOMPARE(shape(record), u"favorite_events|favorite|"_s + Owner);
    QCOMPARE(record.value(u"actor_id"_s).toString(), Alice);
    QCOMPARE(record.value(u"event_id"_s).toString(), did.value(u"event_id"_s).toString());
    listen.stop();
    QCOMPARE(serve.stop(), 0);
}

void TestCliSandbox::responderWithTheWrongSecretFailsRegistration_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("words");
    QTest::newRow("v1.1") << u"v1.1"_s
                          << u"code 214: Webhook URL does not meet the requirements. Invalid CRC "
                             "token or json response format."_s;
    QTest::newRow("v2") << u"v2"_s << u"CrcValidationFailed"_s;
}

void TestCliSandbox::responderWithTheWrongSecretFailsRegistration()
{
    QFETCH(QString, api);
    QFETCH(QString, words);
    CliRunner runner;
    ServeProcess serve;
    QVERIFY(serve.start(runner));
    serve.exportCredentials(runner);
    ListenProcess listen;
    QVERIFY(listen.start(runner, u"a-secret-of-another-app"_s));
    serve.exportCredentials(runner); // listen's start replaced X_CONSUMER_SECRET
    const CliRun registered
        = cli(runner, serve, {u"--api"_s, api, u"webhooks"_s, u"register"_s, listen.url});
    QCOMPARE(registered.exitCode, 1);
    // The console's explanation, then X's words.
    QVERIFY2(registered.errText().contains(u"consumer secret"_s), registered.err.constData());
    QVERIFY2(registered.errText().contains(words), registered.err.constData());
    QVERIFY2(cli(runner, serve, {u"webhooks"_s, u"list"_s}).outText().contains(u"No webhooks"_s),
             "nothing was registered");
    listen.stop();
    serve.stop();
}

void TestCliSandbox::responderThatAnswers500TwiceGetsTheRetry()
{
    CliRunner runner;
    ServeProcess serve;
    QVERIFY(serve.start(runner, {u"--time-scale"_s, u"0.01"_s}));
    serve.exportCredentials(runner);
    WebhookReceiver receiver(serve.printed.value(u"consumer_secret"_s).toUtf8());
    QVERIFY(receiver.start());
    const QStringList base {u"--api-base"_s, serve.base()};
    // The receiver lives in this process: keep the event loop turning while the CLI runs.
    const CliRun registered = runner.runServing(
        base + QStringList {u"--json"_s, u"webhooks"_s, u"register"_s, receiver.url().toString()});
    QCOMPARE(registered.exitCode, 0);
    const QString id = QJsonDocument::fromJson(registered.out)
                           .object()
                           .value(u"webhook"_s)
                           .toObject()
                           .value(u"id"_s)
                           .toString();
    QCOMPARE(
        runner.runServing(base + QStringList {u"subscriptions"_s, u"add"_s, u"--webhook"_s, id})
            .exitCode,
        0);
    receiver.answerPostsWith({500, 500});
    QCOMPARE(runner
                 .runServing(base
                             + QStringList {u"sandbox"_s, u"act"_s, u"favorite"_s, u"--by"_s,
                                            u"@bob"_s, u"--post"_s, OwnerPost})
                 .exitCode,
             0);
    QVERIFY(receiver.waitForPosts(3, 5000));
    const auto posts = receiver.posts();
    QCOMPARE(posts.at(2).body, posts.at(0).body);
    QCOMPARE(posts.at(2).answered, 200);
    QVERIFY(posts.at(2).atMs - posts.at(1).atMs >= 265); // 27 s × 0.01
    // Delivered once the Sandbox has read the 200, a moment after the webhook sent it.
    QJsonObject entry;
    for (int i = 0; i < 50 && entry.value(u"state"_s).toString() != u"delivered"; ++i) {
        const CliRun log
            = runner.runServing(base + QStringList {u"--json"_s, u"sandbox"_s, u"deliveries"_s});
        entry = QJsonDocument::fromJson(log.out)
                    .object()
                    .value(u"deliveries"_s)
                    .toArray()
                    .first()
                    .toObject();
    }
    QCOMPARE(entry.value(u"attempts"_s).toArray().size(), 3);
    QCOMPARE(entry.value(u"state"_s).toString(), u"delivered"_s);
    serve.stop();
    QVERIFY2(serve.err.contains("attempt 3"), serve.err.constData()); // serve logs each attempt
}

void TestCliSandbox::guidePrintsEachStepAndTheRecord()
{
    CliRunner runner; // no X_* variables at all
    const CliRun guide = runner.run({u"sandbox"_s, u"guide"_s});
    QVERIFY2(guide.exitCode == 0, qPrintable(guide.outText() + guide.errText()));
    const QString out = guide.outText();
    for (int step = 1; step <= 6; ++step)
        QVERIFY2(out.contains(u"[%1/6]"_s.arg(step)), qPrintable(out));
    QVERIFY2(out.contains(u"CRC check"_s), qPrintable(out));
    QVERIFY2(out.contains(u"favorite_events/favorite, signature valid"_s), qPrintable(out));
    QVERIFY2(out.contains(u"\"type\":\"favorite_events\""_s), qPrintable(out));
    QVERIFY2(out.contains(u"Done"_s), qPrintable(out));

    // --json: the record alone on stdout, the steps on stderr.
    const CliRun json = runner.run({u"--json"_s, u"sandbox"_s, u"guide"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject record = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(record.value(u"signature"_s).toString(), u"valid"_s);
    QCOMPARE(record.value(u"for_user_id"_s).toString(), Owner);
    QVERIFY(json.errText().contains(u"[6/6]"_s));
}

void TestCliSandbox::mistakesAndAMissingSandbox()
{
    CliRunner runner;
    // Nothing listens on port 1: exit 4, and the hint to start the Sandbox.
    CliRun r = runner.run({u"--api-base"_s, u"http://127.0.0.1:1"_s, u"sandbox"_s, u"users"_s});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.errText().contains(u"sandbox serve"_s), r.err.constData());
    r = runner.run({u"sandbox"_s, u"act"_s, u"favorite"_s, u"--by"_s, u"@alice"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(u"--post"_s), r.err.constData());
    r = runner.run({u"sandbox"_s, u"users"_s, u"--text"_s, u"x"_s});
    QCOMPARE(r.exitCode, 2);
    r = runner.run({u"sandbox"_s, u"act"_s, u"wave"_s, u"--by"_s, u"@alice"_s});
    QCOMPARE(r.exitCode, 2);
    r = runner.run({u"sandbox"_s});
    QCOMPARE(r.exitCode, 2);

    ServeProcess serve;
    QVERIFY(serve.start(runner));
    r = cli(
        runner, serve,
        {u"sandbox"_s, u"act"_s, u"follow"_s, u"--by"_s, u"@nobody"_s, u"--target"_s, u"@alice"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(u"@nobody"_s) && r.errText().contains(u"sandbox users"_s),
             r.err.constData());
    r = cli(runner, serve,
            {u"--json"_s, u"sandbox"_s, u"act"_s, u"delete"_s, u"--by"_s, u"@alice"_s, u"--post"_s,
             OwnerPost});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"code"_s)
                 .toString(),
             u"not-author"_s);
    QCOMPARE(serve.stop(), 0);
}

QTEST_GUILESS_MAIN(TestCliSandbox)
void TestCliSandbox::everyApiCommandWorksAgainstTheSandbox()
{
    // The rest of the guide's commands, through the real binary against the emulator.
    CliRunner runner;
    ServeProcess serve;
    ListenProcess listen;
    const QString webhook = setUp(runner, serve, listen);
    QVERIFY2(!webhook.isEmpty(), serve.err.constData());
    const auto json = [&](const QStringList &args) {
        const CliRun r = cli(runner, serve, QStringList {u"--json"_s} + args);
        [&] { QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + r.errText())); }();
        return QJsonDocument::fromJson(r.out).object();
    };

    QCOMPARE(json({u"whoami"_s}).value(u"id"_s).toString(), Owner);
    const QString users = cli(runner, serve, {u"sandbox"_s, u"users"_s}).outText();
    QVERIFY2(users.contains(u"@sandbox_owner"_s) && users.contains(u"@alice"_s)
                 && users.contains(OwnerPost),
             qPrintable(users));
    QVERIFY(json({u"webhooks"_s, u"validate"_s, webhook}).value(u"valid"_s).toBool());
    QVERIFY(json({u"subscriptions"_s, u"check"_s, u"--webhook"_s, webhook})
                .value(u"subscribed"_s)
                .toBool());
    QCOMPARE(json({u"subscriptions"_s, u"count"_s}).value(u"subscriptions_count_all"_s).toInt(), 1);
    json({u"subscriptions"_s, u"remove"_s, u"--webhook"_s, webhook, Owner});
    QVERIFY(!json({u"subscriptions"_s, u"check"_s, u"--webhook"_s, webhook})
                 .value(u"subscribed"_s)
                 .toBool());
    json({u"webhooks"_s, u"delete"_s, webhook});
    QVERIFY(cli(runner, serve, {u"webhooks"_s, u"list"_s}).outText().contains(u"No webhooks"_s));

    // Each of those calls is in the log, the Sandbox's ids and all.
    const QString log = cli(runner, serve, {u"log"_s, u"--last"_s, u"20"_s}).outText();
    const QStringList paths = {u"/2/users/me"_s, u"/2/webhooks/"_s + webhook,
                               u"/2/account_activity/subscriptions/count"_s};
    for (const QString &path : paths)
        QVERIFY2(log.contains(path), qPrintable(path + u"\n"_s + log));
    listen.stop();
    QCOMPARE(serve.stop(), 0);
}

#include "tst_cli_sandbox.moc"
