// ApiCredentialCheck against the fake X (which verifies every OAuth 1.0a signature with its own
// verifier): what each outcome says when both calls work, when the consumer secret or the bearer
// token is wrong, when X cannot be reached, in both flavours, when secrets are missing, and that
// nothing secret reaches the debug log.
#include "FakeXApi.h"
#include "FakeXCredentials.h"
#include "FakeXServer.h"
#include "SilentServer.h"
#include "auth/Profile.h"
#include "store/ApiCallLog.h"
#include "util/LogOutput.h"
#include "xapi/ApiCredentialCheck.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

Credentials fakeCredentials()
{
    Credentials c;
    c.consumerKey = FakeX::ConsumerKey;
    c.consumerSecret = FakeX::ConsumerSecret;
    c.bearerToken = FakeX::BearerToken;
    c.accessToken = FakeX::AccessToken;
    c.accessTokenSecret = FakeX::AccessTokenSecret;
    return c;
}

Profile profileAt(const QUrl &base, ApiFlavour api = ApiFlavour::V2)
{
    Profile p;
    p.name = u"Work"_s;
    p.apiBase = base.toString();
    p.api = api;
    return p;
}

// The message (and X's words) of a failed outcome, or the text of a good one, for QVERIFY2.
QString text(const Result<QString> &r)
{
    return r.ok() ? r.value() : r.error().message + u" | "_s + r.error().detail;
}

} // namespace

class TestCredentialCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bothCallsSucceed();
    void v11Flavour();
    void wrongConsumerSecret_data();
    void wrongConsumerSecret();
    void badBearerToken_data();
    void badBearerToken();
    void refusedConnection();
    void noAnswerTimesOut();
    void missingSecretsAreNotSent();
    void goneContextGetsNoOutcome();
    void nothingSecretInTheDebugLog();
    void callsGoToTheProfilesCallLog();

private:
    CredentialCheck::Outcome check(const Profile &profile, const Credentials &credentials);

    QNetworkAccessManager m_network;
    std::unique_ptr<ApiCredentialCheck> m_check;
    std::unique_ptr<FakeXServer> m_x;
};

void TestCredentialCheck::init()
{
    m_check = std::make_unique<ApiCredentialCheck>(&m_network);
    m_x = std::make_unique<FakeXServer>();
    QVERIFY(m_x->start());
}

void TestCredentialCheck::cleanup()
{
    m_check.reset();
    m_x.reset();
}

CredentialCheck::Outcome TestCredentialCheck::check(const Profile &profile,
                                                    const Credentials &credentials)
{
    std::optional<CredentialCheck::Outcome> outcome;
    QObject context;
    m_check->run(profile, credentials, &context,
                 [&outcome](CredentialCheck::Outcome o) { outcome = std::move(o); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000); }();
    return outcome.value_or(CredentialCheck::Outcome());
}

void TestCredentialCheck::bothCallsSucceed()
{
    m_x->api().addWebhook(u"https://example.com/a"_s, true);
    m_x->api().addWebhook(u"https://example.com/b"_s, false);
    const auto outcome = check(profileAt(m_x->baseUrl()), fakeCredentials());

    QVERIFY2(outcome.userContext.ok(), qPrintable(text(outcome.userContext)));
    QCOMPARE(outcome.userContext.value(), u"@XDevelopers (2244994945)"_s);
    QVERIFY2(outcome.bearer.ok(), qPrintable(text(outcome.bearer)));
    QVERIFY2(outcome.bearer.value().startsWith(
                 u"listed the app's webhooks: 2 registered, 1 of them valid; "_s),
             qPrintable(outcome.bearer.value()));
    QVERIFY2(outcome.bearer.value().contains(u" of 450 calls left until "_s),
             qPrintable(outcome.bearer.value()));

    // The profile's base URL and flavour, each call with the authentication X wants for it.
    QCOMPARE(m_x->requests().size(), 2);
    QStringList seen;
    for (const FakeRequest &r : m_x->requests())
        seen << QString::fromLatin1(r.method) + u' ' + r.path + u' ' + r.auth;
    seen.sort();
    QCOMPARE(seen,
             (QStringList {u"GET /2/users/me oauth1:"_s + FakeX::AccessToken,
                           u"GET /2/webhooks bearer"_s}));
}

void TestCredentialCheck::v11Flavour()
{
    const auto outcome = check(profileAt(m_x->baseUrl(), ApiFlavour::V11), fakeCredentials());
    QVERIFY2(outcome.userContext.ok(), qPrintable(text(outcome.userContext)));
    QCOMPARE(outcome.userContext.value(), u"@XDevelopers (2244994945)"_s);
    QVERIFY2(outcome.bearer.ok(), qPrintable(text(outcome.bearer)));
    QVERIFY(outcome.bearer.value().startsWith(u"listed the app's webhooks: none registered yet"_s));
    QStringList paths;
    for (const FakeRequest &r : m_x->requests()) {
        paths << r.path;
        QVERIFY2(!r.auth.startsWith(u"invalid"_s), qPrintable(r.auth));
    }
    paths.sort();
    QCOMPARE(paths,
             (QStringList {u"/1.1/account/verify_credentials.json"_s,
                           u"/1.1/account_activity/webhooks.json"_s}));
}

void TestCredentialCheck::wrongConsumerSecret_data()
{
    QTest::addColumn<ApiFlavour>("api");
    QTest::addColumn<QString>("code");
    QTest::newRow("v1.1: code 32") << ApiFlavour::V11 << u"32"_s;
    QTest::newRow("v2: bare 401") << ApiFlavour::V2 << u"http-401"_s;
}

void TestCredentialCheck::wrongConsumerSecret()
{
    QFETCH(ApiFlavour, api);
    QFETCH(QString, code);
    Credentials wrong = fakeCredentials();
    wrong.consumerSecret = u"csWRONGconsumerSECRET0000"_s;
    const auto outcome = check(profileAt(m_x->baseUrl(), api), wrong);

    QVERIFY(!outcome.userContext.ok());
    const Error &e = outcome.userContext.error();
    QCOMPARE(e.kind, ErrorKind::XApi);
    QCOMPARE(e.code, code);
    QCOMPARE(e.httpStatus, 401);
    // Error 32 explained: what is wrong and what to check, whichever way X said it.
    QVERIFY2(e.message.contains(u"the OAuth signature or tokens do not match"_s),
             qPrintable(e.message));
    QVERIFY2(e.message.contains(u"consumer key and secret and the access token and secret"_s),
             qPrintable(e.message));
    QVERIFY2(e.message.contains(u"clock"_s), qPrintable(e.message));
    QVERIFY(e.detail.startsWith(u"HTTP 401"_s));
    // The fake rejected the signature itself, not something else.
    bool rejected = false;
    for (const FakeRequest &r : m_x->requests())
        rejected = rejected || r.auth.startsWith(u"invalid: "_s);
    QVERIFY(rejected);
    // The bearer token does not involve the consumer secret: that half still works.
    QVERIFY2(outcome.bearer.ok(), qPrintable(text(outcome.bearer)));
}

void TestCredentialCheck::badBearerToken_data()
{
    QTest::addColumn<ApiFlavour>("api");
    QTest::newRow("v2") << ApiFlavour::V2;
    QTest::newRow("v1.1") << ApiFlavour::V11;
}

void TestCredentialCheck::badBearerToken()
{
    QFETCH(ApiFlavour, api);
    Credentials wrong = fakeCredentials();
    wrong.bearerToken = u"AAAAWRONGbearerTOKEN"_s;
    const auto outcome = check(profileAt(m_x->baseUrl(), api), wrong);

    QVERIFY2(outcome.userContext.ok(), qPrintable(text(outcome.userContext)));
    QVERIFY(!outcome.bearer.ok());
    const Error &e = outcome.bearer.error();
    QCOMPARE(e.kind, ErrorKind::XApi);
    QCOMPARE(e.httpStatus, 401);
    // Not the explainer's advice about access tokens (v1.1 says "Invalid or expired token").
    QVERIFY2(e.message.startsWith(u"X did not accept the bearer token."_s), qPrintable(e.message));
    QVERIFY(e.message.contains(u"developer portal"_s));
    QVERIFY(!e.message.contains(u"signin"_s));
}

void TestCredentialCheck::refusedConnection()
{
    QTcpServer probe; // a port that was free a moment ago: nothing listens there now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl base(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();
    const auto outcome = check(profileAt(base), fakeCredentials());
    for (const Result<QString> *r : {&outcome.userContext, &outcome.bearer}) {
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Network);
        QCOMPARE(r->error().code, u"refused"_s);
        QVERIFY2(r->error().message.contains(base.toString() + u" refused the connection"_s),
                 qPrintable(r->error().message));
    }
}

void TestCredentialCheck::noAnswerTimesOut()
{
    SilentServer silent;
    QVERIFY(silent.start());
    m_check->setTimeout(500);
    const auto outcome = check(profileAt(silent.baseUrl()), fakeCredentials());
    for (const Result<QString> *r : {&outcome.userContext, &outcome.bearer}) {
        QVERIFY(!r->ok());
        QCOMPARE(r->error().kind, ErrorKind::Network);
        QCOMPARE(r->error().code, u"timeout"_s);
        QVERIFY2(r->error().message.contains(u"did not answer within 0.5 s"_s),
                 qPrintable(r->error().message));
    }
    QCOMPARE(silent.connections(), 2);
}

void TestCredentialCheck::missingSecretsAreNotSent()
{
    Credentials partial;
    partial.consumerKey = FakeX::ConsumerKey;
    partial.consumerSecret = FakeX::ConsumerSecret;
    const auto outcome = check(profileAt(m_x->baseUrl()), partial);

    QVERIFY(!outcome.userContext.ok());
    QCOMPARE(outcome.userContext.error().kind, ErrorKind::Config);
    QCOMPARE(outcome.userContext.error().message,
             u"This profile has no access_token, access_token_secret. Fill in the missing "
             "secrets, save, and test again."_s);
    QVERIFY(!outcome.bearer.ok());
    QCOMPARE(outcome.bearer.error().kind, ErrorKind::Config);
    QVERIFY(outcome.bearer.error().message.contains(u"no bearer_token."_s));
    QVERIFY(m_x->requests().isEmpty());
}

void TestCredentialCheck::goneContextGetsNoOutcome()
{
    SilentServer silent; // answers never come, so the context goes first
    QVERIFY(silent.start());
    m_check->setTimeout(300);
    bool called = false;
    auto context = std::make_unique<QObject>();
    m_check->run(profileAt(silent.baseUrl()), fakeCredentials(), context.get(),
                 [&called](CredentialCheck::Outcome) { called = true; });
    QTRY_COMPARE(silent.connections(), 2);
    context.reset();
    QTest::qWait(800); // both calls time out meanwhile
    QVERIFY(!called);
    QVERIFY(m_check->children().isEmpty()); // the run's client is gone too
}

void TestCredentialCheck::nothingSecretInTheDebugLog()
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(u"check.log"_s);
    LogOptions options;
    options.level = LogLevel::Debug;
    options.filePath = logPath;
    options.toStderr = false;
    QVERIFY(installLogOutput(options).ok());

    const auto good = check(profileAt(m_x->baseUrl(), ApiFlavour::V11), fakeCredentials());
    Credentials wrong = fakeCredentials();
    wrong.consumerSecret = u"csWRONGconsumerSECRET0000"_s;
    wrong.bearerToken = u"AAAAWRONGbearerTOKEN9999"_s;
    const auto bad = check(profileAt(m_x->baseUrl()), wrong);
    shutdownLogOutput();

    QFile file(logPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray log = file.readAll();
    // It really logged at debug level: the calls and the OAuth base strings are there.
    QVERIFY2(log.contains("Testing the credentials of profile Work against"), log.constData());
    QVERIFY2(log.contains("OAuth 1.0a base string"), log.constData());
    QStringList secrets = FakeX::allSecrets();
    secrets << wrong.consumerSecret << wrong.bearerToken;
    QStringList outcomes;
    for (const auto *o : {&good, &bad})
        outcomes << text(o->userContext) << text(o->bearer);
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(u"the log holds "_s + secret));
        QVERIFY2(!log.contains(QUrl::toPercentEncoding(secret)),
                 qPrintable(u"the log holds "_s + secret));
        for (const QString &shown : std::as_const(outcomes))
            QVERIFY2(!shown.contains(secret), qPrintable(shown));
    }
}

QTEST_GUILESS_MAIN(TestCredentialCheck)
void TestCredentialCheck::callsGoToTheProfilesCallLog()
{
    QTemporaryDir dir;
    QString askedFor;
    auto log = std::make_shared<ApiCallLog>();
    QVERIFY(log->open(dir.filePath(u"capture.db"_s)).ok());
    m_check->setCallLog([&](const Profile &profile) -> std::shared_ptr<ApiCallSink> {
        askedFor = profile.name;
        return log;
    });
    const auto outcome = check(profileAt(m_x->baseUrl()), fakeCredentials());
    QVERIFY(outcome.userContext.ok() && outcome.bearer.ok());
    QCOMPARE(askedFor, u"Work"_s);
    const QList<ApiCallRecord> calls = log->last(10).value();
    QStringList seen;
    for (const ApiCallRecord &call : calls) {
        seen << QString::fromLatin1(call.method) + u' ' + QUrl(call.url).path() + u' '
                + QString::number(call.status);
        for (const QString &secret : {FakeX::ConsumerSecret, FakeX::AccessTokenSecret,
                                      FakeX::BearerToken, FakeX::AccessToken}) {
            for (const QPair<QByteArray, QByteArray> &header : call.requestHeaders)
                QVERIFY2(!header.second.contains(secret.toUtf8()), header.first.constData());
        }
    }
    seen.sort();
    QCOMPARE(seen, (QStringList {u"GET /2/users/me 200"_s, u"GET /2/webhooks 200"_s}));
}

#include "tst_credentialcheck.moc"
