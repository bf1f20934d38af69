// The API-call log and its curl rendering never hold a secret, whatever the call: bearer and
// OAuth 1.0a calls of both flavours, and the PIN sign-in whose answers carry fresh tokens. The
// rendered curl command works when the $X_… variables are set.
#include "ApiFixture.h"
#include "auth/PinSignIn.h"
#include "store/ApiCallLog.h"
#include "xapi/CurlRenderer.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString utcMinutesAgo(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(u"yyyyMMddHHmm"_s);
}

// Every operation of the client, in the given flavour, plus the PIN sign-in.
void exerciseEverything(ApiClient &client)
{
    const auto hook = AWAIT(Webhook, client.createWebhook(u"https://example.com/h"_s, ctx, done));
    QVERIFY(hook.ok());
    const QString id = hook.value().id;
    QVERIFY(AWAIT(QList<Webhook>, client.listWebhooks(ctx, done)).ok());
    QVERIFY(AWAIT(WebhookValidation, client.validateWebhook(id, ctx, done)).ok());
    QVERIFY(AWAIT(bool, client.addSubscription(id, ctx, done)).ok());
    QVERIFY(AWAIT(bool, client.checkSubscription(id, ctx, done)).ok());
    QVERIFY(AWAIT(SubscriptionList, client.listSubscriptions(id, ctx, done)).ok());
    QVERIFY(AWAIT(SubscriptionCount, client.subscriptionCount(ctx, done)).ok());
    QVERIFY(AWAIT(bool, client.removeSubscription(id, FakeX::OwnerId, ctx, done)).ok());
    QVERIFY(
        AWAIT(ReplayJob, client.replay(id, utcMinutesAgo(120), utcMinutesAgo(60), ctx, done)).ok());
    QVERIFY(AWAIT(XUser, client.whoami(ctx, done)).ok());
    QVERIFY(AWAIT(bool, client.deleteWebhook(id, ctx, done)).ok());

    PinSignIn signIn(&client);
    const auto authorization = AWAIT(PinAuthorization, signIn.start(ctx, done));
    QVERIFY(authorization.ok());
    QVERIFY(AWAIT(SignedInUser,
                  signIn.finish(authorization.value().requestToken, FakeX::Pin, ctx, done))
                .ok());
}

QStringList secretsIn(const QByteArray &bytes)
{
    QStringList found;
    for (const QString &secret : FakeX::allSecrets()) {
        if (bytes.contains(secret.toUtf8()) || bytes.contains(QUrl::toPercentEncoding(secret)))
            found << secret;
    }
    return found;
}

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages << message;
}

} // namespace

class TestApiCallRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_x.reset(); }

    void logAndCurlHoldNoSecret_data();
    void logAndCurlHoldNoSecret();
    void curlCommandWorksWithEnvironment();
    void pinSignIn();
    void wrongPinIsAnXError();
    void storedLogHoldsNoSecret();
    void debugBaseStringNamesKeysNotValues();

private:
    std::unique_ptr<FakeXServer> m_x;
};

void TestApiCallRedaction::init()
{
    m_x = std::make_unique<FakeXServer>();
    QVERIFY(m_x->start());
}

void TestApiCallRedaction::logAndCurlHoldNoSecret_data()
{
    QTest::addColumn<ApiFlavour>("flavour");
    QTest::newRow("v2") << ApiFlavour::V2;
    QTest::newRow("v1.1") << ApiFlavour::V11;
}

void TestApiCallRedaction::logAndCurlHoldNoSecret()
{
    QFETCH(ApiFlavour, flavour);
    ApiFixture f(m_x->baseUrl(), flavour);
    exerciseEverything(f.client);
    QCOMPARE(f.sink.calls().size(), 13);

    for (const ApiCallRecord &call : f.sink.calls()) {
        const QByteArray everything = QJsonDocument(call.toJson()).toJson();
        QVERIFY2(secretsIn(everything).isEmpty(),
                 qPrintable(call.operation + u": "_s + secretsIn(everything).join(u", "_s)));
        const QString curl = CurlRenderer::render(call);
        QVERIFY2(secretsIn(curl.toUtf8()).isEmpty(), qPrintable(curl));
        QVERIFY2(curl.startsWith(u"curl --request "_s) || curl.startsWith(u"# OAuth"_s),
                 qPrintable(curl));

        QByteArray authorization;
        for (const auto &h : call.requestHeaders) {
            if (h.first == "Authorization")
                authorization = h.second;
        }
        if (call.auth == u"bearer"_s) {
            QCOMPARE(authorization, QByteArray("Bearer $X_BEARER_TOKEN"));
            QVERIFY(curl.contains(u"\"Authorization: Bearer $X_BEARER_TOKEN\""_s));
        } else {
            QVERIFY2(authorization.contains("oauth_consumer_key=\"$X_CONSUMER_KEY\""),
                     authorization.constData());
            QVERIFY(authorization.contains("oauth_signature=\"[redacted]\""));
            QVERIFY(curl.contains(u"oauth_signature=\\\"$OAUTH_SIGNATURE\\\""_s));
            QVERIFY(curl.contains(u"oauth_consumer_key=\\\"$X_CONSUMER_KEY\\\""_s));
        }
        if (call.auth == u"oauth1-app-owner"_s || call.auth == u"oauth1-subscriber"_s)
            QVERIFY2(authorization.contains("oauth_token=\"$X_ACCESS_TOKEN\""),
                     authorization.constData());
        if (call.operation == u"signin.access_token"_s) {
            QVERIFY(authorization.contains("oauth_token=\"$OAUTH_REQUEST_TOKEN\""));
            // X's answer carries the new user's tokens: masked, the rest kept.
            QVERIFY2(call.responseBody.contains("oauth_token_secret=[redacted]"),
                     call.responseBody.constData());
            QVERIFY(call.responseBody.contains("screen_name=xapi"));
        }
    }
}

void TestApiCallRedaction::curlCommandWorksWithEnvironment()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QSKIP("curl is not installed");
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2);
    QVERIFY(AWAIT(Webhook, f.client.createWebhook(u"https://example.com/it's"_s, ctx, done)).ok());
    QVERIFY(AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).ok());
    QCOMPARE(f.sink.calls().size(), 2);
    m_x->clearRequests();
    m_x->api().maxWebhooks = 0; // the replayed create must be refused, the list must work

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"X_BEARER_TOKEN"_s, FakeX::BearerToken);
    for (const ApiCallRecord &call : f.sink.calls()) {
        QProcess shell;
        shell.setProcessEnvironment(env);
        QEventLoop loop; // the fake answers on this thread
        connect(&shell, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        shell.start(u"bash"_s, {u"-c"_s, CurlRenderer::render(call) + u" --silent"_s});
        loop.exec();
        QCOMPARE(shell.exitCode(), 0);
    }
    // Both reached the fake with the bearer token from the environment and the same bodies.
    QCOMPARE(m_x->requests().size(), 2);
    QCOMPARE(m_x->requests().at(0).auth, u"bearer"_s);
    QCOMPARE(m_x->requests().at(0).body, QByteArray("{\"url\":\"https://example.com/it\x27s\"}"));
    QCOMPARE(m_x->requests().at(0).status, 400); // WebhookLimitExceeded: it was a real create
    QCOMPARE(m_x->requests().at(1).auth, u"bearer"_s);
    QCOMPARE(m_x->requests().at(1).status, 200);
}

void TestApiCallRedaction::pinSignIn()
{
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2);
    PinSignIn signIn(&f.client);
    const auto authorization = AWAIT(PinAuthorization, signIn.start(ctx, done));
    QVERIFY(authorization.ok());
    QCOMPARE(authorization.value().authorizeUrl.toString(),
             m_x->baseUrl().toString() + u"/oauth/authorize?oauth_token="_s + FakeX::RequestToken);
    const FakeRequest requestToken = m_x->last();
    QCOMPARE(requestToken.path, u"/oauth/request_token"_s);
    QCOMPARE(requestToken.auth, u"oauth1:"_s); // consumer key only, no token
    QVERIFY(requestToken.header("Authorization").contains("oauth_callback=\"oob\""));

    const auto user = AWAIT(
        SignedInUser, signIn.finish(authorization.value().requestToken, FakeX::Pin, ctx, done));
    QVERIFY(user.ok());
    QCOMPARE(user.value().userId, FakeX::PinUserId);
    QCOMPARE(user.value().screenName, FakeX::PinUserScreenName);
    QCOMPARE(user.value().accessToken.token, FakeX::PinUserToken);
    QCOMPARE(user.value().accessToken.secret, FakeX::PinUserSecret);
    QCOMPARE(m_x->last().auth, u"oauth1:"_s + FakeX::RequestToken);
    QVERIFY(m_x->last().header("Authorization").contains("oauth_verifier=\"4868795\""));
    // Tokens appear in JSON only when asked for.
    QVERIFY(!user.value().toJson(false).contains(u"access_token"_s));
    QCOMPARE(user.value().toJson(true).value(u"access_token_secret"_s).toString(),
             FakeX::PinUserSecret);
}

void TestApiCallRedaction::wrongPinIsAnXError()
{
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2);
    PinSignIn signIn(&f.client);
    const auto authorization = AWAIT(PinAuthorization, signIn.start(ctx, done));
    QVERIFY(authorization.ok());
    const auto user = AWAIT(
        SignedInUser, signIn.finish(authorization.value().requestToken, u"0000000"_s, ctx, done));
    QVERIFY(!user.ok());
    QCOMPARE(user.error().kind, ErrorKind::XApi);
    QCOMPARE(user.error().httpStatus, 401);
    QVERIFY2(user.error().detail.contains(u"Invalid oauth_verifier parameter"_s),
             qPrintable(user.error().detail));
}

void TestApiCallRedaction::storedLogHoldsNoSecret()
{
    QTemporaryDir dir;
    ApiCallLog log;
    QVERIFY(log.open(dir.filePath(u"capture.db"_s)).ok());
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V11);
    f.client.setCallSink(&log);
    exerciseEverything(f.client);

    const auto stored = log.last(100);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 13);
    QCOMPARE(stored.value().first().operation, u"webhooks.create"_s);
    QCOMPARE(stored.value().first().auth, u"oauth1-app-owner"_s);
    const auto found = log.find(stored.value().at(1).id);
    QVERIFY(found.ok());
    QCOMPARE(found.value().operation, u"webhooks.list"_s);
    QCOMPARE(found.value().rateLimit.limit, 450);

    // The database files themselves (WAL included) hold none of the secrets.
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(secretsIn(bytes).isEmpty(),
                 qPrintable(name + u": "_s + secretsIn(bytes).join(u' ')));
    }
}

void TestApiCallRedaction::debugBaseStringNamesKeysNotValues()
{
    // This handler sees the messages before the log output's SecretRedactor pass: what the client
    // itself writes. Values with characters that percent-encoding changes, as keys may have.
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"aaconsole.api.debug=true"_s);
    const auto restore = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
    });
    ApiFixture f(m_x->baseUrl(), ApiFlavour::V2, false);
    Credentials odd = ApiFixture::credentials();
    odd.consumerKey = u"ck+odd/key=1&x"_s;
    odd.accessToken = u"2244994945-at+odd/token="_s;
    f.client.setCredentials(odd);
    QVERIFY(!AWAIT(XUser, f.client.whoami(ctx, done)).ok()); // the fake knows other keys

    QStringList baseStrings;
    for (const QString &m : std::as_const(capturedMessages)) {
        if (m.startsWith(u"OAuth 1.0a base string:"_s))
            baseStrings << m;
    }
    QCOMPARE(baseStrings.size(), 1);
    const QString &line = baseStrings.first();
    QVERIFY2(line.contains(u"oauth_consumer_key%3D$X_CONSUMER_KEY%26"_s), qPrintable(line));
    QVERIFY2(line.contains(u"oauth_token%3D$X_ACCESS_TOKEN%26"_s), qPrintable(line));
    for (const QString &secret : {odd.consumerKey, odd.accessToken}) {
        const QByteArray once = QUrl::toPercentEncoding(secret);
        for (const QByteArray &form :
             {secret.toUtf8(), once, QUrl::toPercentEncoding(QString::fromLatin1(once))})
            QVERIFY2(!line.toUtf8().contains(form), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestApiCallRedaction)
#include "tst_apicallredaction.moc"
