// The Sandbox's X surface, driven by the product's own ApiClient (v2 and v1.1): every webhook and
// subscription endpoint answers with X's bodies and status codes, registration runs a real CRC
// check with X's failure messages, and X's URL rules hold.
#include "SandboxFixture.h"
#include "receiver/WebhookCrypto.h"
#include "sandbox/WebhookRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

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

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
