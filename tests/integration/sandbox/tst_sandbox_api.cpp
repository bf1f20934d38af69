// The Sandbox's X surface, driven by the product's own ApiClient (v2 and v1.1): every webhook,
// subscription and replay endpoint answers with X's bodies and status codes, registration runs a
// real CRC check with X's failure messages, X's URL rules hold, and state survives a restart.
#include "SandboxFixture.h"
#include "receiver/WebhookCrypto.h"
#include "sandbox/WebhookRegistry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

struct Raw
{
    int status = 0;
    QByteArray body;
};

// A request with the app's bearer token, to compare X's exact bytes.
Raw bearer(SandboxFixture &f, const QByteArray &method, const QString &path,
           const QByteArray &body = {})
{
    QNetworkRequest request(QUrl(f.client.baseUrl().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + f.app.bearerToken.toUtf8());
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = f.network.sendCustomRequest(request, method, body);
    for (int i = 0; i < 2000 && !reply->isFinished(); ++i)
        QTest::qWait(5);
    Raw r {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

QString minute(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyyMMddHHmm"_s);
}

} // namespace

class TestSandboxApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhookLifecycle_data();
    void webhookLifecycle();
    void publishedBodiesExactly();
    void unknownIdsAnswerXsErrors_data();
    void unknownIdsAnswerXsErrors();
    void registrationRunsTheCrcCheck_data();
    void registrationRunsTheCrcCheck();
    void slowCrcAnswerIsHighLatency();
    void urlRules_data();
    void urlRules();
    void replayParametersAreCheckedLikeX();
    void stateIsSavedAndLoaded();
    void busyPortIsAConfigError();
    void rateLimitsAreXs();
};

void TestSandboxApi::webhookLifecycle_data()
{
    QTest::addColumn<ApiFlavour>("flavour");
    QTest::newRow("v2") << ApiFlavour::V2;
    QTest::newRow("v1.1") << ApiFlavour::V11;
}

void TestSandboxApi::webhookLifecycle()
{
    QFETCH(ApiFlavour, flavour);
    SandboxFixture f;
    QVERIFY(f.start({}, flavour));
    const QString url = f.receiver->url().toString();

    const auto created = AWAIT(Webhook, f.client.createWebhook(url, ctx, done));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().detail));
    QCOMPARE(created.value().url, url);
    QVERIFY(created.value().valid);
    QVERIFY(QRegularExpression(u"^[0-9]{1,19}$"_s).match(created.value().id).hasMatch());
    QCOMPARE(f.receiver->crcChecks().size(), 1); // X checked the URL before registering it
    const QString id = created.value().id;

    const auto listed = AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().id, id);

    const auto validated = AWAIT(WebhookValidation, f.client.validateWebhook(id, ctx, done));
    QVERIFY(validated.ok());
    QCOMPARE(validated.value().valid, std::optional<bool>(true));
    QCOMPARE(f.receiver->crcChecks().size(), 2);

    QCOMPARE(AWAIT(bool, f.client.addSubscription(id, ctx, done)).value(), true);
    QCOMPARE(AWAIT(bool, f.client.checkSubscription(id, ctx, done)).value(), true);
    const auto list = AWAIT(SubscriptionList, f.client.listSubscriptions(id, ctx, done));
    QVERIFY(list.ok());
    QCOMPARE(list.value().userIds, QStringList {f.app.ownerId});
    QCOMPARE(list.value().webhookUrl, url);
    QCOMPARE(list.value().applicationId, f.app.appId);
    const auto count = AWAIT(SubscriptionCount, f.client.subscriptionCount(ctx, done));
    QVERIFY(count.ok());
    QCOMPARE(count.value().subscriptionsCountAll, 1);
    QCOMPARE(count.value().provisionedCount, WebhookRegistry::ProvisionedSubscriptions);

    QVERIFY(AWAIT(bool, f.client.removeSubscription(id, f.app.ownerId, ctx, done)).value());
    QCOMPARE(AWAIT(bool, f.client.checkSubscription(id, ctx, done)).value(), false);
    QVERIFY(AWAIT(bool, f.client.deleteWebhook(id, ctx, done)).value());
    QVERIFY(AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).value().isEmpty());

    const auto me = AWAIT(XUser, f.client.whoami(ctx, done));
    QVERIFY(me.ok());
    QCOMPARE(me.value().id, f.app.ownerId);
    QCOMPARE(me.value().username, f.app.ownerScreenName);
}

void TestSandboxApi::publishedBodiesExactly()
{
    const QByteArray emptyList = R"({"data":[],"meta":{"result_count":0}})";
    const QByteArray count = R"({"account_name":"Sandbox","provisioned_count":"50",)"
                             R"("subscriptions_count_all":"0",)"
                             R"("subscriptions_count_direct_messages":"0"})";
    const QByteArray invalidId
        = R"({"detail":"One or more parameters to your request was invalid.",)"
          R"("errors":[{"message":"WebhookIdInvalid: 123"}],"title":"Invalid Request",)"
          R"("type":"https://api.twitter.com/2/problems/invalid-request"})";
    const QByteArray noWebhook = R"({"errors":[{"code":34,"message":"Webhook does not exist or )"
                                 R"(is associated with a different X application."}]})";
    const QByteArray noPage
        = R"({"errors":[{"code":34,"message":"Sorry, that page does not exist."}]})";

    SandboxFixture f;
    QVERIFY(f.start());
    Raw r = bearer(f, "GET", u"/2/webhooks"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, emptyList);
    r = bearer(f, "GET", u"/1.1/account_activity/webhooks.json"_s);
    QCOMPARE(r.body, QByteArray("[]"));
    r = bearer(f, "GET", u"/1.1/account_activity/subscriptions/count.json"_s);
    QCOMPARE(r.body, count);
    r = bearer(f, "DELETE", u"/2/webhooks/123"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, invalidId);
    r = bearer(f, "GET", u"/1.1/account_activity/webhooks/123/subscriptions/all/list.json"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, noWebhook);
    r = bearer(f, "GET", u"/1.1/nothing/here.json"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, noPage);

    // A registered webhook in both shapes: v2 wraps it in data, v1.1 created_at has no ms.
    const QString id = f.registerAndSubscribe();
    QVERIFY(!id.isEmpty());
    const QJsonObject v2 = QJsonDocument::fromJson(bearer(f, "GET", u"/2/webhooks"_s).body)
                               .object()
                               .value(u"data"_s)
                               .toArray()
                               .first()
                               .toObject();
    QCOMPARE(v2.keys(), (QStringList {u"created_at"_s, u"id"_s, u"url"_s, u"valid"_s}));
    QVERIFY(v2.value(u"created_at"_s).toString().endsWith(u"Z"_s));
    QCOMPARE(v2.value(u"created_at"_s).toString().size(), 24); // 2025-01-15T12:00:00.000Z
    const QJsonObject v11
        = QJsonDocument::fromJson(bearer(f, "GET", u"/1.1/account_activity/webhooks.json"_s).body)
              .array()
              .first()
              .toObject();
    QCOMPARE(v11.value(u"created_at"_s).toString().size(), 20); // 2016-06-02T23:54:02Z
    r = bearer(f, "GET", u"/2/account_activity/webhooks/"_s + id + u"/subscriptions/all/list"_s);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"data"_s).toObject().value(
                 u"subscriptions"_s),
             QJsonValue(QJsonArray {QJsonObject {{u"user_id"_s, f.app.ownerId}}}));
}

void TestSandboxApi::unknownIdsAnswerXsErrors_data()
{
    QTest::addColumn<ApiFlavour>("flavour");
    QTest::addColumn<QString>("code");
    QTest::newRow("v2") << ApiFlavour::V2 << u"WebhookIdInvalid"_s;
    QTest::newRow("v1.1") << ApiFlavour::V11 << u"34"_s;
}

void TestSandboxApi::unknownIdsAnswerXsErrors()
{
    QFETCH(ApiFlavour, flavour);
    QFETCH(QString, code);
    SandboxFixture f;
    QVERIFY(f.start({}, flavour));
    const auto validated = AWAIT(WebhookValidation, f.client.validateWebhook(u"42"_s, ctx, done));
    QVERIFY(!validated.ok());
    QCOMPARE(validated.error().code, code);
    QVERIFY2(validated.error().message.contains(u"webhooks list"_s),
             qPrintable(validated.error().message)); // the console's explanation
    QCOMPARE(AWAIT(bool, f.client.addSubscription(u"42"_s, ctx, done)).error().code, code);
    QCOMPARE(AWAIT(SubscriptionList, f.client.listSubscriptions(u"42"_s, ctx, done)).error().code,
             code);

    const QString id = f.registerAndSubscribe();
    const auto removed = AWAIT(bool, f.client.removeSubscription(id, u"99999"_s, ctx, done));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, flavour == ApiFlavour::V2 ? u"SubscriptionNotFound"_s : u"34"_s);
    if (flavour == ApiFlavour::V2) {
        const auto again = AWAIT(bool, f.client.addSubscription(id, ctx, done));
        QCOMPARE(again.error().code, u"DuplicateSubscriptionFailed"_s);
    } else { // v1.1 documents no error for it
        QVERIFY(AWAIT(bool, f.client.addSubscription(id, ctx, done)).ok());
    }
}

void TestSandboxApi::registrationRunsTheCrcCheck_data()
{
    QTest::addColumn<ApiFlavour>("flavour");
    QTest::addColumn<QByteArray>("crcSecret");
    QTest::addColumn<int>("crcStatus");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("explanation");

    QTest::newRow("v1.1 wrong secret")
        << ApiFlavour::V11 << QByteArray("not-the-secret") << 200
        << u"HTTP 403, code 214: Webhook URL does not meet the requirements. Invalid CRC token or "
           "json response format."_s
        << u"computed with this app's consumer secret"_s;
    QTest::newRow("v1.1 status 500")
        << ApiFlavour::V11 << QByteArray() << 500
        << u"HTTP 403, code 214: Non-200 response code during CRC GET request (i.e. 404, 500, "
           "etc)."_s
        << u"instead of 200"_s;
    QTest::newRow("v2 wrong secret")
        << ApiFlavour::V2 << QByteArray("not-the-secret") << 200 << u"CrcValidationFailed"_s
        << u"did not get a correct answer"_s;
}

void TestSandboxApi::registrationRunsTheCrcCheck()
{
    QFETCH(ApiFlavour, flavour);
    QFETCH(QByteArray, crcSecret);
    QFETCH(int, crcStatus);
    QFETCH(QString, detail);
    QFETCH(QString, explanation);
    SandboxFixture f;
    QVERIFY(f.start({}, flavour));
    if (!crcSecret.isEmpty())
        f.receiver->setCrcSecret(crcSecret);
    f.receiver->setCrcStatus(crcStatus);

    const auto created
        = AWAIT(Webhook, f.client.createWebhook(f.receiver->url().toString(), ctx, done));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().detail.contains(detail), qPrintable(created.error().detail));
    QVERIFY2(created.error().message.contains(explanation), qPrintable(created.error().message));
    QCOMPARE(f.receiver->crcChecks().size(), 1);
    // X signs its CRC GET over "crc_token=…&nonce=…"
    const WebhookReceiver::Request check = f.receiver->crcChecks().first();
    QVERIFY2(check.query.startsWith("crc_token=") && check.query.contains("&nonce="),
             check.query.constData());
    QCOMPARE(check.signature, WebhookCrypto::signature(f.app.consumerSecret.toUtf8(), check.query));
    QVERIFY(AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).value().isEmpty());
}

void TestSandboxApi::slowCrcAnswerIsHighLatency()
{
    SandboxFixture f;
    QVERIFY(f.start({}, ApiFlavour::V11));
    f.receiver->setCrcDelayMs(3300);
    const auto created
        = AWAIT(Webhook, f.client.createWebhook(f.receiver->url().toString(), ctx, done));
    QVERIFY(!created.ok());
    QVERIFY2(created.error().detail.contains(u"High latency on CRC GET request"_s),
             qPrintable(created.error().detail));
    QVERIFY2(created.error().message.contains(u"longer than 3 seconds"_s),
             qPrintable(created.error().message));
}

void TestSandboxApi::urlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("http elsewhere") << u"http://example.com/webhook"_s << u"UrlValidationFailed"_s;
    QTest::newRow("https with a port")
        << u"https://example.com:8443/webhook"_s << u"UrlValidationFailed"_s;
    QTest::newRow("too long") << u"https://example.com/"_s + QString(190, u'a')
                              << u"UrlValidationFailed"_s;
    QTest::newRow("not a URL") << u"webhook"_s << u"UrlValidationFailed"_s;
    QTest::newRow("duplicate") << u"DUPLICATE"_s << u"DuplicateUrlFailed"_s;
}

void TestSandboxApi::urlRules()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    SandboxFixture f;
    QVERIFY(f.start());
    if (url == u"DUPLICATE") {
        QVERIFY(!f.registerAndSubscribe().isEmpty());
        url = f.receiver->url().toString();
    }
    // Sent as is: the client's own pre-send check would stop most of these before X sees them.
    ApiRequest request = Endpoints::createWebhook(ApiFlavour::V2, url);
    const auto sent = AWAIT(ApiResponse, f.client.send(request, ctx, done));
    QVERIFY(!sent.ok());
    QCOMPARE(sent.error().code, reason);
    QCOMPARE(sent.error().httpStatus, 400);
}

void TestSandboxApi::replayParametersAreCheckedLikeX()
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

void TestSandboxApi::stateIsSavedAndLoaded()
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

void TestSandboxApi::busyPortIsAConfigError()
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

void TestSandboxApi::rateLimitsAreXs()
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

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
