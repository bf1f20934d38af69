// The Sandbox as a service: replay windows checked with X's rules and error codes, X's rate limits
// with their headers, state saved at stop and loaded at start, and a busy port reported as such.
#include "SandboxFixture.h"
#include "receiver/WebhookCrypto.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

QString minute(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMddHHmm"_s);
}

} // namespace

class TestSandboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replayParametersAreCheckedLikeX();
    void stateIsSavedAndLoaded();
    void credentialsAreOverriddenByTheStateFile();
    void busyPortIsAConfigError();
    void rateLimitsAreXs();
};

void TestSandboxService::replayParametersAreCheckedLikeX()
{
    SandboxFixture f;
    QVERIFY(f.start());
    const QString id = f.registerAndSubscribe();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto send = [&f](const ApiRequest &request) {
        return AWAIT(ApiResponse, f.client.send(request, ctx, done));
    };
    using Endpoints::replay;
    // v1.1: from no more recent than 31 minutes, and a webhook that exists
    auto r = send(replay(ApiFlavour::V11, id, minute(now.addSecs(-600)), minute(now)));
    QCOMPARE(r.error().code, u"368"_s);
    r = send(replay(ApiFlavour::V11, id, u"2025"_s, minute(now)));
    QCOMPARE(r.error().code, u"358"_s);
    r = send(replay(ApiFlavour::V11, id, minute(now.addSecs(-7200)), minute(now.addSecs(-7200))));
    QCOMPARE(r.error().code, u"356"_s);
    r = send(
        replay(ApiFlavour::V11, u"77"_s, minute(now.addSecs(-7200)), minute(now.addSecs(-3600))));
    QCOMPARE(r.error().code, u"34"_s);
    r = send(replay(ApiFlavour::V11, id, minute(now.addSecs(-7200)), minute(now.addSecs(-3600))));
    QVERIFY(r.ok());
    QCOMPARE(r.value().status, 202);
    // v2: within the last 24 hours
    r = send(replay(ApiFlavour::V2, id, minute(now.addDays(-2)), minute(now)));
    QCOMPARE(r.error().code, u"QueryParamInvalid"_s);
    QTRY_VERIFY(!f.receiver->posts().isEmpty()); // the v1.1 job's replay_job_status
    r = send(replay(ApiFlavour::V2, id, minute(now.addSecs(-60)), minute(now)));
    QVERIFY(r.ok());
    const QJsonObject job
        = QJsonDocument::fromJson(r.value().body).object().value(u"data"_s).toObject();
    QVERIFY(!job.value(u"job_id"_s).toString().isEmpty());
    r = send(replay(ApiFlavour::V2, id, minute(now.addSecs(-60)), minute(now),
                    Endpoints::ReplayPath::AccountActivity));
    QVERIFY(r.ok() || r.error().code == u"ReplayConflictError"_s);
}

void TestSandboxService::stateIsSavedAndLoaded()
{
    QTemporaryDir dir;
    SandboxConfig config;
    config.statePath = dir.filePath(u"sandbox.json"_s);
    QString webhookId;
    QString postId;
    {
        SandboxFixture f;
        QVERIFY(f.start(config));
        webhookId = f.registerAndSubscribe();
        const auto posted = f.act(u"post"_s, {{u"by"_s, u"@carol"_s}, {u"text"_s, u"kept"_s}});
        QVERIFY(posted.ok());
        postId = posted.value().value(u"post_id"_s).toString();
        QVERIFY(f.act(u"block"_s, {{u"by"_s, u"@carol"_s}, {u"target"_s, u"@bob"_s}}).ok());
        QVERIFY(
            f.act(u"favorite"_s, {{u"by"_s, u"@alice"_s}, {u"post"_s, u"1850000000000000001"_s}})
                .ok());
        QVERIFY(f.receiver->waitForPosts(1));
        // Delivered once the Sandbox has read the 200, a moment after the webhook sent it.
        QTRY_COMPARE(AWAIT(QJsonObject, f.control.deliveries(1, {}, false, ctx, done))
                         .value()
                         .value(u"deliveries"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"state"_s)
                         .toString(),
                     u"delivered"_s);
        QVERIFY(f.sandbox.stop().ok());
    }
    QVERIFY(QFile::exists(config.statePath));

    SandboxFixture f;
    QVERIFY(f.start(config));
    const auto webhooks = AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done));
    QCOMPARE(webhooks.value().size(), 1);
    QCOMPARE(webhooks.value().first().id, webhookId);
    QVERIFY(AWAIT(bool, f.client.checkSubscription(webhookId, ctx, done)).value());
    const auto users = AWAIT(QJsonObject, f.control.users(false, ctx, done));
    QVERIFY(QJsonDocument(users.value()).toJson().contains(postId.toUtf8()));
    // The block survived: blocking again is refused as already done.
    const auto again = f.act(u"block"_s, {{u"by"_s, u"@carol"_s}, {u"target"_s, u"@bob"_s}});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, u"already-done"_s);
    // So is the delivery log, which replay works from.
    const auto log = AWAIT(QJsonObject, f.control.deliveries(10, {}, true, ctx, done));
    const QJsonArray deliveries = log.value().value(u"deliveries"_s).toArray();
    QCOMPARE(deliveries.size(), 1);
    QCOMPARE(deliveries.first().toObject().value(u"type"_s).toString(), u"favorite_events"_s);
    QCOMPARE(deliveries.first().toObject().value(u"state"_s).toString(), u"delivered"_s);

    // A file that is not a state file is refused, not overwritten.
    QFile other(dir.filePath(u"other.json"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("{\"hello\":1}");
    other.close();
    Sandbox refused;
    SandboxConfig bad;
    bad.port = 0;
    bad.statePath = other.fileName();
    const auto started = refused.start(bad);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, ErrorKind::Config);
}

void TestSandboxService::credentialsAreOverriddenByTheStateFile()
{
    QTemporaryDir dir;
    SandboxConfig config;
    config.statePath = dir.filePath(u"sandbox.json"_s);
    {
        SandboxFixture f;
        QVERIFY(f.start(config));
        QVERIFY(f.sandbox.stop().ok());
    }
    // A developer gives the app credentials of their own, in the state file's app section.
    QFile file(config.statePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject app = state.value(u"app"_s).toObject();
    app.insert(u"consumer_secret"_s, u"my-own-consumer-secret-1234567890"_s);
    app.insert(u"access_token"_s, u"1000000001-my-own-access-token"_s);
    state.insert(u"app"_s, app);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(state).toJson());
    file.close();

    SandboxFixture f;
    QVERIFY(f.start(config));
    QCOMPARE(f.app.consumerSecret, u"my-own-consumer-secret-1234567890"_s);
    // The new pair works (registration's CRC is signed with the new secret, as the receiver
    // expects), the well-known one no longer does.
    QVERIFY(!f.registerAndSubscribe().isEmpty());
    QVERIFY(
        f.act(u"favorite"_s, {{u"by"_s, u"@alice"_s}, {u"post"_s, u"1850000000000000001"_s}}).ok());
    QVERIFY(f.receiver->waitForPosts(1));
    const WebhookReceiver::Request post = f.receiver->posts().first();
    QCOMPARE(post.signature,
             WebhookCrypto::signature("my-own-consumer-secret-1234567890", post.body));
    f.client.setCredentials(SandboxApp::defaults().credentials());
    const auto refused = AWAIT(XUser, f.client.whoami(ctx, done));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 401);
}

void TestSandboxService::busyPortIsAConfigError()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    Sandbox sandbox;
    SandboxConfig config;
    config.port = busy.serverPort();
    const auto started = sandbox.start(config);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, ErrorKind::Config);
    QVERIFY2(started.error().message.contains(u"--port 0"_s), qPrintable(started.error().message));
}

void TestSandboxService::rateLimitsAreXs()
{
    SandboxFixture f;
    QVERIFY(f.start({}, ApiFlavour::V11));
    RateLimit last;
    QObject::connect(&f.client, &ApiClient::callFinished, &f.client,
                     [&last](const ApiCallRecord &call) { last = call.rateLimit; });
    // v1.1 subscriptions/count: 15 requests per 15 minutes.
    for (int i = 1; i <= 15; ++i) {
        QVERIFY(AWAIT(SubscriptionCount, f.client.subscriptionCount(ctx, done)).ok());
        QCOMPARE(last.limit, 15);
        QCOMPARE(last.remaining, 15 - i);
    }
    QVERIFY(last.reset > QDateTime::currentDateTimeUtc().addSecs(14 * 60));
    const auto refused = AWAIT(SubscriptionCount, f.client.subscriptionCount(ctx, done));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().httpStatus, 429);
    QCOMPARE(refused.error().code, u"88"_s);
    QVERIFY2(refused.error().message.contains(u"resets at"_s), qPrintable(refused.error().message));
    // Another endpoint has its own window.
    QVERIFY(AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).ok());
    QCOMPARE(last.remaining, 14);
}

QTEST_GUILESS_MAIN(TestSandboxService)
#include "tst_sandbox_service.moc"
