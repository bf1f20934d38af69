// A locked keyring whose unlock is refused. Runs inside private-keyring.sh: a D-Bus session and
// gnome-keyring of its own, which this test locks through the Secret Service's Lock method. No
// display, so gnome-keyring's unlock prompt cannot open — the same outcome as a user who refuses.
// The trap (qt64-facts §2.3): a locked keyring answers reads with "not found", not "denied".
#include "CliRunner.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "util/Blocking.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Service = u"aaconsole-locked-test"_s;
const QString Secret = u"locked-away-secret-5c1e"_s;

QString dbusSend(const QStringList &arguments)
{
    QProcess send;
    send.start(u"dbus-send"_s,
               QStringList {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                            u"/org/freedesktop/secrets"_s}
                   + arguments);
    send.waitForFinished(10000);
    return QString::fromUtf8(send.readAllStandardOutput() + send.readAllStandardError());
}

} // namespace

class TestKeychainLocked : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsAnswerNotFound();
    void profileReadExplainsTheLock();
    void writesAreRefused();
    void removeDoesNotPretend();
    void cliSaysLocked();

private:
    void lockDefaultCollection();

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<ProfileStore> m_profiles;
    CliRunner m_cli;
};

void TestKeychainLocked::lockDefaultCollection()
{
    const QString alias
        = dbusSend({u"org.freedesktop.Secret.Service.ReadAlias"_s, u"string:default"_s});
    const qsizetype start = alias.indexOf(u"\"/org/freedesktop/secrets/collection/"_s);
    QVERIFY2(start >= 0, qPrintable(alias));
    const QString collection = alias.mid(start + 1, alias.indexOf(u'"', start + 1) - start - 1);
    const QString locked
        = dbusSend({u"org.freedesktop.Secret.Service.Lock"_s, u"array:objpath:"_s + collection});
    QVERIFY2(locked.contains(collection), qPrintable(locked));
}

void TestKeychainLocked::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("AAC_PRIVATE_KEYRING"))
        QSKIP("runs inside tests/integration/keychain/private-keyring.sh only");
    QStandardPaths::setTestModeEnabled(true);
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(u"aaconsole.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<KeychainCredentialStore>(Service);
    m_profiles = std::make_unique<ProfileStore>(*m_settings, *m_keychain);

    // While unlocked: a profile with a secret, through the store and through the CLI.
    Profile work;
    work.name = u"Work"_s;
    QVERIFY(m_profiles->add(work).ok());
    Credentials credentials;
    credentials.consumerSecret = Secret;
    const auto stored = waitFor<Result<void>>([&](QObject *ctx, auto done) {
        m_profiles->setSecrets(u"Work"_s, credentials, ctx, done);
    });
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    QCOMPARE(m_cli.run({u"profiles"_s, u"add"_s, u"Work"_s}).exitCode, 0);
    QCOMPARE(m_cli.run({u"profiles"_s, u"set-secret"_s, u"Work"_s, u"consumer_secret"_s}, "test")
                 .exitCode,
             0);

    lockDefaultCollection();
}

void TestKeychainLocked::readsAnswerNotFound()
{
    // The trap itself, so that we notice if a future QtKeychain or libsecret changes it.
    const auto read = m_keychain->readBlocking(u"Work/consumer_secret"_s);
    QVERIFY(read.ok());
    QVERIFY(!read.value().has_value());
}

void TestKeychainLocked::profileReadExplainsTheLock()
{
    const auto loaded = waitFor<Result<Credentials>>(
        [&](QObject *ctx, auto done) { m_profiles->loadCredentials(u"Work"_s, {}, ctx, done); });
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::Keychain);
    QVERIFY2(loaded.error().message.contains(
                 u"Profile \"Work\": consumer_secret is stored in the keychain but could not be "
                 "read. The keyring appears to be locked and was not unlocked"_s),
             qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().detail.contains(u"locked"_s), qPrintable(loaded.error().detail));
}

void TestKeychainLocked::writesAreRefused()
{
    Credentials credentials;
    credentials.bearerToken = u"another-secret-value"_s;
    const auto stored = waitFor<Result<void>>([&](QObject *ctx, auto done) {
        m_profiles->setSecrets(u"Work"_s, credentials, ctx, done);
    });
    QVERIFY(!stored.ok());
    QVERIFY2(stored.error().message.contains(u"The keyring is locked and was not unlocked"_s),
             qPrintable(stored.error().message));
    QVERIFY(!m_profiles->profile(u"Work"_s)->hasSecret(Credentials::Field::BearerToken));
}

void TestKeychainLocked::removeDoesNotPretend()
{
    // Deleting from a locked collection "succeeds" and deletes nothing; the profile must not
    // disappear while its secret stays behind.
    const auto removed = waitFor<Result<void>>([&](QObject *ctx, auto done) {
        m_profiles->remove(u"Work"_s, ProfileStore::CaptureData::Keep, ctx, done);
    });
    QVERIFY(!removed.ok());
    QVERIFY(removed.error().message.contains(u"locked"_s));
    QVERIFY(m_profiles->profile(u"Work"_s).has_value());
}

void TestKeychainLocked::cliSaysLocked()
{
    const CliRun crc = m_cli.run({u"--profile"_s, u"Work"_s, u"crc"_s, u"foo"_s});
    QCOMPARE(crc.exitCode, 3);
    QVERIFY2(crc.errText().contains(u"The keyring appears to be locked and was not unlocked"_s),
             crc.err.constData());
    const CliRun set = m_cli.run({u"profiles"_s, u"set-secret"_s, u"Work"_s, u"bearer_token"_s},
                                 "bearer-123456");
    QCOMPARE(set.exitCode, 3);
    QVERIFY2(set.errText().contains(u"The keyring is locked and was not unlocked"_s),
             set.err.constData());
}

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychain_locked.moc"
