// What a developer sees when something goes wrong: each error X answers with, decoded from its
// published shape and explained; rate limits with their reset time; timeouts, refused
// connections, missing credentials, and the checks made before anything is sent.
#include "ApiFixture.h"
#include "FakeXApi.h"
#include "SilentServer.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_x.reset(); }

    void xErrorsAreExplained_data();
    void xErrorsAreExplained();
    void errorsFromTheFakesState();
    void rateLimitedWithResetTime();
    void timeoutIsANetworkError();
    void refusedConnectionIsANetworkError();
    void tlsFailureIsANetworkError();
    void missingCredentialsAreNamed();
    void webhookUrlIsCheckedBeforeSending();
    void replayWindowIsCheckedBeforeSending();

private:
    std::unique_ptr<FakeXServer> m_x;
};

void TestApiErrors::init()
{
    m_x = std::make_unique<FakeXServer>();
    QVERIFY(m_x->start());
}

void TestApiErrors::xErrorsAreExplained_data()
{
    QTest::addColumn<FakeReply>("reply");
    QTest::addColumn<QString>("code"); // Error::code
    QTest::addColumn<QString>("explanation"); // a phrase of the explanation
    const auto v11 = [](int status, int code, const QString &message) {
        return FakeXApi::v11Error(status, code, message);
    };
    const auto v2
        = [](const QString &reason) { return FakeXApi::v2Error(400, reason, u"details from X"_s); };
    QTest::newRow("32") << v11(401, 32, u"Could not authenticate you."_s) << u"32"_s
                        << u"clock is correct"_s;
    QTest::newRow("32 app-only") << v11(
        401, 32, u"Invalid authentication method. Please use application-only authentication."_s)
                                 << u"32"_s << u"only accepts the app's bearer token"_s;
    QTest::newRow("89") << v11(401, 89, u"Invalid or expired token."_s) << u"89"_s
                        << u"revoked or regenerated"_s;
    QTest::newRow("99") << v11(403, 99, u"You don’t have access to this resource."_s) << u"99"_s
                        << u"Account Activity API access"_s;
    QTest::newRow("214 requirements")
        << v11(403, 214, u"Webhook URL does not meet the requirements."_s) << u"214"_s
        << u"public https:// URL without a port"_s;
    QTest::newRow("214 too many") << v11(403, 214, u"Too many resources already created."_s)
                                  << u"214"_s << u"as many webhooks as its access level"_s;
    QTest::newRow("214 crc token") << v11(
        403, 214,
        u"Webhook URL does not meet the requirements. Invalid CRC token or json response format."_s)
                                   << u"214"_s << u"computed with this app's consumer secret"_s;
    QTest::newRow("214 latency") << v11(
        403, 214,
        u"High latency on CRC GET request. Your webhook should respond in less than 3 seconds."_s)
                                 << u"214"_s << u"longer than 3 seconds"_s;
    QTest::newRow("214 non-200") << v11(
        403, 214, u"Non-200 response code during CRC GET request (i.e. 404, 500, etc)."_s)
                                 << u"214"_s << u"error status instead of 200"_s;
    QTest::newRow("214 marked invalid")
        << v11(400, 214, u"Webhook is marked invalid and requires a CRC check."_s) << u"214"_s
        << u"'webhooks validate ID'"_s;
    QTest::newRow("261") << v11(403, 261, u"Application cannot perform write actions."_s)
                         << u"261"_s << u"'Read and write and Direct message'"_s;
    QTest::newRow("348") << v11(
        403, 348,
        u"Client application is not permitted to access this user's webhook subscriptions."_s)
                         << u"348"_s << u"allow-listed"_s;
    QTest::newRow("355") << v11(409, 355,
                                u"A replay job is already in progress for this webhook."_s)
                         << u"355"_s << u"only one may run at a time"_s;
    QTest::newRow("CrcValidationFailed") << v2(u"CrcValidationFailed"_s) << u"CrcValidationFailed"_s
                                         << u"did not get a correct answer"_s;
    QTest::newRow("UrlValidationFailed")
        << v2(u"UrlValidationFailed"_s) << u"UrlValidationFailed"_s << u"at most 200 characters"_s;
    QTest::newRow("DuplicateUrlFailed") << v2(u"DuplicateUrlFailed"_s) << u"DuplicateUrlFailed"_s
                                        << u"already has a webhook with this URL"_s;
    QTest::newRow("WebhookLimitExceeded")
        << v2(u"WebhookLimitExceeded"_s) << u"WebhookLimitExceeded"_s << u"Delete one"_s;
    QTest::newRow("WebhookIdInvalid")
        << v2(u"WebhookIdInvalid"_s) << u"WebhookIdInvalid"_s << u"no webhook with this id"_s;
    QTest::newRow("DuplicateSubscriptionFailed")
        << v2(u"DuplicateSubscriptionFailed"_s) << u"DuplicateSubscriptionFailed"_s
        << u"already subscribed"_s;
    QTest::newRow("SubscriptionLimitExceeded")
        << v2(u"SubscriptionLimitExceeded"_s) << u"SubscriptionLimitExceeded"_s
        << u"subscriptions its access level allows"_s;
    QTest::newRow("SubscriptionNotFound")
        << v2(u"SubscriptionNotFound"_s) << u"SubscriptionNotFound"_s << u"is not subscribed"_s;
    QTest::newRow("v2 problem without errors") << FakeXApi::json(
        R"({"title":"Forbidden","detail":"Forbidden","type":"about:blank","status":403})", 403)
                                               << u"http-403"_s << u"HTTP 403"_s;
}

void TestApiErrors::xErrorsAreExplained()
{
    QFETCH(FakeReply, reply);
    QFETCH(QString, code);
    QFETCH(QString, explanation);
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2);
    m_x->failNext(u"^GET /2/webhooks$"_s, reply);

    const auto r = AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done));
    QVERIFY(!r.ok());
    const Error &e = r.error();
    QCOMPARE(e.kind, ErrorKind::XApi);
    QCOMPARE(e.code, code);
    QCOMPARE(e.httpStatus, reply.status);
    QVERIFY2(e.message.contains(explanation), qPrintable(e.message));
    // X's own words stay available as the detail.
    QVERIFY2(e.detail.startsWith(u"HTTP %1"_s.arg(reply.status)), qPrintable(e.detail));
    // The call is in the log with X's answer.
    QCOMPARE(f.sink.calls().last().status, reply.status);
    QCOMPARE(f.sink.calls().last().error, e.detail);
}

void TestApiErrors::errorsFromTheFakesState()
{
    // The same errors arising from what X knows, not from a script.
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2);
    const QString url = u"https://example.com/hook"_s;
    QVERIFY(AWAIT(Webhook, f.client.createWebhook(url, ctx, done)).ok());
    const auto duplicate = AWAIT(Webhook, f.client.createWebhook(url, ctx, done));
    QCOMPARE(duplicate.error().code, u"DuplicateUrlFailed"_s);

    const auto unknown = AWAIT(WebhookValidation, f.client.validateWebhook(u"42"_s, ctx, done));
    QCOMPARE(unknown.error().code, u"WebhookIdInvalid"_s);

    const QString hook = m_x->api().webhookIds().first();
    QVERIFY(AWAIT(bool, f.client.addSubscription(hook, ctx, done)).ok());
    const auto again = AWAIT(bool, f.client.addSubscription(hook, ctx, done));
    QCOMPARE(again.error().code, u"DuplicateSubscriptionFailed"_s);

    const auto notThere = AWAIT(bool, f.client.removeSubscription(hook, u"1"_s, ctx, done));
    QCOMPARE(notThere.error().code, u"SubscriptionNotFound"_s);

    ApiFixture v11(m_x->baseUrl(), ApiFlavour::V11);
    const auto gone = AWAIT(bool, v11.client.deleteWebhook(u"42"_s, ctx, done));
    QCOMPARE(gone.error().code, u"34"_s);
    QCOMPARE(gone.error().httpStatus, 404);
    QVERIFY(gone.error().message.contains(u"does not exist"_s));

    // The same code for a user who is not subscribed: the advice must not send one to the webhooks.
    const QString hook11 = m_x->api().webhookIds().first();
    const auto notSubscribed
        = AWAIT(bool, v11.client.removeSubscription(hook11, u"1"_s, ctx, done));
    QCOMPARE(notSubscribed.error().code, u"34"_s);
    QVERIFY2(notSubscribed.error().message.contains(u"is not subscribed"_s),
             qPrintable(notSubscribed.error().message));
    // The same words from another call are X's generic 404, not a missing subscription.
    m_x->failNext(u"^GET /1.1/"_s,
                  FakeXApi::v11Error(404, 34, u"Sorry, that page does not exist."_s));
    const auto elsewhere = AWAIT(QList<Webhook>, v11.client.listWebhooks(ctx, done));
    QCOMPARE(elsewhere.error().code, u"34"_s);
    QVERIFY2(!elsewhere.error().message.contains(u"is not subscribed"_s),
             qPrintable(elsewhere.error().message));
}

void TestApiErrors::rateLimitedWithResetTime()
{
    const QDateTime reset = QDateTime::currentDateTimeUtc().addSecs(14 * 60 + 30);
    m_x->setRateLimit(15, 0, reset.toSecsSinceEpoch());
    m_x->failNext(u"^POST /1.1/"_s,
                  FakeXApi::v11Error(
                      429, 88, u"Too many requests. Please back off your API request rate."_s));
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V11);
    const auto r = AWAIT(Webhook, f.client.createWebhook(u"https://example.com/a"_s, ctx, done));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().httpStatus, 429);
    const QString expectedTime = reset.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QVERIFY2(r.error().message.contains(u"resets at %1 UTC (in 15 min)"_s.arg(expectedTime)),
             qPrintable(r.error().message));
    QCOMPARE(f.sink.calls().last().rateLimit.remaining, 0);
}

void TestApiErrors::timeoutIsANetworkError()
{
    SilentServer silent;
    QVERIFY(silent.start());
    ApiFixture f(silent.baseUrl(), ApiFlavour::V2);
    f.client.setTimeout(300);
    QElapsedTimer clock;
    clock.start();
    const auto r = AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QCOMPARE(r.error().code, u"timeout"_s);
    QVERIFY2(r.error().message.contains(u"did not answer within 0.3 s"_s),
             qPrintable(r.error().message));
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(silent.connections(), 1);
    QCOMPARE(f.sink.calls().size(), 1); // logged, without a status
    QCOMPARE(f.sink.calls().first().status, 0);
    QCOMPARE(f.sink.calls().first().error, r.error().message);
}

void TestApiErrors::refusedConnectionIsANetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    ApiFixture f(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), ApiFlavour::V2);
    const auto r = AWAIT(XUser, f.client.whoami(ctx, done));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QCOMPARE(r.error().code, u"refused"_s);
    QVERIFY(r.error().message.contains(u"refused the connection"_s));
}

void TestApiErrors::tlsFailureIsANetworkError()
{
    // https:// to a server that answers the TLS handshake with plain text.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    ApiFixture f(QUrl(u"https://127.0.0.1:%1"_s.arg(plain.serverPort())), ApiFlavour::V2);
    f.client.setTimeout(5000);
    const auto r = AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Network);
    QVERIFY2(r.error().code == u"tls"_s, qPrintable(r.error().code + u": "_s + r.error().detail));
    QVERIFY(r.error().message.contains(u"TLS connection to 127.0.0.1 failed"_s));
}

void TestApiErrors::missingCredentialsAreNamed()
{
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2, false);
    const auto bearer = AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done));
    QCOMPARE(bearer.error().kind, ErrorKind::Config);
    QVERIFY2(bearer.error().message.contains(u"Set X_BEARER_TOKEN."_s),
             qPrintable(bearer.error().message));

    Credentials partial = ApiFixture::credentials();
    partial.accessTokenSecret.clear();
    f.client.setCredentials(partial);
    const auto user = AWAIT(bool, f.client.addSubscription(u"1"_s, ctx, done));
    QCOMPARE(user.error().kind, ErrorKind::Config);
    QVERIFY2(user.error().message.contains(u"subscribing user"_s),
             qPrintable(user.error().message));
    QVERIFY(user.error().message.contains(u"Set X_ACCESS_TOKEN_SECRET."_s));
    QVERIFY(m_x->requests().isEmpty()); // nothing was sent
}

void TestApiErrors::webhookUrlIsCheckedBeforeSending()
{
    // Against X itself a loopback URL cannot work; the request never leaves.
    ApiFixture againstX(QUrl(u"https://api.x.com"_s), ApiFlavour::V2);
    const auto loopback = AWAIT(
        Webhook, againstX.client.createWebhook(u"http://127.0.0.1:8321/webhook"_s, ctx, done));
    QCOMPARE(loopback.error().kind, ErrorKind::Usage);
    QVERIFY(loopback.error().message.contains(u"X cannot reach"_s));
    QVERIFY(againstX.sink.calls().isEmpty());

    const auto port = AWAIT(
        Webhook, againstX.client.createWebhook(u"https://example.com:8443/hook"_s, ctx, done));
    QVERIFY(port.error().message.contains(u"must not contain a port (:8443)"_s));

    // Against the Sandbox (any other base URL) the loopback URL is fine.
    ApiFixture sandbox(m_x->baseUrl(), ApiFlavour::V2);
    const auto local = AWAIT(
        Webhook, sandbox.client.createWebhook(u"http://127.0.0.1:8321/webhook"_s, ctx, done));
    QVERIFY(local.ok());
}

void TestApiErrors::replayWindowIsCheckedBeforeSending()
{
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2);
    const auto r = AWAIT(ReplayJob,
                         f.client.replay(u"1"_s, u"202501011300"_s, u"202501011200"_s, ctx, done));
    QCOMPARE(r.error().kind, ErrorKind::Usage);
    QVERIFY2(r.error().message.contains(u"must be before --to"_s), qPrintable(r.error().message));
    QVERIFY(m_x->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_apierrors.moc"
