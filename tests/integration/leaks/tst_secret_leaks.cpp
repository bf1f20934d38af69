// The secret-leak test of issue #6: a full session at --log-level debug with known secret values,
// then a search of every stdout and stderr, and of every file under the run's XDG directories
// (settings, the capture store with its -wal/-shm files, exports, logs), for each value, as it is
// and percent-encoded. None may appear.
//
// The session: profiles with all five secrets set through `profiles set-secret` (stdin), a
// subscribed account's token pair from `signin`, import-env, rename, X_* overrides; `listen` in
// its own process answering a CRC check and signed POSTs into the profile's capture store; every
// kind of API call against the fake X with the profile's credentials (and the signed-in account's
// pair), failures included; `log` and `log --curl`; `export` with and without deliveries; and the
// window (`aaconsole`, offscreen) on the same profile, answering a CRC check and a delivery.
#include "CliRunner.h"
#include "FakeXApi.h"
#include "FakeXCredentials.h"
#include "FakeXServer.h"
#include "RawHttpClient.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/Profile.h"
#include "auth/ProfileStore.h"
#include "util/Blocking.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Realistic shapes, each distinct and long enough that a match cannot be an accident. The fake X
// accepts only its own credentials (FakeXCredentials.h), so the profile that makes API calls
// holds those; "Leaky" holds these and its calls fail.
const QStringList ProfileSecrets = {
    u"leak-ck-Vq3JxN9sT2pLw8Rz"_s,
    u"leak-cs-4mHbK7dQ1yFz9UcXeA2sWn6tJ0rLgP8v"_s,
    u"AAAAAAAAAAAAAAAAAAAAleak-bearer-Q9x8w7v6u5t4"_s,
    u"1234567890-leak-at-ZpY3xW2vU1tS0rQ9"_s,
    u"leak-ats-Lm5Nk4Jh3Gf2Ds1Aq0Pw9Oe8"_s,
};
const QStringList SessionSecrets = {FakeX::ConsumerKey, FakeX::ConsumerSecret, FakeX::BearerToken,
                                    FakeX::AccessToken, FakeX::AccessTokenSecret};
const QStringList EnvFileSecrets = {
    u"leak-env-ck-Tt6Yy7Uu8Ii9"_s,
    u"leak-env-cs-Oo0Pp1Aa2Ss3Dd4Ff5"_s,
    u"leak-env-at-Gg6Hh7Jj8Kk9"_s,
    u"leak-env-ats-Ll0Zz1Xx2Cc3"_s,
};
const QStringList EnvironmentSecrets = {
    u"leak-xenv-cs-Vv4Bb5Nn6Mm7"_s,
    u"leak-xenv-bearer-Qq8Ww9Ee0"_s,
};
const QStringList Fields = {u"consumer_key"_s, u"consumer_secret"_s, u"bearer_token"_s,
                            u"access_token"_s, u"access_token_secret"_s};

QByteArray fixture(const QString &name)
{
    QFile file(QString::fromUtf8(AAC_SOURCE_DIR) + u"/resources/fixtures/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray signedPost(const QByteArray &body, const QString &secret)
{
    const QByteArray signature = "sha256="
        + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256)
              .toBase64();
    return RawHttpClient::post("/webhook", body, {"X-Twitter-Webhooks-Signature: " + signature});
}

QString minutesAgo(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(u"yyyyMMddHHmm"_s);
}

// Each secret as it is and in the other spellings a request or a log line could give it.
QList<QByteArray> spellings(const QStringList &secrets)
{
    QList<QByteArray> all;
    for (const QString &secret : secrets) {
        const QByteArray raw = secret.toUtf8();
        for (const QByteArray &s :
             {raw, QUrl::toPercentEncoding(secret), QByteArray::fromPercentEncoding(raw)}) {
            if (!all.contains(s))
                all << s;
        }
    }
    return all;
}

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullSessionLeaksNoSecret();
    void cleanup();

private:
    void profileCommands();
    void sessionProfile();
    void storeSignedInAccount();
    void startListener();
    void deliverToListener();
    void apiCalls();
    void callLog();
    void stopListener();
    void guiSession();
    void exports();
    void environmentOverrides();
    void checkLogsAreReal();
    //! Searches every output so far and every file now under the XDG directories.
    void searchEverything(const QString &when);

    //! Runs the CLI at debug level into the shared log file; fails the test on another exit code.
    CliRun run(QStringList args, const QByteArray &input = {}, int expected = 0);
    QString dbPath() const;

    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<FakeXServer> m_x;
    std::unique_ptr<QTemporaryDir> m_elsewhere; // the user's .env file, outside the app's dirs
    QList<CliRun> m_runs;
    QString m_logFile;
    QString m_listenLog;
    std::unique_ptr<QProcess> m_listen;
    quint16 m_listenPort = 0;
    QByteArray m_listenErr;
    QString m_webhookId;
    QStringList m_filesSeen; // every file searched, by path relative to the XDG home
};

void TestSecretLeaks::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("AAC_IN_TEST_SESSION"))
        QSKIP("needs the keyring session of scripts/test (scripts/lib/test-session.sh)");
}

void TestSecretLeaks::cleanup()
{
    if (m_listen && m_listen->state() != QProcess::NotRunning) { // a phase failed before the stop
        m_listen->kill();
        m_listen->waitForFinished(5000);
    }
}

CliRun TestSecretLeaks::run(QStringList args, const QByteArray &input, int expected)
{
    args << u"--log-level"_s << u"debug"_s << u"--log-file"_s << m_logFile;
    // The event loop runs meanwhile, so the in-process fake X answers the API commands.
    const CliRun r = m_cli->runServing(args, input);
    m_runs << r;
    [&] {
        QVERIFY2(r.finished, qPrintable(args.join(u' ')));
        QVERIFY2(r.exitCode == expected,
                 qPrintable(args.join(u' ') + u" exited "_s + QString::number(r.exitCode) + u": "_s
                            + r.errText()));
    }();
    return r;
}

QString TestSecretLeaks::dbPath() const
{
    return m_cli->dataDir() + u"/aaconsole/aaconsole/profiles/Session/capture.db"_s;
}

void TestSecretLeaks::fullSessionLeaksNoSecret()
{
    m_cli = std::make_unique<CliRunner>();
    m_x = std::make_unique<FakeXServer>();
    QVERIFY(m_x->start());
    QDir(m_cli->dataDir()).mkpath(u"logs"_s);
    m_logFile = m_cli->dataDir() + u"/logs/aaconsole-cli.log"_s;
    m_listenLog = m_cli->dataDir() + u"/logs/listen.log"_s;

    for (void (TestSecretLeaks::*phase)() :
         {&TestSecretLeaks::profileCommands, &TestSecretLeaks::sessionProfile,
          &TestSecretLeaks::storeSignedInAccount, &TestSecretLeaks::startListener,
          &TestSecretLeaks::deliverToListener, &TestSecretLeaks::apiCalls,
          &TestSecretLeaks::callLog}) {
        (this->*phase)();
        if (QTest::currentTestFailed())
            return;
    }
    // While `listen` still has the store open, its -wal and -shm files exist: search them too.
    searchEverything(u"while listen runs"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(m_filesSeen.contains(u"data/aaconsole/aaconsole/profiles/Session/capture.db-wal"_s),
             qPrintable(m_filesSeen.join(u", "_s)));
    QVERIFY(m_filesSeen.contains(u"data/aaconsole/aaconsole/profiles/Session/capture.db-shm"_s));
    for (void (TestSecretLeaks::*phase)() :
         {&TestSecretLeaks::stopListener, &TestSecretLeaks::guiSession, &TestSecretLeaks::exports,
          &TestSecretLeaks::environmentOverrides, &TestSecretLeaks::checkLogsAreReal}) {
        (this->*phase)();
        if (QTest::currentTestFailed())
            return;
    }
    searchEverything(u"at the end"_s);
    QVERIFY2(m_filesSeen.contains(u"data/logs/aaconsole.log"_s), // the window's log was searched
             qPrintable(m_filesSeen.join(u", "_s)));
}

// Profile commands with the Leaky profile's values, an imported .env file and failures.
void TestSecretLeaks::profileCommands()
{
    m_elsewhere = std::make_unique<QTemporaryDir>();
    const QString envFile = m_elsewhere->filePath(u".env"_s);
    QFile env(envFile);
    QVERIFY(env.open(QIODevice::WriteOnly));
    const QString text = u"TWITTER_CONSUMER_KEY="_s + EnvFileSecrets.at(0)
        + u"\nTWITTER_CONSUMER_SECRET=\""_s + EnvFileSecrets.at(1)
        + u"\"\nexport TWITTER_ACCESS_TOKEN="_s + EnvFileSecrets.at(2)
        + u"\nTWITTER_ACCESS_TOKEN_SECRET='"_s + EnvFileSecrets.at(3)
        + u"'\nTWITTER_WEBHOOK_ENV=dev\n"_s;
    env.write(text.toUtf8());
    env.close();

    run({u"profiles"_s, u"add"_s, u"Leaky"_s, u"--api"_s, u"v1.1"_s});
    for (qsizetype i = 0; i < Fields.size(); ++i)
        run({u"profiles"_s, u"set-secret"_s, u"Leaky"_s, Fields.at(i)},
            ProfileSecrets.at(i).toUtf8() + "\n");
    run({u"profiles"_s, u"use"_s, u"Leaky"_s});
    run({u"profiles"_s, u"list"_s});
    run({u"--json"_s, u"profiles"_s, u"list"_s});
    run({u"profiles"_s, u"show"_s});
    run({u"--json"_s, u"profiles"_s, u"show"_s});
    run({u"crc"_s, u"token-1"_s});
    run({u"--json"_s, u"sign"_s, u"-"_s}, "{\"event\":1}");
    run({u"profiles"_s, u"import-env"_s, u"Imported"_s, envFile});
    run({u"profiles"_s, u"rename"_s, u"Imported"_s, u"Renamed"_s});
    run({u"--profile"_s, u"Renamed"_s, u"crc"_s, u"token-2"_s});
    run({u"--json"_s, u"profiles"_s, u"show"_s, u"Renamed"_s});
    // Failures print messages too.
    run({u"profiles"_s, u"set-secret"_s, u"Leaky"_s, u"bogus_field"_s},
        ProfileSecrets.at(0).toUtf8(), 2);
    run({u"profiles"_s, u"set-secret"_s, u"Nope"_s, u"consumer_key"_s},
        ProfileSecrets.at(0).toUtf8(), 3);
    // Calls X rejects (these are not the fake's credentials): error 32 at debug level, with the
    // signature base string logged and the calls recorded in Leaky's store.
    const QStringList leakyAtFake {u"--profile"_s, u"Leaky"_s, u"--api-base"_s,
                                   m_x->baseUrl().toString()};
    run(leakyAtFake + QStringList {u"whoami"_s}, {}, 1);
    run(leakyAtFake + QStringList {u"--json"_s, u"webhooks"_s, u"list"_s}, {}, 1);
    run(leakyAtFake + QStringList {u"--json"_s, u"log"_s});
}

// The profile of the rest of the session: the fake X's base URL and its five secrets.
void TestSecretLeaks::sessionProfile()
{
    run({u"profiles"_s, u"add"_s, u"Session"_s, u"--api-base"_s, m_x->baseUrl().toString()});
    for (qsizetype i = 0; i < Fields.size(); ++i)
        run({u"profiles"_s, u"set-secret"_s, u"Session"_s, Fields.at(i)},
            SessionSecrets.at(i).toUtf8() + "\n");
    run({u"profiles"_s, u"use"_s, u"Session"_s});
}

// PIN sign-in keeps the account's token pair under the profile, so that `profiles show`,
// `rename` and `--account` handle account entries.
void TestSecretLeaks::storeSignedInAccount()
{
    const CliRun signedIn = run({u"signin"_s}, FakeX::Pin.toUtf8() + "\n");
    QVERIFY2(signedIn.outText().contains(u"Kept in profile \"Session\""_s),
             signedIn.out.constData());
    run({u"profiles"_s, u"show"_s, u"Session"_s});
    run({u"--json"_s, u"profiles"_s, u"show"_s, u"Session"_s});
    run({u"subscriptions"_s, u"check"_s, u"--webhook"_s,
         m_x->api().addWebhook(u"https://example.com/pin"_s), u"--account"_s, FakeX::PinUserId});
}

// `listen` as its own process, with the profile's consumer secret from the keychain.
void TestSecretLeaks::startListener()
{
    m_listen.reset(m_cli->start({u"listen"_s, u"--port"_s, u"0"_s, u"--log-level"_s, u"debug"_s,
                                 u"--log-file"_s, m_listenLog}));
    static const QRegularExpression listening(
        uR"(Listening on http://127\.0\.0\.1:(\d+)/webhook)"_s);
    for (int i = 0; i < 200 && m_listenPort == 0; ++i) {
        m_listen->waitForReadyRead(100);
        m_listenErr += m_listen->readAllStandardError();
        const auto match = listening.match(QString::fromUtf8(m_listenErr));
        if (match.hasMatch())
            m_listenPort = quint16(match.captured(1).toUInt());
    }
    QVERIFY2(m_listenPort != 0, m_listenErr.constData());
}

// A CRC check, signed POSTs (keep-alive and a new connection) and one with a wrong signature.
void TestSecretLeaks::deliverToListener()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_listenPort));
    client.send(RawHttpClient::get("/webhook?crc_token=leak-test-crc-token"));
    const RawHttpClient::Response crc = client.readResponse();
    QCOMPARE(crc.status, 200);
    QVERIFY(crc.body.startsWith("{\"response_token\":\"sha256="));
    client.send(signedPost(fixture(u"aaa/favorite_events.json"_s), FakeX::ConsumerSecret));
    QCOMPARE(client.readResponse().status, 200);
    client.send(signedPost(fixture(u"aaa/direct_message_events.json"_s), FakeX::ConsumerSecret));
    QCOMPARE(client.readResponse().status, 200);
    client.send(signedPost(fixture(u"aaa/follow.json"_s), ProfileSecrets.at(1)));
    QCOMPARE(client.readResponse().status, 401);

    RawHttpClient second;
    QVERIFY(second.connectTo(m_listenPort));
    second.send(signedPost(fixture(u"aaa/tweet_create_mention.json"_s), FakeX::ConsumerSecret));
    QCOMPARE(second.readResponse().status, 200);
}

// Every API command with the profile's credentials, while `listen` writes the same store.
void TestSecretLeaks::apiCalls()
{
    run({u"whoami"_s});
    run({u"--json"_s, u"whoami"_s});
    const QString url = u"http://127.0.0.1:%1/webhook"_s.arg(m_listenPort);
    const CliRun registered = run({u"--json"_s, u"webhooks"_s, u"register"_s, url});
    m_webhookId = QJsonDocument::fromJson(registered.out).object()[u"webhook"][u"id"].toString();
    QVERIFY2(!m_webhookId.isEmpty(), registered.out.constData());
    const QStringList hook {u"--webhook"_s, m_webhookId};
    run({u"webhooks"_s, u"list"_s});
    run({u"--json"_s, u"webhooks"_s, u"validate"_s, m_webhookId});
    run(QStringList {u"subscriptions"_s, u"add"_s} + hook);
    run(QStringList {u"--json"_s, u"subscriptions"_s, u"check"_s} + hook);
    run(QStringList {u"--json"_s, u"subscriptions"_s, u"list"_s} + hook);
    run({u"subscriptions"_s, u"count"_s});
    run(QStringList {u"--json"_s, u"replay"_s, u"--from"_s, minutesAgo(120), u"--to"_s,
                     minutesAgo(60)}
        + hook);

    // PIN sign-in: X hands over the account's token pair, which the CLI must not show or keep.
    run({u"signin"_s}, FakeX::Pin.toUtf8() + '\n');
    run({u"--json"_s, u"signin"_s}, FakeX::Pin.toUtf8() + '\n');
    // That account subscribes with its own pair, from the environment (README: "use its tokens").
    m_cli->setEnv(u"X_ACCESS_TOKEN"_s, FakeX::PinUserToken);
    m_cli->setEnv(u"X_ACCESS_TOKEN_SECRET"_s, FakeX::PinUserSecret);
    run(QStringList {u"subscriptions"_s, u"add"_s} + hook);
    run(QStringList {u"--json"_s, u"subscriptions"_s, u"check"_s} + hook);
    m_cli->unsetEnv(u"X_ACCESS_TOKEN"_s);
    m_cli->unsetEnv(u"X_ACCESS_TOKEN_SECRET"_s);
    QCOMPARE(m_x->api().subscribers(m_webhookId), (QStringList {FakeX::OwnerId, FakeX::PinUserId}));

    // Failures: X's error bodies, a wrong PIN, a rate limit.
    run({u"webhooks"_s, u"validate"_s, u"999"_s}, {}, 1);
    run({u"--json"_s, u"signin"_s}, "1111111\n", 1);
    m_x->failNext(u"GET /2/webhooks"_s,
                  FakeXApi::v2Error(429, u"TooManyRequests"_s, u"Too Many Requests"_s));
    run({u"webhooks"_s, u"list"_s}, {}, 1);

    run(QStringList {u"subscriptions"_s, u"remove"_s} + hook + QStringList {FakeX::PinUserId});
    run({u"--json"_s, u"webhooks"_s, u"delete"_s, m_webhookId});
    // Every call of the Session profile authenticated (Leaky's went to the v1.1 paths).
    for (const FakeRequest &r : m_x->requests())
        QVERIFY2(!r.auth.startsWith(u"invalid"_s) || r.path.startsWith(u"/1.1/"_s),
                 qPrintable(r.path + u": "_s + r.auth));
}

// The call log, and each kind of call as a curl command.
void TestSecretLeaks::callLog()
{
    run({u"log"_s});
    const CliRun listed = run({u"--json"_s, u"log"_s, u"--last"_s, u"100"_s});
    const QJsonArray calls = QJsonDocument::fromJson(listed.out).object()[u"calls"].toArray();
    QVERIFY2(calls.size() >= 15, listed.out.constData());
    QSet<QString> auths;
    for (const QJsonValue &call : calls) {
        const QString auth = call[u"auth"].toString();
        if (auths.contains(auth))
            continue;
        auths << auth;
        const QString id = call[u"id"].isString() ? call[u"id"].toString()
                                                  : QString::number(call[u"id"].toInteger());
        run({u"log"_s, u"--curl"_s, id});
        run({u"--json"_s, u"log"_s, u"--curl"_s, id});
    }
    // Bearer, the app owner, a subscriber, the consumer alone and a request token.
    QVERIFY2(auths.size() >= 4, qPrintable(QStringList(auths.cbegin(), auths.cend()).join(u' ')));
}

void TestSecretLeaks::stopListener()
{
    m_listen->terminate(); // SIGTERM: flush the store and exit 0
    QVERIFY(m_listen->waitForFinished(15000));
    CliRun r;
    r.finished = true;
    r.exitCode = m_listen->exitCode();
    r.out = m_listen->readAllStandardOutput();
    r.err = m_listenErr + m_listen->readAllStandardError();
    m_runs << r;
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("favorite"), r.out.constData()); // one line per event
    QVERIFY2(r.err.contains("CRC "), r.err.constData()); // diagnostics on stderr
}

// The window on the same profile: it reads the profile's secrets at debug level, answers a CRC
// check and a signed delivery with the consumer secret, and writes its settings and its log.
void TestSecretLeaks::guiSession()
{
    {
        QSettings settings(m_cli->settingsFile(), QSettings::IniFormat);
        KeychainCredentialStore keychain(m_cli->keychainService());
        ProfileStore store(settings, keychain);
        Profile session = *store.profile(u"Session"_s);
        session.responder.port = 0; // any free port, not 8321
        QVERIFY(store.update(session).ok());
    }
    const QString log = m_cli->dataDir() + u"/logs/aaconsole.log"_s;
    QProcess gui;
    QProcessEnvironment env = m_cli->environment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    gui.setProcessEnvironment(env);
    gui.start(QString::fromUtf8(AAC_GUI_PATH),
              {u"--log-level"_s, u"debug"_s, u"--log-file"_s, log});
    QVERIFY(gui.waitForStarted());
    static const QRegularExpression listening(
        uR"(listening on "http://127\.0\.0\.1:(\d+)/webhook")"_s);
    quint16 port = 0;
    for (int i = 0; i < 300 && port == 0; ++i) {
        QTest::qWait(50);
        QFile file(log);
        if (file.open(QIODevice::ReadOnly)) {
            const auto match = listening.match(QString::fromUtf8(file.readAll()));
            if (match.hasMatch())
                port = quint16(match.captured(1).toUInt());
        }
    }
    QVERIFY2(port != 0, gui.readAllStandardError().constData());
    RawHttpClient client;
    QVERIFY(client.connectTo(port));
    client.send(RawHttpClient::get("/webhook?crc_token=gui-leak-test-token"));
    QCOMPARE(client.readResponse().status, 200);
    client.send(signedPost(fixture(u"aaa/block.json"_s), FakeX::ConsumerSecret));
    QCOMPARE(client.readResponse().status, 200);
    gui.terminate();
    if (!gui.waitForFinished(10000)) {
        gui.kill();
        gui.waitForFinished(5000);
    }
    CliRun r;
    r.finished = true;
    r.out = gui.readAllStandardOutput();
    r.err = gui.readAllStandardError();
    m_runs << r;
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains(" D aaconsole.keychain: "), "the window read no secret at debug level");
}

// Exports into the app's data directory (searched with the rest) and to stdout.
void TestSecretLeaks::exports()
{
    const QString dir = m_cli->dataDir() + u"/exports"_s;
    QDir().mkpath(dir);
    run({u"export"_s, u"--out"_s, dir + u"/events.ndjson"_s});
    run({u"export"_s, u"--with-delivery"_s, u"--out"_s, dir + u"/deliveries.ndjson"_s});
    const CliRun out = run({u"export"_s, u"--with-delivery"_s});
    // The export carries the deliveries' headers and raw bodies, the bad signature's included.
    QVERIFY(out.out.toLower().contains("x-twitter-webhooks-signature"));
    QVERIFY(out.out.contains("\"signature\":\"invalid\""));
    QVERIFY(out.out.count('\n') >= 4);
    QFile file(dir + u"/deliveries.ndjson"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), out.out);
}

// The X_* variables override the profile per field; then the profiles are renamed and removed,
// which moves and deletes their entries (the account's too).
void TestSecretLeaks::environmentOverrides()
{
    m_cli->setEnv(u"X_CONSUMER_SECRET"_s, EnvironmentSecrets.at(0));
    m_cli->setEnv(u"X_BEARER_TOKEN"_s, EnvironmentSecrets.at(1));
    run({u"crc"_s, u"token-3"_s});
    run({u"sign"_s, u"-"_s}, "body");
    run({u"profiles"_s, u"show"_s});
    run({u"webhooks"_s, u"list"_s}, {}, 1); // the fake does not know this bearer token
    m_cli->unsetEnv(u"X_CONSUMER_SECRET"_s);
    m_cli->unsetEnv(u"X_BEARER_TOKEN"_s);
    run({u"profiles"_s, u"rename"_s, u"Session"_s, u"Finished"_s});
    run({u"--json"_s, u"profiles"_s, u"show"_s, u"Finished"_s});
    run({u"--profile"_s, u"Finished"_s, u"whoami"_s});
    run({u"profiles"_s, u"remove"_s, u"Renamed"_s});
}

// The logs were really written at debug level, so their silence about secrets means something.
void TestSecretLeaks::checkLogsAreReal()
{
    QFile log(m_logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY2(text.contains(" D aaconsole.keychain: "), "no keychain debug lines in the log");
    QVERIFY(text.contains("Session/consumer_secret"));
    QVERIFY(text.contains(QByteArray("Session/accounts/" + FakeX::PinUserId.toUtf8())));
    QVERIFY2(text.contains(" D aaconsole.api: OAuth 1.0a base string:"), "no base strings");
    const QByteArray listCall = " D aaconsole.api: GET " + m_x->baseUrl().toString().toUtf8()
        + "/2/webhooks \xe2\x86\x92 200";
    QVERIFY(text.contains(listCall));
    QFile listenLog(m_listenLog);
    QVERIFY(listenLog.open(QIODevice::ReadOnly));
    const QByteArray listened = listenLog.readAll();
    // Its CRC and refusal lines go to stdout and stderr (searched with every output), not here.
    QVERIFY2(listened.contains(" D aaconsole.keychain: read \"Session/consumer_secret\""),
             listened.constData());
    QVERIFY2(listened.contains("listening on"), listened.constData());
}

void TestSecretLeaks::searchEverything(const QString &when)
{
    const QList<QByteArray> secrets = spellings(ProfileSecrets + SessionSecrets + EnvFileSecrets
                                                + EnvironmentSecrets + FakeX::allSecrets());
    for (const CliRun &r : std::as_const(m_runs)) {
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!r.out.contains(secret),
                     qPrintable(u"stdout holds "_s + QString::fromUtf8(secret)));
            QVERIFY2(!r.err.contains(secret),
                     qPrintable(u"stderr holds "_s + QString::fromUtf8(secret)));
        }
    }
    const QDir home(QFileInfo(m_cli->configDir()).absolutePath());
    int files = 0;
    for (const QString &root : {m_cli->configDir(), m_cli->dataDir()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            ++files;
            m_filesSeen << home.relativeFilePath(file.fileName());
            for (const QByteArray &secret : secrets) {
                QVERIFY2(!bytes.contains(secret),
                         qPrintable(file.fileName() + u" holds "_s + QString::fromUtf8(secret)
                                    + u" ("_s + when + u')'));
            }
        }
    }
    qInfo().noquote() << when
                      << u": searched %1 outputs of %2 runs and %3 files for %4 spellings"_s
                             .arg(m_runs.size() * 2)
                             .arg(m_runs.size())
                             .arg(files)
                             .arg(secrets.size());
    // At least the settings, two logs and the capture store.
    QVERIFY2(files >= 4, qPrintable(m_filesSeen.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secret_leaks.moc"
