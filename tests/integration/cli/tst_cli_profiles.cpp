// `aaconsole-cli profiles …` and --profile as a user meets them, against the real gnome-keyring
// of the test session (each CliRunner uses a keychain service of its own). secret-tool reads the
// keyring independently of QtKeychain, so "the entry is there / gone" is checked from outside.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ConsumerSecret = u"kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"_s;
// crc foo with the consumer secret "test": the CLI's published vector.
const QString CrcForTest
    = u"{\"response_token\":\"sha256=HlU5y5rWhNi1SHftUCyOxuT6JRuDqeVBKWp1yvldR04=\"}\n"_s;

QJsonObject json(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// The keyring's own answer: every `user` attribute (our key) stored under `service`.
QStringList keyringKeys(const QString &service)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, service});
    tool.waitForFinished(10000);
    QStringList keys;
    const QString text
        = QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u"attribute.user = "))
            keys << line.mid(17);
    }
    keys.sort();
    return keys;
}

QString keyringValue(const QString &service, const QString &key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, service, u"user"_s, key});
    tool.waitForFinished(10000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRunListsTheSandbox();
    void addSetSecretShow();
    void setSecretInputRules_data();
    void setSecretInputRules();
    void setSecretOnATerminalHidesInput();
    void profileSelectionAndEnvironmentOverride();
    void renameMovesKeychainEntriesAndData();
    void removeDeletesEntriesAndAsksAboutData();
    void importEnv();
    void importEnvRejectsUselessFiles();
};

void TestCliProfiles::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("AAC_IN_TEST_SESSION"))
        QSKIP("needs the keyring session of scripts/test (scripts/lib/test-session.sh)");
}

void TestCliProfiles::firstRunListsTheSandbox()
{
    CliRunner cli;
    const CliRun list = cli.run({u"profiles"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.outText().startsWith(u"* Sandbox  v2    http://127.0.0.1:8322"_s),
             list.out.constData());

    const QJsonObject o = json(cli.run({u"--json"_s, u"profiles"_s, u"list"_s}));
    QCOMPARE(o.value(u"active"_s).toString(), u"Sandbox"_s);
    const QJsonObject sandbox = o.value(u"profiles"_s).toArray().first().toObject();
    QCOMPARE(sandbox.value(u"sandbox"_s).toBool(), true);
    QCOMPARE(sandbox.value(u"api_base"_s).toString(), u"http://127.0.0.1:8322"_s);
    QCOMPARE(sandbox.value(u"responder"_s).toObject().value(u"port"_s).toInt(), 8321);

    // The Sandbox's secrets are built in: crc works on a fresh machine, and no keychain entry
    // was made for them.
    QCOMPARE(cli.run({u"crc"_s, u"foo"_s}).exitCode, 0);
    QVERIFY(keyringKeys(cli.keychainService()).isEmpty());
}

void TestCliProfiles::addSetSecretShow()
{
    CliRunner cli;
    const CliRun added = cli.run({u"profiles"_s, u"add"_s, u"Work"_s, u"--api"_s, u"v1.1"_s,
                                  u"--api-base"_s, u"https://api.example.test"_s, u"--app-id"_s,
                                  u"4242"_s, u"--webhook-env"_s, u"dev"_s});
    QCOMPARE(added.exitCode, 0);
    QVERIFY(
        added.outText().contains(u"Added profile \"Work\" (v1.1 at https://api.example.test)"_s));

    const CliRun set = cli.run({u"profiles"_s, u"set-secret"_s, u"Work"_s, u"consumer_secret"_s},
                               ConsumerSecret.toUtf8() + "\n");
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.outText().contains(u"Stored consumer_secret of profile \"Work\" (43 chars)"_s),
             set.out.constData());
    QVERIFY(!set.outText().contains(ConsumerSecret));
    // In the keyring (without the newline), under the documented key; not in the settings file.
    QCOMPARE(keyringValue(cli.keychainService(), u"Work/consumer_secret"_s), ConsumerSecret);
    QFile settings(cli.settingsFile());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray ini = settings.readAll();
    QVERIFY(ini.contains("consumer_secret"));
    QVERIFY(!ini.contains(ConsumerSecret.toUtf8()));

    const CliRun show = cli.run({u"profiles"_s, u"show"_s, u"work"_s});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.outText().contains(u"consumer_secret      set (43 chars)"_s),
             show.out.constData());
    QVERIFY(show.outText().contains(u"consumer_key         not set"_s));
    QVERIFY(show.outText().contains(u"Webhook environment: dev"_s));
    QVERIFY(show.outText().contains(u"API:                 v1.1 at https://api.example.test"_s));
    QVERIFY(!show.outText().contains(ConsumerSecret));

    const QJsonObject o = json(cli.run({u"--json"_s, u"profiles"_s, u"show"_s, u"Work"_s}));
    QCOMPARE(o.value(u"app_id"_s).toString(), u"4242"_s);
    const QJsonObject secret
        = o.value(u"secrets"_s).toObject().value(u"consumer_secret"_s).toObject();
    QCOMPARE(secret.value(u"source"_s).toString(), u"stored"_s);
    QCOMPARE(secret.value(u"length"_s).toInt(), 43);
    QVERIFY(o.value(u"secrets_location"_s).toString().contains(cli.keychainService()));
}

void TestCliProfiles::setSecretInputRules_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base {u"profiles"_s, u"set-secret"_s, u"Work"_s};
    QTest::newRow("empty stdin") << (base + QStringList {u"bearer_token"_s}) << QByteArray() << 2
                                 << u"no value on stdin"_s;
    QTest::newRow("only whitespace") << (base + QStringList {u"bearer_token"_s})
                                     << QByteArray(" \n\n") << 2 << u"no value on stdin"_s;
    QTest::newRow("two lines") << (base + QStringList {u"bearer_token"_s})
                               << QByteArray("one\ntwo\n") << 2 << u"several lines"_s;
    QTest::newRow("value on the command line")
        << (base + QStringList {u"bearer_token"_s, u"s3cr3t-in-argv"_s}) << QByteArray("x") << 2
        << u"too many arguments"_s;
    QTest::newRow("unknown field") << (base + QStringList {u"password"_s}) << QByteArray("x") << 2
                                   << u"unknown FIELD 'password'; it is one of: consumer_key"_s;
    QTest::newRow("unknown profile")
        << QStringList {u"profiles"_s, u"set-secret"_s, u"Nope"_s, u"bearer_token"_s}
        << QByteArray("x") << 3 << u"There is no profile named \"Nope\""_s;
}

void TestCliProfiles::setSecretInputRules()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    CliRunner cli;
    QCOMPARE(cli.run({u"profiles"_s, u"add"_s, u"Work"_s}).exitCode, 0);
    const CliRun r = cli.run(args, input);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY(keyringKeys(cli.keychainService()).isEmpty());
}

void TestCliProfiles::setSecretOnATerminalHidesInput()
{
    // script(1) gives the CLI a pseudo-terminal as stdin and copies what the terminal shows to
    // its stdout: the prompt must say input is hidden, and the typed secret must not appear.
    CliRunner cli;
    QCOMPARE(cli.run({u"profiles"_s, u"add"_s, u"Work"_s}).exitCode, 0);
    QProcess script;
    script.setProcessEnvironment(cli.environment());
    script.start(u"script"_s,
                 {u"-q"_s, u"-e"_s, u"-c"_s,
                  CliRunner::cliPath() + u" profiles set-secret Work bearer_token"_s,
                  u"/dev/null"_s});
    QVERIFY(script.waitForStarted());
    QByteArray shown;
    QTRY_VERIFY_WITH_TIMEOUT((shown += script.readAllStandardOutput()).contains("input is hidden"),
                             10000);
    script.write("typed-bearer-value-123\r");
    QVERIFY(script.waitForFinished(15000));
    shown += script.readAllStandardOutput();
    QCOMPARE(script.exitCode(), 0);
    QVERIFY2(!shown.contains("typed-bearer-value-123"), shown.constData());
    QVERIFY2(shown.contains("Stored bearer_token"), shown.constData());
    QCOMPARE(keyringValue(cli.keychainService(), u"Work/bearer_token"_s),
             u"typed-bearer-value-123"_s);
}

void TestCliProfiles::profileSelectionAndEnvironmentOverride()
{
    CliRunner cli;
    QCOMPARE(cli.run({u"profiles"_s, u"add"_s, u"Work"_s}).exitCode, 0);
    QCOMPARE(
        cli.run({u"profiles"_s, u"set-secret"_s, u"Work"_s, u"consumer_secret"_s}, "test").exitCode,
        0);
    // --profile selects (case-insensitively); the active profile is still the Sandbox.
    const CliRun selected = cli.run({u"--profile"_s, u"WORK"_s, u"crc"_s, u"foo"_s});
    QCOMPARE(selected.exitCode, 0);
    QCOMPARE(selected.outText(), CrcForTest);
    QVERIFY(cli.run({u"crc"_s, u"foo"_s}).outText() != CrcForTest);

    // `use` makes it the active one.
    const CliRun use = cli.run({u"profiles"_s, u"use"_s, u"Work"_s});
    QCOMPARE(use.exitCode, 0);
    QCOMPARE(cli.run({u"crc"_s, u"foo"_s}).outText(), CrcForTest);
    QVERIFY(cli.run({u"profiles"_s, u"list"_s}).outText().contains(u"* Work"_s));

    // X_CONSUMER_SECRET overrides the profile's value for this run.
    cli.setEnv(u"X_CONSUMER_SECRET"_s, ConsumerSecret);
    QCOMPARE(cli.run({u"crc"_s, u"foo"_s}).outText(),
             u"{\"response_token\":\"sha256=KGwPHQJPaVoxk5RWMCZXvu7ppQqe20ugPzzV9ed1O3o=\"}\n"_s);
    QVERIFY(cli.run({u"profiles"_s, u"show"_s})
                .outText()
                .contains(u"set (4 chars); overridden in this environment by X_CONSUMER_SECRET "
                          "(43 chars)"_s));
    cli.unsetEnv(u"X_CONSUMER_SECRET"_s);

    const CliRun unknown = cli.run({u"--profile"_s, u"Nope"_s, u"crc"_s, u"foo"_s});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY(unknown.errText().contains(u"There is no profile named \"Nope\""_s));
    QCOMPARE(cli.run({u"profiles"_s, u"use"_s, u"Nope"_s}).exitCode, 3);
}

void TestCliProfiles::renameMovesKeychainEntriesAndData()
{
    CliRunner cli;
    QCOMPARE(cli.run({u"profiles"_s, u"add"_s, u"Work"_s}).exitCode, 0);
    QCOMPARE(cli.run({u"profiles"_s, u"use"_s, u"Work"_s}).exitCode, 0);
    for (const QString &field : {u"consumer_key"_s, u"consumer_secret"_s, u"bearer_token"_s}) {
        QCOMPARE(cli.run({u"profiles"_s, u"set-secret"_s, u"Work"_s, field}, field.toUtf8() + "-v")
                     .exitCode,
                 0);
    }
    const QString dataRoot = cli.dataDir() + u"/aaconsole/aaconsole/profiles/"_s;
    QVERIFY(QDir().mkpath(dataRoot + u"Work"_s));
    QFile(dataRoot + u"Work/capture.db"_s).open(QIODevice::WriteOnly);

    const CliRun renamed = cli.run({u"profiles"_s, u"rename"_s, u"Work"_s, u"Job Two"_s});
    QCOMPARE(renamed.exitCode, 0);
    QCOMPARE(keyringKeys(cli.keychainService()),
             (QStringList {u"Job Two/bearer_token"_s, u"Job Two/consumer_key"_s,
                           u"Job Two/consumer_secret"_s}));
    QCOMPARE(keyringValue(cli.keychainService(), u"Job Two/consumer_secret"_s),
             u"consumer_secret-v"_s);
    QVERIFY(!QDir(dataRoot + u"Work"_s).exists());
    QVERIFY(QFile::exists(dataRoot + u"Job%20Two/capture.db"_s));
    QVERIFY(cli.run({u"profiles"_s, u"list"_s}).outText().contains(u"* Job Two"_s));

    const CliRun clash = cli.run({u"profiles"_s, u"rename"_s, u"Job Two"_s, u"sandbox"_s});
    QCOMPARE(clash.exitCode, 2);
    QVERIFY(clash.errText().contains(u"A profile named \"Sandbox\" already exists"_s));
}

void TestCliProfiles::removeDeletesEntriesAndAsksAboutData()
{
    CliRunner cli;
    for (const QString &name : {u"One"_s, u"Two"_s}) {
        QCOMPARE(cli.run({u"profiles"_s, u"add"_s, name}).exitCode, 0);
        QCOMPARE(cli.run({u"profiles"_s, u"set-secret"_s, name, u"access_token"_s}, "tok-123456")
                     .exitCode,
                 0);
    }
    const QString dataRoot = cli.dataDir() + u"/aaconsole/aaconsole/profiles/"_s;
    QVERIFY(QDir().mkpath(dataRoot + u"One"_s));

    const CliRun asks = cli.run({u"profiles"_s, u"remove"_s, u"One"_s});
    QCOMPARE(asks.exitCode, 2);
    QVERIFY2(asks.errText().contains(u"add --delete-captures to delete it too, or "
                                     "--keep-captures"_s),
             asks.err.constData());
    QCOMPARE(keyringKeys(cli.keychainService()).size(), 2);

    const CliRun kept = cli.run({u"profiles"_s, u"remove"_s, u"One"_s, u"--keep-captures"_s});
    QCOMPARE(kept.exitCode, 0);
    QVERIFY(kept.outText().contains(u"Its captured data was kept in"_s));
    QVERIFY(QDir(dataRoot + u"One"_s).exists());
    QCOMPARE(keyringKeys(cli.keychainService()), QStringList {u"Two/access_token"_s});

    // No captured data: no question.
    QCOMPARE(cli.run({u"profiles"_s, u"remove"_s, u"Two"_s}).exitCode, 0);
    QVERIFY(keyringKeys(cli.keychainService()).isEmpty());
    QCOMPARE(cli.run({u"profiles"_s, u"remove"_s, u"Two"_s}).exitCode, 3);

    QVERIFY(QDir().mkpath(dataRoot + u"Sandbox"_s));
    const QJsonObject o = json(
        cli.run({u"--json"_s, u"profiles"_s, u"remove"_s, u"Sandbox"_s, u"--delete-captures"_s}));
    QCOMPARE(o.value(u"removed"_s).toString(), u"Sandbox"_s);
    QVERIFY(!QDir(dataRoot + u"Sandbox"_s).exists());
    QVERIFY(cli.run({u"profiles"_s, u"list"_s}).outText().contains(u"No profiles"_s));
}

void TestCliProfiles::importEnv()
{
    CliRunner cli;
    QTemporaryDir dir;
    const QString env = dir.filePath(u".env"_s);
    QFile file(env);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# autohook\r\n"
               "export TWITTER_CONSUMER_KEY=\"ck-abcdef123456\"\r\n"
               "TWITTER_CONSUMER_SECRET='cs-abcdef123456'\r\n"
               "TWITTER_ACCESS_TOKEN=123-at-abcdef # the owner's\r\n"
               "TWITTER_ACCESS_TOKEN_SECRET=ats-abcdef123456\r\n"
               "BEARER_TOKEN=AAAA%2Fbearer\r\n"
               "TWITTER_WEBHOOK_ENV=dev\r\n"
               "NGROK_AUTHTOKEN=unrelated-value\r\n");
    file.close();

    const CliRun r = cli.run({u"profiles"_s, u"import-env"_s, u"Imported"_s, env});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(u"Created profile \"Imported\"."_s));
    QVERIFY2(r.outText().contains(u"Imported consumer_key, consumer_secret, bearer_token, "
                                  "access_token, access_token_secret into profile \"Imported\""_s),
             r.out.constData());
    QVERIFY(r.outText().contains(u"Webhook environment: dev"_s));
    QVERIFY(r.outText().contains(u"Not recognised, ignored: NGROK_AUTHTOKEN"_s));
    QVERIFY(r.outText().contains(env + u" still holds these secrets in plain text"_s));
    QVERIFY(r.outText().contains(u"shred -u "_s + env));
    QVERIFY(!r.outText().contains(u"abcdef"_s));
    QVERIFY(!r.outText().contains(u"unrelated-value"_s));
    QVERIFY(QFile::exists(env)); // suggested, not done

    const QString service = cli.keychainService();
    QCOMPARE(keyringValue(service, u"Imported/consumer_key"_s), u"ck-abcdef123456"_s);
    QCOMPARE(keyringValue(service, u"Imported/consumer_secret"_s), u"cs-abcdef123456"_s);
    QCOMPARE(keyringValue(service, u"Imported/access_token"_s), u"123-at-abcdef"_s);
    QCOMPARE(keyringValue(service, u"Imported/access_token_secret"_s), u"ats-abcdef123456"_s);
    QCOMPARE(keyringValue(service, u"Imported/bearer_token"_s), u"AAAA%2Fbearer"_s);

    // Into an existing profile, as JSON: only the fields in the file change.
    QFile second(dir.filePath(u"second.env"_s));
    QVERIFY(second.open(QIODevice::WriteOnly));
    second.write("X_BEARER_TOKEN=new-bearer-123\n");
    second.close();
    const QJsonObject o = json(
        cli.run({u"--json"_s, u"profiles"_s, u"import-env"_s, u"imported"_s, second.fileName()}));
    QCOMPARE(o.value(u"created"_s).toBool(), false);
    QCOMPARE(o.value(u"imported"_s).toArray(), QJsonArray {u"bearer_token"_s});
    QCOMPARE(o.value(u"webhook_environment"_s).toString(), u"dev"_s);
    QVERIFY(o.value(u"advice"_s).toString().contains(u"shred -u"_s));
    QCOMPARE(keyringValue(service, u"Imported/bearer_token"_s), u"new-bearer-123"_s);
    QCOMPARE(keyringValue(service, u"Imported/consumer_key"_s), u"ck-abcdef123456"_s);
}

void TestCliProfiles::importEnvRejectsUselessFiles()
{
    CliRunner cli;
    const CliRun missing
        = cli.run({u"profiles"_s, u"import-env"_s, u"X"_s, u"/nonexistent/.env"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.errText().contains(u"cannot read '/nonexistent/.env'"_s));

    QTemporaryDir dir;
    QFile file(dir.filePath(u".env"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("PORT=3000\nDATABASE_URL=postgres://x\n");
    file.close();
    const CliRun nothing = cli.run({u"profiles"_s, u"import-env"_s, u"X"_s, file.fileName()});
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY(nothing.errText().contains(u"holds no variable aaconsole recognises"_s));
    QVERIFY(!cli.run({u"profiles"_s, u"list"_s}).outText().contains(u" X "_s));
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
