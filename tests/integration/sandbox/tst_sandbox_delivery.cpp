// How the Sandbox delivers: signed over the exact bytes, retried on X's v1.1 schedule (3 s, 27 s,
// 242 s, times the time scale) and then given up, 3 seconds to answer, in order per
// subscription, once per subscribed participant; faults (duplicates, drops, delays); the periodic
// CRC re-check with X's invalidation rules; and replay of the window's deliveries.
#include "SandboxFixture.h"
#include "receiver/WebhookCrypto.h"
#include "sandbox/SandboxWorld.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString Alice = u"1000000002"_s;
const QString OwnerPost = u"1850000000000000001"_s;

QJsonObject like()
{
    return {{u"by"_s, u"@alice"_s}, {u"post"_s, OwnerPost}};
}

QJsonObject dm()
{
    return {{u"from"_s, u"@alice"_s}, {u"to"_s, u"@sandbox_owner"_s}, {u"text"_s, u"hello"_s}};
}

QString topKey(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    for (const QString &key : o.keys()) {
        if (key.endsWith(u"_events"_s) || key == u"user_event" || key == u"replay_job_status")
            return key;
    }
    return {};
}

QJsonArray deliveries(SandboxFixture &f)
{
    const auto log = AWAIT(QJsonObject, f.control.deliveries(100, {}, false, ctx, done));
    return log.value().value(u"deliveries"_s).toArray();
}

QString minute(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMddHHmm"_s);
}

SandboxConfig scaled(double scale)
{
    SandboxConfig c;
    c.timeScale = scale;
    return c;
}

} // namespace

class TestSandboxDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedOverTheExactBytes();
    void retriesOnXsScheduleUnderTheTimeScale();
    void givesUpAfterFourAttempts();
    void staysInOrderPerSubscription();
    void revokeWaitsForTheUsersPendingRetry();
    void slowWebhookTimesOutAfterThreeSeconds();
    void dmReachesEverySubscribedParticipant();
    void everyWebhookSubscribedForTheUserGetsTheEvent();
    void duplicateFaultSendsTheSameBytesTwice();
    void droppedDeliveryComesBackWithReplay();
    void delayFaultHoldsAttemptsBack();
    void recheckMarksAWrongAnswerInvalidAtOnce();
    void transientCrcFailuresKeepTheWebhookValid();
    void redirectOnRecheckInvalidatesAtOnce();
    void transientFailuresInvalidateAfterTheGracePeriod();
    void replayRedeliversTheWindowThenTheStatus();
};

void TestSandboxDelivery::signedOverTheExactBytes()
{
    SandboxFixture f;
    QVERIFY(f.start());
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.receiver->waitForPosts(1));
    const auto post = f.receiver->posts().first();
    QCOMPARE(WebhookCrypto::verify(f.app.consumerSecret.toUtf8(), post.signature, post.body),
             WebhookCrypto::SignatureVerdict::Valid);
    QCOMPARE(topKey(post.body), u"favorite_events"_s);
    // Delivered once the Sandbox has read the 200, a moment after the webhook sent it.
    QTRY_COMPARE(deliveries(f).first().toObject().value(u"state"_s).toString(), u"delivered"_s);
    const auto log = deliveries(f);
    QCOMPARE(log.size(), 1);
    const QJsonObject entry = log.first().toObject();
    QCOMPARE(entry.value(u"for_user_id"_s).toString(), f.app.ownerId);
    QCOMPARE(entry.value(u"attempts"_s).toArray().first().toObject().value(u"status"_s).toInt(),
             200);
}

void TestSandboxDelivery::retriesOnXsScheduleUnderTheTimeScale()
{
    SandboxFixture f;
    QVERIFY(f.start(scaled(0.01))); // waits of 30 ms, 270 ms, 2420 ms
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    f.receiver->answerPostsWith({500, 500});
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.receiver->waitForPosts(3));
    QTest::qWait(300);
    const auto posts = f.receiver->posts();
    QCOMPARE(posts.size(), 3); // the third attempt was answered 200: no fourth
    QCOMPARE(posts.at(1).body, posts.at(0).body);
    QCOMPARE(posts.at(2).body, posts.at(0).body);
    QCOMPARE(posts.at(2).signature, posts.at(0).signature);
    const qint64 firstWait = posts.at(1).atMs - posts.at(0).atMs;
    const qint64 secondWait = posts.at(2).atMs - posts.at(1).atMs;
    QVERIFY2(firstWait >= 28 && firstWait < 1000, qPrintable(QString::number(firstWait)));
    QVERIFY2(secondWait >= 265 && secondWait < 1500, qPrintable(QString::number(secondWait)));

    const QJsonObject entry = deliveries(f).first().toObject();
    QCOMPARE(entry.value(u"state"_s).toString(), u"delivered"_s);
    QList<int> statuses;
    for (const QJsonValue a : entry.value(u"attempts"_s).toArray())
        statuses << a.toObject().value(u"status"_s).toInt();
    QCOMPARE(statuses, (QList<int> {500, 500, 200}));
}

void TestSandboxDelivery::givesUpAfterFourAttempts()
{
    SandboxFixture f;
    QVERIFY(f.start(scaled(0.001)));
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    f.receiver->answerPostsWith({503, 503, 503, 503, 503, 503});
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.receiver->waitForPosts(4));
    QTest::qWait(600);
    QCOMPARE(f.receiver->posts().size(), 4); // the first attempt and three retries
    const QJsonObject entry = deliveries(f).first().toObject();
    QCOMPARE(entry.value(u"state"_s).toString(), u"failed"_s);
    QCOMPARE(entry.value(u"attempts"_s).toArray().size(), 4);
}

void TestSandboxDelivery::staysInOrderPerSubscription()
{
    SandboxFixture f;
    QVERIFY(f.start(scaled(0.01)));
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    f.receiver->answerPostsWith({500});
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.act(u"dm"_s, dm()).ok());
    QVERIFY(f.receiver->waitForPosts(3));
    QStringList order;
    for (const auto &post : f.receiver->posts())
        order << topKey(post.body);
    // The DM waits until the like, retried, got its 200.
    QCOMPARE(
        order,
        (QStringList {u"favorite_events"_s, u"favorite_events"_s, u"direct_message_events"_s}));
}

void TestSandboxDelivery::revokeWaitsForTheUsersPendingRetry()
{
    // user_event carries no for_user_id, yet it is the owner's event and keeps the owner's order.
    SandboxFixture f;
    QVERIFY(f.start(scaled(0.01)));
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    f.receiver->answerPostsWith({500});
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.act(u"revoke"_s, {{u"by"_s, u"@sandbox_owner"_s}}).ok());
    QVERIFY(f.receiver->waitForPosts(3));
    QStringList order;
    for (const auto &post : f.receiver->posts())
        order << topKey(post.body);
    QCOMPARE(order, (QStringList {u"favorite_events"_s, u"favorite_events"_s, u"user_event"_s}));
}

void TestSandboxDelivery::slowWebhookTimesOutAfterThreeSeconds()
{
    SandboxFixture f;
    QVERIFY(f.start(scaled(0.001)));
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    f.receiver->delayPostsBy({3400});
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.receiver->waitForPosts(2, 10000));
    QTRY_COMPARE(deliveries(f).first().toObject().value(u"state"_s).toString(), u"delivered"_s);
    const QJsonArray attempts = deliveries(f).first().toObject().value(u"attempts"_s).toArray();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).toObject().value(u"error"_s).toString(), u"timeout"_s);
    QCOMPARE(attempts.at(0).toObject().value(u"status"_s).toInt(), 0);
    const qint64 latency = attempts.at(0).toObject().value(u"latency_ms"_s).toInteger();
    QVERIFY2(latency >= 2900 && latency < 3400, qPrintable(QString::number(latency)));
    QCOMPARE(attempts.at(1).toObject().value(u"status"_s).toInt(), 200);
}

void TestSandboxDelivery::dmReachesEverySubscribedParticipant()
{
    SandboxFixture f;
    QVERIFY(f.start());
    const UserToken alice {SandboxWorld::tokenFor(Alice), SandboxWorld::tokenSecretFor(Alice)};
    QVERIFY(!f.registerAndSubscribe({UserToken(), alice}).isEmpty());
    const auto sent = f.act(u"dm"_s, dm());
    QVERIFY(sent.ok());
    QCOMPARE(sent.value().value(u"deliveries"_s).toArray().size(), 2);
    QVERIFY(f.receiver->waitForPosts(2));
    QSet<QString> forUsers;
    QSet<QString> messageIds;
    for (const auto &post : f.receiver->posts()) {
        const QJsonObject o = QJsonDocument::fromJson(post.body).object();
        forUsers.insert(o.value(u"for_user_id"_s).toString());
        messageIds.insert(o.value(u"direct_message_events"_s)
                              .toArray()
                              .first()
                              .toObject()
                              .value(u"id"_s)
                              .toString());
    }
    QCOMPARE(forUsers, (QSet<QString> {f.app.ownerId, Alice}));
    QCOMPARE(messageIds.size(), 1); // the same DM, once per subscribed participant
}

void TestSandboxDelivery::everyWebhookSubscribedForTheUserGetsTheEvent()
{
    SandboxFixture f;
    QVERIFY(f.start());
    const QString first = f.registerAndSubscribe();
    QVERIFY(!first.isEmpty());
    // A second webhook of the app (another environment), the owner subscribed there too.
    WebhookReceiver second(f.app.consumerSecret.toUtf8());
    QVERIFY(second.start());
    const auto hook = AWAIT(Webhook, f.client.createWebhook(second.url().toString(), ctx, done));
    QVERIFY(hook.ok());
    QVERIFY(AWAIT(bool, f.client.addSubscription(hook.value().id, ctx, done)).ok());

    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.receiver->waitForPosts(1));
    QVERIFY(second.waitForPosts(1));
    const QByteArray a = f.receiver->posts().first().body;
    const QByteArray b = second.posts().first().body;
    QCOMPARE(topKey(a), u"favorite_events"_s);
    QCOMPARE(a, b); // the same event, the same bytes
    QTest::qWait(200);
    QCOMPARE(f.receiver->posts().size(), 1); // once each, not once per webhook on each
    QCOMPARE(second.posts().size(), 1);
}

void TestSandboxDelivery::duplicateFaultSendsTheSameBytesTwice()
{
    SandboxFixture f;
    QVERIFY(f.start());
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    QVERIFY(AWAIT(QJsonObject, f.control.setFaults({{u"duplicate_next"_s, 1}}, ctx, done)).ok());
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.receiver->waitForPosts(2));
    QVERIFY(f.act(u"dm"_s, dm()).ok()); // the fault was for the next one only
    QVERIFY(f.receiver->waitForPosts(3));
    QTest::qWait(100);
    const auto posts = f.receiver->posts();
    QCOMPARE(posts.size(), 3);
    QCOMPARE(posts.at(1).body, posts.at(0).body);
    QCOMPARE(posts.at(1).signature, posts.at(0).signature);
    const QJsonArray log = deliveries(f);
    QCOMPARE(log.at(1).toObject().value(u"duplicate_of"_s).toInteger(),
             log.at(0).toObject().value(u"id"_s).toInteger());
}

void TestSandboxDelivery::droppedDeliveryComesBackWithReplay()
{
    SandboxFixture f;
    QVERIFY(f.start());
    const QString webhook = f.registerAndSubscribe();
    QVERIFY(AWAIT(QJsonObject, f.control.setFaults({{u"drop_next"_s, 1}}, ctx, done)).ok());
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QTRY_COMPARE(deliveries(f).first().toObject().value(u"state"_s).toString(), u"dropped"_s);
    QTest::qWait(200);
    QVERIFY(f.receiver->posts().isEmpty());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto job = AWAIT(
        ReplayJob, f.client.replay(webhook, minute(now.addSecs(-60)), minute(now), ctx, done));
    QVERIFY2(job.ok(), qPrintable(job.ok() ? QString() : job.error().message));
    QVERIFY(f.receiver->waitForPosts(2));
    QCOMPARE(topKey(f.receiver->posts().at(0).body), u"favorite_events"_s);
    QCOMPARE(topKey(f.receiver->posts().at(1).body), u"replay_job_status"_s);
}

void TestSandboxDelivery::delayFaultHoldsAttemptsBack()
{
    SandboxFixture f;
    QVERIFY(f.start());
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    QVERIFY(AWAIT(QJsonObject, f.control.setFaults({{u"delay_ms"_s, 400}}, ctx, done)).ok());
    QElapsedTimer clock;
    clock.start();
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.receiver->waitForPosts(1));
    QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
    const auto cleared = AWAIT(QJsonObject, f.control.setFaults({{u"delay_ms"_s, 0}}, ctx, done));
    QCOMPARE(cleared.value().value(u"delay_ms"_s).toInt(), 0);
}

void TestSandboxDelivery::recheckMarksAWrongAnswerInvalidAtOnce()
{
    SandboxFixture f;
    SandboxConfig config;
    config.recheckIntervalMs = 150;
    QVERIFY(f.start(config));
    const QString id = f.registerAndSubscribe();
    f.receiver->setCrcSecret("a-rotated-secret");
    QTRY_VERIFY_WITH_TIMEOUT(
        !AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).value().first().valid, 5000);
    // "Invalid webhooks stop receiving events until they pass again."
    const auto liked = f.act(u"favorite"_s, like());
    QVERIFY(liked.ok());
    QVERIFY(liked.value().value(u"deliveries"_s).toArray().isEmpty());

    f.receiver->setCrcSecret(f.app.consumerSecret.toUtf8());
    const auto validated = AWAIT(WebhookValidation, f.client.validateWebhook(id, ctx, done));
    QCOMPARE(validated.value().valid, std::optional<bool>(true));
    QVERIFY(f.act(u"dm"_s, dm()).ok());
    QVERIFY(f.receiver->waitForPosts(1));
}

void TestSandboxDelivery::transientCrcFailuresKeepTheWebhookValid()
{
    SandboxFixture f;
    SandboxConfig config;
    config.recheckIntervalMs = 100;
    QVERIFY(f.start(config));
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    f.receiver->setCrcStatus(503);
    QTRY_VERIFY_WITH_TIMEOUT(f.receiver->crcChecks().size() >= 4, 5000);
    // A 5xx is transient: only 28 hours without a passed check make it invalid.
    QVERIFY(AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).value().first().valid);
}

void TestSandboxDelivery::redirectOnRecheckInvalidatesAtOnce()
{
    SandboxFixture f;
    SandboxConfig config;
    config.recheckIntervalMs = 150;
    QVERIFY(f.start(config));
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    f.receiver->setCrcStatus(302); // X does not follow redirects: a wrong answer, not a hiccup
    QTRY_VERIFY_WITH_TIMEOUT(
        !AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).value().first().valid, 5000);
}

void TestSandboxDelivery::transientFailuresInvalidateAfterTheGracePeriod()
{
    // 28 hours without a passed check, shrunk by the time scale to about 5 s.
    SandboxFixture f;
    SandboxConfig config;
    config.timeScale = 5e-5;
    config.recheckIntervalMs = 4'000'000; // 200 ms scaled
    QVERIFY(f.start(config));
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    f.receiver->setCrcStatus(503);
    QTRY_VERIFY_WITH_TIMEOUT(f.receiver->crcChecks().size() >= 3, 5000);
    QVERIFY(AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).value().first().valid);
    QTRY_VERIFY_WITH_TIMEOUT(
        !AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).value().first().valid, 20000);
}

void TestSandboxDelivery::replayRedeliversTheWindowThenTheStatus()
{
    SandboxFixture f;
    QVERIFY(f.start());
    const QString webhook = f.registerAndSubscribe();
    QVERIFY(f.act(u"favorite"_s, like()).ok());
    QVERIFY(f.act(u"dm"_s, dm()).ok());
    QVERIFY(f.receiver->waitForPosts(2));
    const auto original = f.receiver->posts();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto job = AWAIT(
        ReplayJob, f.client.replay(webhook, minute(now.addSecs(-60)), minute(now), ctx, done));
    QVERIFY(job.ok());
    QVERIFY(f.receiver->waitForPosts(5));
    const auto posts = f.receiver->posts();
    QCOMPARE(posts.at(2).body, original.at(0).body); // the same bytes, oldest first
    QCOMPARE(posts.at(3).body, original.at(1).body);
    QCOMPARE(posts.at(3).signature, original.at(1).signature);
    const QJsonObject status = QJsonDocument::fromJson(posts.at(4).body)
                                   .object()
                                   .value(u"replay_job_status"_s)
                                   .toObject();
    QCOMPARE(status.value(u"job_state"_s).toString(), u"Complete"_s);
    QCOMPARE(status.value(u"job_id"_s).toString(), job.value().jobId);
    QCOMPARE(status.value(u"webhook_id"_s).toString(), webhook);
    // A replay CRC-checks the webhook before delivering.
    QCOMPARE(f.receiver->crcChecks().size(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxDelivery)
#include "tst_sandbox_delivery.moc"
