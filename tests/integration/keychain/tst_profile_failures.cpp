// What a user sees from aaconsole-cli when the keyring is absent, hangs, or lost an entry: a
// clear message and exit code 3, quickly — and commands that need no secret keep working.
// (A locked keyring has its own test with a private gnome-keyring: tst_keychain_locked.)
#include "CliRunner.h"
#include "auth/ProfileSettings.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"never-in-a-file-8d2f6a"_s;

// A profile that records consumer_secret as set, written straight into the CLI's settings file:
// reading it needs the keychain, whatever state that is in.
void seedProfile(const CliRunner &cli, const QString &name)
{
    QSettings settings(cli.settingsFile(), QSettings::IniFormat);
    ProfileSettings profiles(settings);
    Profile p;
    p.name = name;
    p.setHasSecret(Credentials::Field::ConsumerSecret, true);
    profiles.write(p);
}

void verifyNoFileHolds(const QString &root, const QString &secret)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

} // namespace

class TestProfileFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noKeyringService();
    void hungKeyring();
    void entryDeletedOutsideAaconsole();
};

void TestProfileFailures::noKeyringService()
{
    CliRunner cli;
    cli.setEnv(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/aaconsole-test-bus"_s);

    // Nothing here needs a secret from the keychain.
    QCOMPARE(cli.run({u"profiles"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(cli.run({u"crc"_s, u"foo"_s}).exitCode, 0); // the Sandbox's built-in secret
    QCOMPARE(cli.run({u"profiles"_s, u"add"_s, u"Work"_s}).exitCode, 0);
    cli.setEnv(u"X_CONSUMER_SECRET"_s, u"test"_s);
    seedProfile(cli, u"Seeded"_s);
    QCOMPARE(cli.run({u"--profile"_s, u"Seeded"_s, u"crc"_s, u"foo"_s}).exitCode, 0);
    cli.unsetEnv(u"X_CONSUMER_SECRET"_s);

    QElapsedTimer timer;
    timer.start();
    const CliRun set = cli.run({u"profiles"_s, u"set-secret"_s, u"Work"_s, u"consumer_secret"_s},
                               Secret.toUtf8());
    QCOMPARE(set.exitCode, 3);
    QVERIFY2(set.errText().contains(u"No keyring service is reachable"_s), set.err.constData());
    QVERIFY2(timer.elapsed() < 4000, "an absent keyring must fail fast, not wait for a timeout");

    const CliRun crc = cli.run({u"--profile"_s, u"Seeded"_s, u"crc"_s, u"foo"_s});
    QCOMPARE(crc.exitCode, 3);
    QVERIFY2(crc.errText().contains(u"No keyring service is reachable"_s), crc.err.constData());
    QVERIFY(crc.out.isEmpty());

    // No plain-text fallback anywhere.
    verifyNoFileHolds(cli.configDir(), Secret);
    verifyNoFileHolds(cli.dataDir(), Secret);
}

void TestProfileFailures::hungKeyring()
{
    // A bus that accepts connections and never answers: the shape of a hung keyring daemon.
    // Nobody accepts here while the CLI runs; the kernel's listen backlog is enough for that.
    QTemporaryDir dir;
    QLocalServer silentBus;
    QVERIFY(silentBus.listen(dir.filePath(u"bus"_s)));
    CliRunner cli;
    cli.setEnv(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + silentBus.fullServerName());
    cli.setEnv(u"AACONSOLE_KEYCHAIN_TIMEOUT_MS"_s, u"1500"_s);
    seedProfile(cli, u"Seeded"_s);

    QElapsedTimer timer;
    timer.start();
    const CliRun crc = cli.run({u"--profile"_s, u"Seeded"_s, u"crc"_s, u"foo"_s});
    QVERIFY(crc.finished);
    QCOMPARE(crc.exitCode, 3);
    QVERIFY2(crc.errText().contains(u"The keychain did not answer within 1.5 s"_s),
             crc.err.constData());
    QVERIFY(timer.elapsed() < 10000);

    // show still shows the profile, says the secret could not be read, and exits 3.
    const CliRun show = cli.run({u"profiles"_s, u"show"_s, u"Seeded"_s});
    QCOMPARE(show.exitCode, 3);
    QVERIFY(show.outText().contains(u"consumer_secret      set, but could not be read"_s));
    QVERIFY(show.errText().contains(u"did not answer"_s));
}

void TestProfileFailures::entryDeletedOutsideAaconsole()
{
    if (qEnvironmentVariableIsEmpty("AAC_IN_TEST_SESSION"))
        QSKIP("needs the keyring session of scripts/test (scripts/lib/test-session.sh)");
    CliRunner cli;
    QCOMPARE(cli.run({u"profiles"_s, u"add"_s, u"Work"_s}).exitCode, 0);
    QCOMPARE(
        cli.run({u"profiles"_s, u"set-secret"_s, u"Work"_s, u"consumer_secret"_s}, "test").exitCode,
        0);
    QProcess tool;
    tool.start(
        u"secret-tool"_s,
        {u"clear"_s, u"server"_s, cli.keychainService(), u"user"_s, u"Work/consumer_secret"_s});
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitCode(), 0);

    const CliRun crc = cli.run({u"--profile"_s, u"Work"_s, u"crc"_s, u"foo"_s});
    QCOMPARE(crc.exitCode, 3);
    QVERIFY2(crc.errText().contains(u"Profile \"Work\": consumer_secret is recorded as set, but "
                                    "the keychain has no entry for it"_s),
             crc.err.constData());
    QVERIFY(crc.errText().contains(u"profiles set-secret \"Work\" consumer_secret"_s));
}

QTEST_GUILESS_MAIN(TestProfileFailures)
#include "tst_profile_failures.moc"
