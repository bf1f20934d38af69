// The Sandbox's events end to end (separate processes: `sandbox serve`, `listen`, the CLI): every
// activity kind arrives as X's payload with the right type, action and for_user_id; duplicates
// and fan-outs are flagged by the capture store's dedupe; replay re-delivers; state survives a
// restart.
#include "SandboxProcesses.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace SandboxE2E;

class TestCliSandboxEvents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyActivityKindArrivesAsX();
    void duplicatesAreFlaggedByTheStoresDedupe();
    void replayRedelivers();
    void stateSurvivesARestart();
};

void TestCliSandboxEvents::everyActivityKindArrivesAsX()
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

void TestCliSandboxEvents::duplicatesAreFlaggedByTheStoresDedupe()
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

void TestCliSandboxEvents::replayRedelivers()
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

void TestCliSandboxEvents::stateSurvivesARestart()
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

QTEST_GUILESS_MAIN(TestCliSandboxEvents)
#include "tst_cli_sandbox_events.moc"
