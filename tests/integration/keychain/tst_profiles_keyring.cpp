// ProfileStore over the real gnome-keyring of the test session: the operations the CLI does not
// expose (duplicate, accounts, "this session only"), checked from outside with secret-tool.
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "util/Blocking.h"

#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestProfilesKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void duplicateCopiesEntries();
    void accountsTokensInTheKeyring();
    void sessionOnlyTakesSecretsOutOfTheKeyring();

private:
    QStringList keyringKeys() const;
    Result<void> run(const std::function<void(QObject *, ProfileStore::Done)> &op)
    {
        return waitFor<Result<void>>(op);
    }

    const QString m_service
        = u"aaconsole-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
};

QStringList TestProfilesKeyring::keyringKeys() const
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, m_service});
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

void TestProfilesKeyring::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("AAC_IN_TEST_SESSION"))
        QSKIP("needs the keyring session of scripts/test (scripts/lib/test-session.sh)");
    QStandardPaths::setTestModeEnabled(true);
    m_settings
        = std::make_unique<QSettings>(m_dir.filePath(u"aaconsole.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<KeychainCredentialStore>(m_service);
    m_store = std::make_unique<ProfileStore>(*m_settings, *m_keychain);
    Profile work;
    work.name = u"Work"_s;
    QVERIFY(m_store->add(work).ok());
    Credentials secrets;
    secrets.consumerKey = u"ck-real-keyring-1"_s;
    secrets.consumerSecret = u"cs-real-keyring-1"_s;
    QVERIFY(run([&](QObject *c, auto d) { m_store->setSecrets(u"Work"_s, secrets, c, d); }).ok());
}

void TestProfilesKeyring::duplicateCopiesEntries()
{
    QVERIFY(run([&](QObject *c, auto d) { m_store->duplicate(u"Work"_s, u"Copy"_s, c, d); }).ok());
    QCOMPARE(keyringKeys(),
             (QStringList {u"Copy/consumer_key"_s, u"Copy/consumer_secret"_s,
                           u"Work/consumer_key"_s, u"Work/consumer_secret"_s}));
    const auto loaded = waitFor<Result<Credentials>>(
        [&](QObject *ctx, auto done) { m_store->loadCredentials(u"Copy"_s, {}, ctx, done); });
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().consumerSecret, u"cs-real-keyring-1"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->remove(u"Copy"_s, ProfileStore::CaptureData::Delete, c, d);
            }).ok());
    QCOMPARE(keyringKeys(), (QStringList {u"Work/consumer_key"_s, u"Work/consumer_secret"_s}));
}

void TestProfilesKeyring::accountsTokensInTheKeyring()
{
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->addAccount(u"Work"_s, {u"2244994945"_s, u"XDevelopers"_s},
                                    u"2244994945-token-abc"_s, u"account-secret-abc"_s, c, d);
            }).ok());
    QVERIFY(keyringKeys().contains(u"Work/accounts/2244994945/access_token"_s));
    QVERIFY(keyringKeys().contains(u"Work/accounts/2244994945/access_token_secret"_s));
    const auto as = waitFor<Result<Credentials>>([&](QObject *ctx, auto done) {
        m_store->loadAccountCredentials(u"Work"_s, u"2244994945"_s, ctx, done);
    });
    QVERIFY(as.ok());
    QCOMPARE(as.value().accessToken, u"2244994945-token-abc"_s);
    QCOMPARE(as.value().consumerKey, u"ck-real-keyring-1"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->removeAccount(u"Work"_s, u"2244994945"_s, c, d);
            }).ok());
    QCOMPARE(keyringKeys(), (QStringList {u"Work/consumer_key"_s, u"Work/consumer_secret"_s}));
}

void TestProfilesKeyring::sessionOnlyTakesSecretsOutOfTheKeyring()
{
    QVERIFY(run([&](QObject *c, auto d) { m_store->setSessionOnly(u"Work"_s, true, c, d); }).ok());
    QVERIFY(keyringKeys().isEmpty());
    QVERIFY(m_store->profile(u"Work"_s)->hasSecret(Credentials::Field::ConsumerSecret));
    QVERIFY(run([&](QObject *c, auto d) { m_store->setSessionOnly(u"Work"_s, false, c, d); }).ok());
    QCOMPARE(keyringKeys(), (QStringList {u"Work/consumer_key"_s, u"Work/consumer_secret"_s}));
}

QTEST_GUILESS_MAIN(TestProfilesKeyring)
#include "tst_profiles_keyring.moc"
