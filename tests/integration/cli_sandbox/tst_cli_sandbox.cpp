// The Sandbox end to end, every part a separate process as a user runs them: `sandbox serve`,
// `listen`, and the CLI's API and `sandbox` commands. Registration runs a CRC against the
// responder, subscriptions and activity lead to signed records that the responder verifies, every
// activity kind arrives as X's payload, retries and faults reach the responder and its dedupe,
// replay re-delivers, state survives a restart, and `sandbox guide` runs the whole guide.
#include "SandboxProcesses.h"
#include "WebhookReceiver.h"
#include "sandbox/SandboxDefaults.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QString Owner = QLatin1String(SandboxDefaults::AppOwnerUserId);
const QString Alice = u"1000000002"_s;
const QString OwnerPost = u"1850000000000000001"_s;

QString minute(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMddHHmm"_s);
}

// type|action|for_user_id of a record
QString shape(const QJsonObject &record)
{
    return record.value(u"type"_s).toString() + u'|' + record.value(u"action"_s).toString() + u'|'
        + record.value(u"for_user_id"_s).toString();
}

} // namespace

class TestCliSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servePrintsItsBaseUrlAndFiveCredentials();
    void registerSubscribeActAndTheRecordArrivesWithinOneSecond();
    void responderWithTheWrongSecretFailsRegistration_data();
    void responderWithTheWrongSecretFailsRegistration();
    void everyActivityKindArrivesAsX();
    void responderThatAnswers500TwiceGetsTheRetry();
    void duplicatesAreFlaggedByTheStoresDedupe();
    void replayRedelivers();
    void stateSurvivesARestart();
    void guidePrintsEachStepAndTheRecord();
    void mistakesAndAMissingSandbox();

private:
    //! serve + listen + the webhook registered and the owner subscribed; the webhook id.
    QString setUp(CliRunner &cli, ServeProcess &serve, ListenProcess &listen,
                  const QStringList &serveOptions = {});
    CliRun cli(const CliRunner &runner, const ServeProcess &serve, const QStringList &args)
    {
        return runner.run(QStringList {u"--api-base"_s, serve.base()} + args);
    }
};

QString TestCliSandbox::setUp(CliRunner &runner, ServeProcess &serve, ListenProcess &listen,
                              const QStringList &serveOptions)
{
    if (!serve.start(runner, serveOptions))
        return {};
    serve.exportCredentials(runner);
    if (!listen.start(runner, serve.printed.value(u"consumer_secret"_s)))
        return {};
    const CliRun registered
        = cli(runner, serve, {u"--json"_s, u"webhooks"_s, u"register"_s, listen.url});
    const QString id = QJsonDocument::fromJson(registered.out)
                           .object()
                           .value(u"webhook"_s)
                           .toObject()
                           .value(u"id"_s)
                           .toString();
    if (registered.exitCode != 0 || id.isEmpty()) {
        qWarning() << registered.out << registered.err;
        return {};
    }
    if (cli(runner, serve, {u"subscriptions"_s, u"add"_s, u"--webhook"_s, id}).exitCode != 0)
        return {};
    return id;
}

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

void TestCliSandbox::everyActivityKindArrivesAsX()
{
    CliRunner runner;
    ServeProcess serve;
    ListenProcess listen;
    const QString webhook = setUp(runner, serve, listen);
    QVERIFY(!webhook.isEmpty());
    // Alice subscribes too, with her own token pair.
    const CliRun users
        = cli(runner, serve, {u"--json"_s, u"sandbox"_s, u"users"_s, u"--show-secrets"_s});
    QJsonObject alice;
    for (const QJsonValue u :
         QJsonDocument::fromJson(users.out).object().value(u"users"_s).toArray()) {
        if (u.toObject().value(u"id"_s).toString() == Alice)
            alice = u.toObject();
    }
    runner.setEnv(u"X_ACCESS_TOKEN"_s, alice.value(u"access_token"_s).toString());
    runner.setEnv(u"X_ACCESS_TOKEN_SECRET"_s, alice.value(u"access_token_secret"_s).toString());
    QCOMPARE(cli(runner, serve, {u"subscriptions"_s, u"add"_s, u"--webhook"_s, webhook}).exitCode,
             0);
    serve.exportCredentials(runner);

    // Each action and the records it must produce (type|action|for_user_id), in any order.
    struct Step
    {
        QStringList args;
        QStringList expected;
    };
    const QString A = u"@alice"_s;
    const QString O = u"@sandbox_owner"_s;
    const QList<Step> steps {
        {{u"favorite"_s, u"--by"_s, A, u"--post"_s, OwnerPost},
         {u"favorite_events|favorite|"_s + Alice, u"favorite_events|favorite|"_s + Owner}},
        {{u"follow"_s, u"--by"_s, O, u"--target"_s, u"@carol"_s},
         {u"follow_events|follow|"_s + Owner}},
        {{u"unfollow"_s, u"--by"_s, A, u"--target"_s, O},
         {u"follow_events|unfollow|"_s + Alice, u"follow_events|unfollow|"_s + Owner}},
        {{u"block"_s, u"--by"_s, O, u"--target"_s, u"@bob"_s}, {u"block_events|block|"_s + Owner}},
        {{u"unblock"_s, u"--by"_s, O, u"--target"_s, u"@bob"_s},
         {u"block_events|unblock|"_s + Owner}},
        {{u"mute"_s, u"--by"_s, A, u"--target"_s, O}, {u"mute_events|mute|"_s + Alice}},
        {{u"unmute"_s, u"--by"_s, A, u"--target"_s, O}, {u"mute_events|unmute|"_s + Alice}},
        {{u"post"_s, u"--by"_s, u"@bob"_s, u"--text"_s, u"hello @sandbox_owner"_s},
         {u"tweet_create_events|create|"_s + Owner}},
        {{u"post"_s, u"--by"_s, u"@carol"_s, u"--text"_s, u"agreed"_s, u"--reply-to"_s, OwnerPost},
         {u"tweet_create_events|create|"_s + Owner}},
        {{u"post"_s, u"--by"_s, A, u"--text"_s, u"look"_s, u"--quote"_s, OwnerPost},
         {u"tweet_create_events|create|"_s + Alice, u"tweet_create_events|create|"_s + Owner}},
        {{u"post"_s, u"--by"_s, O, u"--text"_s, u"to be deleted"_s},
         {u"tweet_create_events|create|"_s + Owner}},
        {{u"dm"_s, u"--from"_s, A, u"--to"_s, O, u"--text"_s, u"hi"_s},
         {u"direct_message_events|message|"_s + Alice,
          u"direct_message_events|message|"_s + Owner}},
        {{u"typing"_s, u"--from"_s, O, u"--to"_s, A},
         {u"direct_message_indicate_typing_events|typing|"_s + Owner,
          u"direct_message_indicate_typing_events|typing|"_s + Alice}},
        {{u"read"_s, u"--by"_s, O, u"--from"_s, A},
         {u"direct_message_mark_read_events|read|"_s + Owner,
          u"direct_message_mark_read_events|read|"_s + Alice}},
        {{u"revoke"_s, u"--by"_s, A}, {u"user_event|revoke|"_s}},
    };
    int seen = 0;
    QString ownPost;
    for (const Step &step : steps) {
        const CliRun acted
            = cli(runner, serve, QStringList {u"--json"_s, u"sandbox"_s, u"act"_s} + step.args);
        QVERIFY2(acted.exitCode == 0, qPrintable(step.args.join(u' ') + acted.errText()));
        const QJsonObject did = QJsonDocument::fromJson(acted.out).object();
        if (step.args.contains(u"to be deleted"_s))
            ownPost = did.value(u"post_id"_s).toString();
        const auto records = listen.waitForRecords(seen + int(step.expected.size()));
        QStringList got;
        for (qsizetype i = seen; i < records.size(); ++i) {
            got << shape(records.at(i));
            QCOMPARE(records.at(i).value(u"signature"_s).toString(), u"valid"_s);
        }
        got.sort();
        QStringList expected = step.expected;
        expected.sort();
        QVERIFY2(got == expected,
                 qPrintable(step.args.join(u' ') + u": "_s + got.join(u", "_s) + u" instead of "_s
                            + expected.join(u", "_s)));
        seen = int(records.size());
    }
    // The owner deletes the post made above: a tweet_delete_events for the owner.
    QVERIFY(!ownPost.isEmpty());
    QCOMPARE(cli(runner, serve,
                 {u"sandbox"_s, u"act"_s, u"delete"_s, u"--by"_s, O, u"--post"_s, ownPost})
                 .exitCode,
             0);
    const auto records = listen.waitForRecords(seen + 1);
    QCOMPARE(shape(records.last()), u"tweet_delete_events|delete|"_s + Owner);
    // Alice revoked the app: her subscription is gone.
    const CliRun list
        = cli(runner, serve, {u"--json"_s, u"subscriptions"_s, u"list"_s, u"--webhook"_s, webhook});
    QCOMPARE(QJsonDocument::fromJson(list.out).object().value(u"subscriptions"_s).toArray(),
             (QJsonArray {QJsonObject {{u"user_id"_s, Owner}}}));
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
    const CliRun log
        = runner.runServing(base + QStringList {u"--json"_s, u"sandbox"_s, u"deliveries"_s});
    const QJsonObject entry = QJsonDocument::fromJson(log.out)
                                  .object()
                                  .value(u"deliveries"_s)
                                  .toArray()
                                  .first()
                                  .toObject();
    QCOMPARE(entry.value(u"attempts"_s).toArray().size(), 3);
    QCOMPARE(entry.value(u"state"_s).toString(), u"delivered"_s);
    serve.stop();
    QVERIFY2(serve.err.contains("attempt 3"), serve.err.constData()); // serve logs each attempt
}

void TestCliSandbox::duplicatesAreFlaggedByTheStoresDedupe()
{
    CliRunner runner;
    ServeProcess serve;
    ListenProcess listen;
    const QString webhook = setUp(runner, serve, listen);
    QVERIFY(!webhook.isEmpty());
    const CliRun faults = cli(runner, serve, {u"sandbox"_s, u"faults"_s, u"--duplicate"_s, u"1"_s});
    QCOMPARE(faults.exitCode, 0);
    QVERIFY2(faults.outText().contains(u"duplicate the next 1"_s), faults.out.constData());
    QCOMPARE(
        cli(runner, serve,
            {u"sandbox"_s, u"act"_s, u"favorite"_s, u"--by"_s, u"@alice"_s, u"--post"_s, OwnerPost})
            .exitCode,
        0);
    auto records = listen.waitForRecords(2);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).value(u"duplicate_of"_s).toInteger(),
             records.at(0).value(u"seq"_s).toInteger());
    QCOMPARE(records.at(1).value(u"duplicate_kind"_s).toString(), u"redelivery"_s);

    // A mention of a second subscribed account: one copy per subscribed user, a fan-out.
    const CliRun users
        = cli(runner, serve, {u"--json"_s, u"sandbox"_s, u"users"_s, u"--show-secrets"_s});
    for (const QJsonValue u :
         QJsonDocument::fromJson(users.out).object().value(u"users"_s).toArray()) {
        if (u.toObject().value(u"screen_name"_s).toString() == u"bob") {
            runner.setEnv(u"X_ACCESS_TOKEN"_s, u.toObject().value(u"access_token"_s).toString());
            runner.setEnv(u"X_ACCESS_TOKEN_SECRET"_s,
                          u.toObject().value(u"access_token_secret"_s).toString());
        }
    }
    QCOMPARE(cli(runner, serve, {u"subscriptions"_s, u"add"_s, u"--webhook"_s, webhook}).exitCode,
             0);
    QCOMPARE(cli(runner, serve,
                 {u"sandbox"_s, u"act"_s, u"post"_s, u"--by"_s, u"@carol"_s, u"--text"_s,
                  u"hi @bob and @sandbox_owner"_s})
                 .exitCode,
             0);
    records = listen.waitForRecords(4);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(3).value(u"duplicate_of"_s).toInteger(),
             records.at(2).value(u"seq"_s).toInteger());
    QCOMPARE(records.at(3).value(u"duplicate_kind"_s).toString(), u"fanout"_s);
    listen.stop();
    serve.stop();
}

void TestCliSandbox::replayRedelivers()
{
    CliRunner runner;
    ServeProcess serve;
    ListenProcess listen;
    const QString webhook = setUp(runner, serve, listen);
    QVERIFY(!webhook.isEmpty());
    QCOMPARE(cli(runner, serve,
                 {u"sandbox"_s, u"act"_s, u"dm"_s, u"--from"_s, u"@carol"_s, u"--to"_s,
                  u"@sandbox_owner"_s, u"--text"_s, u"again?"_s})
                 .exitCode,
             0);
    QCOMPARE(listen.waitForRecords(1).size(), 1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const CliRun replay = cli(runner, serve,
                              {u"--json"_s, u"replay"_s, u"--webhook"_s, webhook, u"--from"_s,
                               minute(now.addSecs(-120)), u"--to"_s, minute(now)});
    QVERIFY2(replay.exitCode == 0, replay.err.constData());
    const QString job = QJsonDocument::fromJson(replay.out).object().value(u"job_id"_s).toString();
    const auto records = listen.waitForRecords(3);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).value(u"type"_s).toString(), u"direct_message_events"_s);
    QCOMPARE(records.at(1).value(u"duplicate_kind"_s).toString(), u"redelivery"_s);
    QCOMPARE(shape(records.at(2)), u"replay_job_status|replay_status|"_s);
    QCOMPARE(records.at(2).value(u"event_id"_s).toString(), job);
    QVERIFY(records.at(2).value(u"summary"_s).toString().contains(u"Complete"_s));
    listen.stop();
    serve.stop();
}

void TestCliSandbox::stateSurvivesARestart()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"sandbox-state.json"_s);
    CliRunner runner;
    ServeProcess serve;
    ListenProcess listen;
    const QString webhook = setUp(runner, serve, listen, {u"--state"_s, state});
    QVERIFY(!webhook.isEmpty());
    QCOMPARE(serve.stop(), 0);
    QVERIFY2(serve.err.contains("state saved"), serve.err.constData());

    ServeProcess again;
    QVERIFY(again.start(runner, {u"--state"_s, state}));
    const CliRun list = cli(runner, again, {u"--json"_s, u"webhooks"_s, u"list"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out)
                 .object()
                 .value(u"webhooks"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"id"_s)
                 .toString(),
             webhook);
    const CliRun check = cli(
        runner, again, {u"--json"_s, u"subscriptions"_s, u"check"_s, u"--webhook"_s, webhook});
    QVERIFY(QJsonDocument::fromJson(check.out).object().value(u"subscribed"_s).toBool());
    listen.stop();
    again.stop();
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
#include "tst_cli_sandbox.moc"
