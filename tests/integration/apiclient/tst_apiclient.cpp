// ApiClient against the fake X: every Account Activity endpoint in both flavours, with the
// method, path, parameters and kind of authentication X documents for it, and both published
// response shapes.
#include "ApiFixture.h"
#include "FakeXApi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString OwnerAuth = u"oauth1:"_s + FakeX::AccessToken;

QString utcMinutesAgo(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(u"yyyyMMddHHmm"_s);
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void webhookLifecycle_data();
    void webhookLifecycle();
    void subscriptionLifecycle_data();
    void subscriptionLifecycle();
    void subscribesAnotherUsersToken_data();
    void subscribesAnotherUsersToken();
    void replay_data();
    void replay();
    void whoami_data();
    void whoami();
    void olderV2ShapesAreAccepted();
    void defaultsAreXsV2WithThirtySeconds();
    void rateLimitHeadersAreRecorded();

private:
    void addFlavours();
    std::unique_ptr<FakeXServer> m_x;
};

void TestApiClient::init()
{
    m_x = std::make_unique<FakeXServer>();
    QVERIFY(m_x->start());
}

void TestApiClient::cleanup()
{
    // Every request the client made was signed correctly and with the right kind of auth.
    for (const FakeRequest &r : m_x->requests())
        QVERIFY2(!r.auth.startsWith(u"invalid"_s), qPrintable(r.path + u": "_s + r.auth));
    m_x.reset();
}

void TestApiClient::addFlavours()
{
    QTest::addColumn<ApiFlavour>("flavour");
    QTest::newRow("v2") << ApiFlavour::V2;
    QTest::newRow("v1.1") << ApiFlavour::V11;
}

void TestApiClient::webhookLifecycle_data()
{
    addFlavours();
}

void TestApiClient::webhookLifecycle()
{
    QFETCH(ApiFlavour, flavour);
    const bool v2 = flavour == ApiFlavour::V2;
    ApiFixture f(m_x->baseUrl(), flavour);
    const QString url = u"https://example.com/webhooks/x?a=1&b=c+d"_s;

    const auto created = AWAIT(Webhook, f.client.createWebhook(url, ctx, done));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QCOMPARE(created.value().url, url);
    QVERIFY(created.value().valid);
    const QString id = created.value().id;
    QCOMPARE(m_x->api().webhookIds(), QStringList {id});
    FakeRequest r = m_x->last();
    QCOMPARE(r.method, QByteArray("POST"));
    if (v2) {
        QCOMPARE(r.path, u"/2/webhooks"_s);
        QCOMPARE(r.auth, u"bearer"_s);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"url"_s).toString(), url);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    } else {
        QCOMPARE(r.path, u"/1.1/account_activity/webhooks.json"_s);
        QCOMPARE(r.auth, OwnerAuth); // app owner's user context
        // The URL travels fully percent-encoded, its '+' as %2B (a bare '+' would be a space).
        QCOMPARE(r.rawQuery,
                 QByteArray("url=https%3A%2F%2Fexample.com%2Fwebhooks%2Fx%3Fa%3D1%26b%3Dc%2Bd"));
    }

    const auto listed = AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done));
    QVERIFY(listed.ok());
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().id, id);
    QCOMPARE(m_x->last().auth, u"bearer"_s);

    const auto validated = AWAIT(WebhookValidation, f.client.validateWebhook(id, ctx, done));
    QVERIFY(validated.ok());
    QCOMPARE(validated.value().valid, std::optional<bool>(true));
    QCOMPARE(m_x->last().method, QByteArray("PUT"));
    QCOMPARE(m_x->last().path,
             v2 ? QString(u"/2/webhooks/"_s + id)
                : QString(u"/1.1/account_activity/webhooks/"_s + id + u".json"_s));
    QCOMPARE(m_x->last().auth, v2 ? u"bearer"_s : OwnerAuth);

    const auto deleted = AWAIT(bool, f.client.deleteWebhook(id, ctx, done));
    QVERIFY(deleted.ok());
    QVERIFY(deleted.value());
    QCOMPARE(m_x->last().method, QByteArray("DELETE"));
    QCOMPARE(m_x->last().auth, v2 ? u"bearer"_s : OwnerAuth);
    QVERIFY(m_x->api().webhookIds().isEmpty());

    const auto empty = AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done));
    QVERIFY(empty.ok()); // v2 sends only "meta" when there are none
    QVERIFY(empty.value().isEmpty());
}

void TestApiClient::subscriptionLifecycle_data()
{
    addFlavours();
}

void TestApiClient::subscriptionLifecycle()
{
    QFETCH(ApiFlavour, flavour);
    const bool v2 = flavour == ApiFlavour::V2;
    ApiFixture f(m_x->baseUrl(), flavour);
    const QString hook = m_x->api().addWebhook(u"https://example.com/hook"_s);

    const auto added = AWAIT(bool, f.client.addSubscription(hook, ctx, done));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().detail));
    QVERIFY(added.value());
    QCOMPARE(m_x->api().subscribers(hook), QStringList {FakeX::OwnerId});
    FakeRequest r = m_x->last();
    QCOMPARE(r.auth, OwnerAuth); // the subscribing user's context
    QCOMPARE(r.path,
             v2 ? u"/2/account_activity/webhooks/%1/subscriptions/all"_s.arg(hook)
                : u"/1.1/account_activity/webhooks/%1/subscriptions/all.json"_s.arg(hook));
    if (v2) // a JSON body, which takes no part in the signature the fake verified
        QCOMPARE(r.body, QByteArray("{}"));

    const auto subscribed = AWAIT(bool, f.client.checkSubscription(hook, ctx, done));
    QVERIFY(subscribed.ok());
    QVERIFY(subscribed.value());
    QCOMPARE(m_x->last().method, QByteArray("GET"));
    QCOMPARE(m_x->last().auth, OwnerAuth);

    const auto list = AWAIT(SubscriptionList, f.client.listSubscriptions(hook, ctx, done));
    QVERIFY(list.ok());
    QCOMPARE(list.value().userIds, QStringList {FakeX::OwnerId});
    QCOMPARE(list.value().webhookId, hook);
    QCOMPARE(list.value().applicationId, u"11231812"_s);
    QCOMPARE(m_x->last().auth, u"bearer"_s);

    const auto count = AWAIT(SubscriptionCount, f.client.subscriptionCount(ctx, done));
    QVERIFY(count.ok());
    QCOMPARE(count.value().subscriptionsCountAll, 1);
    QCOMPARE(count.value().provisionedCount, 50);
    QCOMPARE(m_x->last().auth, u"bearer"_s);

    const auto removed = AWAIT(bool, f.client.removeSubscription(hook, FakeX::OwnerId, ctx, done));
    QVERIFY(removed.ok());
    QVERIFY(removed.value());
    QCOMPARE(m_x->last().method, QByteArray("DELETE"));
    QCOMPARE(m_x->last().auth, u"bearer"_s);
    QVERIFY(m_x->api().subscribers(hook).isEmpty());

    // Not subscribed any more: v2 says so, v1.1 answers 404 ("anything but 204").
    const auto gone = AWAIT(bool, f.client.checkSubscription(hook, ctx, done));
    QVERIFY2(gone.ok(), qPrintable(gone.ok() ? QString() : gone.error().detail));
    QVERIFY(!gone.value());
}

void TestApiClient::subscribesAnotherUsersToken_data()
{
    addFlavours();
}

void TestApiClient::subscribesAnotherUsersToken()
{
    QFETCH(ApiFlavour, flavour);
    ApiFixture f(m_x->baseUrl(), flavour);
    const QString hook = m_x->api().addWebhook(u"https://example.com/hook"_s);
    const UserToken pinUser {FakeX::PinUserToken, FakeX::PinUserSecret};

    const auto added = AWAIT(bool, f.client.addSubscription(hook, ctx, done, pinUser));
    QVERIFY(added.ok());
    QCOMPARE(m_x->last().auth, u"oauth1:"_s + FakeX::PinUserToken);
    QCOMPARE(m_x->api().subscribers(hook), QStringList {FakeX::PinUserId});
}

void TestApiClient::replay_data()
{
    QTest::addColumn<ApiFlavour>("flavour");
    QTest::addColumn<Endpoints::ReplayPath>("path");
    QTest::addColumn<QString>("expectedPath");
    QTest::newRow("v2 /2/webhooks/replay")
        << ApiFlavour::V2 << Endpoints::ReplayPath::Webhooks << u"/2/webhooks/replay"_s;
    QTest::newRow("v2 account activity")
        << ApiFlavour::V2 << Endpoints::ReplayPath::AccountActivity
        << u"/2/account_activity/replay/webhooks/%1/subscriptions/all"_s;
    QTest::newRow("v1.1") << ApiFlavour::V11 << Endpoints::ReplayPath::Webhooks
                          << u"/1.1/account_activity/replay/webhooks/%1/subscriptions/all.json"_s;
}

void TestApiClient::replay()
{
    QFETCH(ApiFlavour, flavour);
    QFETCH(Endpoints::ReplayPath, path);
    QFETCH(QString, expectedPath);
    ApiFixture f(m_x->baseUrl(), flavour);
    const QString hook = m_x->api().addWebhook(u"https://example.com/hook"_s);
    const QString from = utcMinutesAgo(180);
    const QString to = utcMinutesAgo(60);

    const auto job = AWAIT(ReplayJob, f.client.replay(hook, from, to, ctx, done, path));
    QVERIFY2(job.ok(), qPrintable(job.ok() ? QString() : job.error().detail));
    QCOMPARE(job.value().jobId, u"1915510368169844736"_s);
    QCOMPARE(job.value().createdAt, u"2025-04-24T20:57:15.242Z"_s);
    const FakeRequest r = m_x->last();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, expectedPath.contains(u"%1"_s) ? expectedPath.arg(hook) : expectedPath);
    QCOMPARE(r.auth, u"bearer"_s);
    if (r.path == u"/2/webhooks/replay"_s) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"webhook_id"_s).toString(), hook);
        QCOMPARE(body.value(u"from_date"_s).toString(), from);
        QCOMPARE(body.value(u"to_date"_s).toString(), to);
    } else {
        QCOMPARE(r.queryValue(u"from_date"_s), from);
        QCOMPARE(r.queryValue(u"to_date"_s), to);
    }
    if (path == Endpoints::ReplayPath::AccountActivity) // {"for_user_id", "replay_event": {…}}
        QCOMPARE(job.value().forUserId, FakeX::OwnerId);
}

void TestApiClient::whoami_data()
{
    addFlavours();
}

void TestApiClient::whoami()
{
    QFETCH(ApiFlavour, flavour);
    ApiFixture f(m_x->baseUrl(), flavour);
    const auto me = AWAIT(XUser, f.client.whoami(ctx, done));
    QVERIFY(me.ok());
    QCOMPARE(me.value().id, FakeX::OwnerId);
    QCOMPARE(me.value().username, FakeX::OwnerScreenName);
    QCOMPARE(m_x->last().path,
             flavour == ApiFlavour::V2 ? u"/2/users/me"_s
                                       : u"/1.1/account/verify_credentials.json"_s);
    QCOMPARE(m_x->last().auth, OwnerAuth);
}

void TestApiClient::defaultsAreXsV2WithThirtySeconds()
{
    QNetworkAccessManager network;
    const ApiClient client(&network);
    QCOMPARE(client.baseUrl(), QUrl(u"https://api.x.com"_s));
    QCOMPARE(client.flavour(), ApiFlavour::V2);
    QCOMPARE(client.timeout(), 30'000);
}

void TestApiClient::olderV2ShapesAreAccepted()
{
    // OpenAPI 2.161: un-wrapped create and replay answers, PUT {"attempted": true}.
    m_x->setLegacyShapes(true);
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2);
    const auto created
        = AWAIT(Webhook, f.client.createWebhook(u"https://example.com/old"_s, ctx, done));
    QVERIFY(created.ok());
    QVERIFY(!created.value().id.isEmpty());

    const auto validated
        = AWAIT(WebhookValidation, f.client.validateWebhook(created.value().id, ctx, done));
    QVERIFY(validated.ok());
    QVERIFY(validated.value().attempted);
    QVERIFY(!validated.value().valid.has_value()); // triggered, outcome unknown

    const auto job = AWAIT(
        ReplayJob,
        f.client.replay(created.value().id, utcMinutesAgo(120), utcMinutesAgo(30), ctx, done));
    QVERIFY(job.ok());
    QCOMPARE(job.value().jobId, u"1915510368169844736"_s);
}

void TestApiClient::rateLimitHeadersAreRecorded()
{
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 600;
    m_x->setRateLimit(450, 447, reset);
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2);
    QVERIFY(AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).ok());
    QCOMPARE(f.sink.calls().size(), 1);
    const ApiCallRecord &call = f.sink.calls().first();
    QCOMPARE(call.rateLimit.limit, 450);
    QCOMPARE(call.rateLimit.remaining, 447);
    QCOMPARE(call.rateLimit.reset.toSecsSinceEpoch(), reset);
    QCOMPARE(call.status, 200);
    QCOMPARE(call.method, QByteArray("GET"));
    QVERIFY(call.url.endsWith(u"/2/webhooks"_s));
    QVERIFY(call.durationMs >= 0);
    QVERIFY(call.startedAt.isValid());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
