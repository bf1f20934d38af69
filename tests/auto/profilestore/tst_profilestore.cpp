// ProfileStore over a fake keychain (FakeCredentialStore) and an INI file: the operations, what
// lands where, and the failure paths that the real keyring cannot be made to produce on demand.
#include "FakeCredentialStore.h"
#include "auth/ProfileKeys.h"
#include "auth/ProfileStore.h"
#include "sandbox/SandboxDefaults.h"
#include "util/Blocking.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Field = Credentials::Field;

namespace {

const QString ConsumerSecret = u"cs-Zq8v1u2x3y4z5a6b7c8d9e0f"_s;
const QString AccessToken = u"at-1234-abcdefghijklmnop"_s;

Credentials secrets(const QString &consumerSecret, const QString &accessToken = {})
{
    Credentials c;
    c.consumerSecret = consumerSecret;
    c.accessToken = accessToken;
    return c;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunCreatesSandboxAndSelectsIt();
    void deletedSandboxStaysDeleted();
    void sandboxSecretsNeedNoKeychain();
    void addValidates_data();
    void addValidates();
    void namesAreUniqueIgnoringCase();
    void secretsGoToTheStoreNotTheSettings();
    void loadReadsOnlyWhatIsAsked();
    void clearSecret();
    void updateKeepsSecretsAndAccounts();
    void renameMovesEntriesDataAndActive();
    void renameRefusesToOverwriteData();
    void failedRenameChangesNothing();
    void duplicateCopiesSecretsAndAccounts();
    void removeDeletesEntriesAndAsksAboutData();
    void removeOnLockedKeyringFailsInsteadOfLeavingEntries();
    void missingEntryIsExplained();
    void lockedKeyringIsExplained();
    void sessionOnlyMovesSecretsToMemoryAndBack();
    void accountsAddLoadRemove();
    void callbackDroppedWithItsContext();

private:
    Result<void> run(const std::function<void(QObject *, ProfileStore::Done)> &op)
    {
        return waitFor<Result<void>>(op);
    }
    Result<Credentials> load(const QString &name, const QList<Field> &fields = {})
    {
        return waitFor<Result<Credentials>>(
            [&](QObject *ctx, auto done) { m_store->loadCredentials(name, fields, ctx, done); });
    }
    QByteArray settingsFileBytes()
    {
        m_settings->sync();
        QFile file(m_settings->fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    Profile addProfile(const QString &name)
    {
        Profile p;
        p.name = name;
        const auto added = m_store->add(p);
        if (!added.ok())
            qFatal("add failed: %s", qPrintable(added.error().message));
        return p;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FakeCredentialStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // data directories under ~/.qttest, not the user's
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(u"aaconsole.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<FakeCredentialStore>();
    m_store = std::make_unique<ProfileStore>(*m_settings, *m_keychain);
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestProfileStore::firstRunCreatesSandboxAndSelectsIt()
{
    QVERIFY(m_store->names().isEmpty());
    m_store->initialize();
    QCOMPARE(m_store->names(), QStringList {u"Sandbox"_s});
    QCOMPARE(m_store->activeName(), u"Sandbox"_s);
    const Profile sandbox = *m_store->profile(u"Sandbox"_s);
    QVERIFY(sandbox.sandbox);
    QCOMPARE(sandbox.apiBase, u"http://127.0.0.1:8322"_s);
    QCOMPARE(sandbox.appId, QLatin1String(SandboxDefaults::AppId));
    QCOMPARE(sandbox.responder.port, 8321);
    QCOMPARE(sandbox.responder.path, u"/webhook"_s);
    QCOMPARE(sandbox.responder.bindAddress, u"127.0.0.1"_s);
    QVERIFY(!sandbox.responder.allowUnsigned);
    QVERIFY(m_keychain->operations.isEmpty());
}

void TestProfileStore::deletedSandboxStaysDeleted()
{
    m_store->initialize();
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->remove(u"Sandbox"_s, ProfileStore::CaptureData::Keep, c, d);
            }).ok());
    QCOMPARE(m_store->activeName(), u"Work"_s); // the active profile moved to one that exists
    ProfileStore again(*m_settings, *m_keychain);
    again.initialize();
    QCOMPARE(again.names(), QStringList {u"Work"_s});
}

void TestProfileStore::sandboxSecretsNeedNoKeychain()
{
    m_store->initialize();
    const auto loaded = load(u"Sandbox"_s);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().consumerKey, QLatin1String(SandboxDefaults::ConsumerKey));
    QCOMPARE(loaded.value().consumerSecret, QLatin1String(SandboxDefaults::ConsumerSecret));
    QCOMPARE(loaded.value().bearerToken, QLatin1String(SandboxDefaults::BearerToken));
    QCOMPARE(loaded.value().accessToken, QLatin1String(SandboxDefaults::AccessToken));
    QCOMPARE(loaded.value().accessTokenSecret, QLatin1String(SandboxDefaults::AccessTokenSecret));
    QVERIFY(m_keychain->operations.isEmpty());

    // A secret set on the Sandbox profile replaces the built-in value for that field only.
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Sandbox"_s, secrets(ConsumerSecret), c, d);
            }).ok());
    const auto mixed = load(u"Sandbox"_s);
    QCOMPARE(mixed.value().consumerSecret, ConsumerSecret);
    QCOMPARE(mixed.value().consumerKey, QLatin1String(SandboxDefaults::ConsumerKey));
}

void TestProfileStore::addValidates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("apiBase");
    QTest::addColumn<QString>("message");
    const QString ok = u"https://api.x.com"_s;
    QTest::newRow("empty") << QString() << ok << u"must not be empty"_s;
    QTest::newRow("blank") << u"   "_s << ok << u"must not be empty"_s;
    QTest::newRow("slash") << u"a/b"_s << ok << u"must not contain"_s;
    QTest::newRow("backslash") << u"a\\b"_s << ok << u"must not contain"_s;
    QTest::newRow("newline") << u"a\nb"_s << ok << u"must not contain"_s;
    QTest::newRow("dot dot") << u".."_s << ok << u"cannot be a profile name"_s;
    QTest::newRow("leading space") << u" a"_s << ok << u"start or end with a space"_s;
    QTest::newRow("too long") << QString(65, u'n') << ok << u"at most 64"_s;
    QTest::newRow("ftp base") << u"ok"_s << u"ftp://x"_s << u"http or https URL"_s;
    QTest::newRow("no host") << u"ok"_s << u"https://"_s << u"http or https URL"_s;
    QTest::newRow("fine") << u"Mein Profil (dev) ☃"_s << u"http://127.0.0.1:8322"_s << QString();
}

void TestProfileStore::addValidates()
{
    QFETCH(QString, name);
    QFETCH(QString, apiBase);
    QFETCH(QString, message);
    Profile p;
    p.name = name;
    p.apiBase = apiBase;
    const auto added = m_store->add(p);
    if (message.isEmpty()) {
        QVERIFY(added.ok());
        // Spaces, parentheses and non-ASCII survive the settings file.
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        QCOMPARE(ProfileSettings(reread).names(), QStringList {name});
    } else {
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QVERIFY(m_store->names().isEmpty());
    }
}

void TestProfileStore::namesAreUniqueIgnoringCase()
{
    addProfile(u"Work"_s);
    Profile p;
    p.name = u"work"_s;
    const auto again = m_store->add(p);
    QVERIFY(!again.ok());
    QVERIFY(again.error().message.contains(u"already exists"_s));
    QCOMPARE(m_store->find(u"WORK"_s), u"Work"_s);
    QCOMPARE(m_store->uniqueName(u"work"_s), u"work 2"_s);
    QCOMPARE(m_store->uniqueName(u"Other"_s), u"Other"_s);
}

void TestProfileStore::secretsGoToTheStoreNotTheSettings()
{
    addProfile(u"Work"_s);
    QSignalSpy changed(m_store.get(), &ProfileStore::profileChanged);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret, AccessToken), c, d);
            }).ok());
    QCOMPARE(m_keychain->entries.value(u"Work/consumer_secret"_s), ConsumerSecret);
    QCOMPARE(m_keychain->entries.value(u"Work/access_token"_s), AccessToken);
    QCOMPARE(m_keychain->entries.size(), 2);
    const Profile p = *m_store->profile(u"Work"_s);
    QVERIFY(p.hasSecret(Field::ConsumerSecret));
    QVERIFY(p.hasSecret(Field::AccessToken));
    QVERIFY(!p.hasSecret(Field::ConsumerKey));
    QCOMPARE(changed.count(), 1);

    const QByteArray ini = settingsFileBytes();
    QVERIFY(ini.contains("consumer_secret")); // the flag…
    QVERIFY(!ini.contains(ConsumerSecret.toUtf8())); // …never the value
    QVERIFY(!ini.contains(AccessToken.toUtf8()));
}

void TestProfileStore::loadReadsOnlyWhatIsAsked()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret, AccessToken), c, d);
            }).ok());
    m_keychain->operations.clear();
    const auto loaded = load(u"Work"_s, {Field::ConsumerSecret, Field::BearerToken});
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().consumerSecret, ConsumerSecret);
    QVERIFY(loaded.value().accessToken.isEmpty()); // not asked for
    QVERIFY(loaded.value().bearerToken.isEmpty()); // asked for, not set: no read either
    QCOMPARE(m_keychain->operations, QStringList {u"read Work/consumer_secret"_s});

    const auto unknown = load(u"Nope"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ErrorKind::Config);
    QVERIFY(unknown.error().message.contains(u"no profile named \"Nope\""_s));
}

void TestProfileStore::clearSecret()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret), c, d);
            }).ok());
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->clearSecret(u"Work"_s, Field::ConsumerSecret, c, d);
            }).ok());
    QVERIFY(m_keychain->entries.isEmpty());
    QVERIFY(!m_store->profile(u"Work"_s)->hasSecret(Field::ConsumerSecret));
    QVERIFY(load(u"Work"_s).value().consumerSecret.isEmpty());
}

void TestProfileStore::updateKeepsSecretsAndAccounts()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret), c, d);
            }).ok());
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->addAccount(u"Work"_s, {u"42"_s, u"alice"_s}, u"tok-42-aaaaaa"_s,
                                    u"sec-42-bbbbbb"_s, c, d);
            }).ok());
    Profile edited = *m_store->profile(u"Work"_s);
    edited.api = ApiFlavour::V11;
    edited.webhookEnvironment = u"dev"_s;
    edited.responder.port = 9000;
    edited.responder.path = u"/hooks/x"_s;
    edited.responder.bindAddress = u"0.0.0.0"_s;
    edited.responder.allowUnsigned = true;
    edited.setHasSecret(Field::ConsumerSecret, false); // not what update() changes
    edited.accounts.clear();
    QVERIFY(m_store->update(edited).ok());
    // As this run sees it, and as the next start reads it back from the settings.
    ProfileStore nextStart(*m_settings, *m_keychain);
    for (const Profile &p : {*m_store->profile(u"Work"_s), *nextStart.profile(u"Work"_s)}) {
        QCOMPARE(p.api, ApiFlavour::V11);
        QCOMPARE(p.webhookEnvironment, u"dev"_s);
        QCOMPARE(p.responder.port, 9000);
        QCOMPARE(p.responder.path, u"/hooks/x"_s);
        QCOMPARE(p.responder.bindAddress, u"0.0.0.0"_s);
        QVERIFY(p.responder.allowUnsigned);
        QVERIFY(p.hasSecret(Field::ConsumerSecret));
        QCOMPARE(p.accounts.size(), 1);
    }

    edited.responder.port = 70000;
    QVERIFY(!m_store->update(edited).ok());
}

void TestProfileStore::renameMovesEntriesDataAndActive()
{
    addProfile(u"Work"_s);
    QVERIFY(m_store->setActive(u"Work"_s).ok());
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret, AccessToken), c, d);
            }).ok());
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->addAccount(u"Work"_s, {u"42"_s, u"alice"_s}, u"tok-42-aaaaaa"_s,
                                    u"sec-42-bbbbbb"_s, c, d);
            }).ok());
    const QString oldDir = ProfileStore::dataDirectory(u"Work"_s);
    QVERIFY(QDir().mkpath(oldDir));
    QFile marker(oldDir + u"/capture.db"_s);
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    QSignalSpy active(m_store.get(), &ProfileStore::activeProfileChanged);

    QVERIFY(run([&](QObject *c, auto d) { m_store->rename(u"Work"_s, u"Job"_s, c, d); }).ok());
    QCOMPARE(m_store->names(), QStringList {u"Job"_s});
    QCOMPARE(m_store->activeName(), u"Job"_s);
    QCOMPARE(active.count(), 1);
    QCOMPARE(m_keychain->entries.size(), 4); // the old entries are gone when rename reports
    QCOMPARE(m_keychain->entries.value(u"Job/consumer_secret"_s), ConsumerSecret);
    QCOMPARE(m_keychain->entries.value(u"Job/access_token"_s), AccessToken);
    QCOMPARE(m_keychain->entries.value(u"Job/accounts/42/access_token"_s), u"tok-42-aaaaaa"_s);
    QCOMPARE(m_keychain->entries.value(u"Job/accounts/42/access_token_secret"_s),
             u"sec-42-bbbbbb"_s);
    QVERIFY(!QDir(oldDir).exists());
    QVERIFY(QFile::exists(ProfileStore::dataDirectory(u"Job"_s) + u"/capture.db"_s));
    QCOMPARE(load(u"Job"_s).value().consumerSecret, ConsumerSecret);
}

void TestProfileStore::renameRefusesToOverwriteData()
{
    addProfile(u"Work"_s);
    QVERIFY(QDir().mkpath(ProfileStore::dataDirectory(u"Work"_s)));
    QVERIFY(QDir().mkpath(ProfileStore::dataDirectory(u"Job"_s)));
    const auto renamed
        = run([&](QObject *c, auto d) { m_store->rename(u"Work"_s, u"Job"_s, c, d); });
    QVERIFY(!renamed.ok());
    QVERIFY(renamed.error().message.contains(u"already holds data"_s));
    QCOMPARE(m_store->names(), QStringList {u"Work"_s});
}

void TestProfileStore::failedRenameChangesNothing()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret, AccessToken), c, d);
            }).ok());
    m_keychain->failWritesWithPrefix = u"Job/access_token"_s; // the second copy fails
    const auto renamed
        = run([&](QObject *c, auto d) { m_store->rename(u"Work"_s, u"Job"_s, c, d); });
    QVERIFY(!renamed.ok());
    QVERIFY(renamed.error().message.contains(u"disk full"_s));
    QCOMPARE(m_store->names(), QStringList {u"Work"_s});
    QCOMPARE(m_keychain->entries.keys().size(), 2); // the first copy was rolled back
    QCOMPARE(m_keychain->entries.value(u"Work/consumer_secret"_s), ConsumerSecret);
    QVERIFY(!m_keychain->entries.contains(u"Job/consumer_secret"_s));
}

void TestProfileStore::duplicateCopiesSecretsAndAccounts()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret), c, d);
            }).ok());
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->addAccount(u"Work"_s, {u"42"_s, u"alice"_s}, u"tok-42-aaaaaa"_s,
                                    u"sec-42-bbbbbb"_s, c, d);
            }).ok());
    QVERIFY(
        run([&](QObject *c, auto d) { m_store->duplicate(u"Work"_s, u"Work copy"_s, c, d); }).ok());
    QCOMPARE(m_store->names(), (QStringList {u"Work"_s, u"Work copy"_s}));
    QCOMPARE(load(u"Work copy"_s).value().consumerSecret, ConsumerSecret);
    QCOMPARE(m_store->profile(u"Work copy"_s)->accounts.size(), 1);
    QCOMPARE(m_keychain->entries.value(u"Work copy/accounts/42/access_token"_s),
             u"tok-42-aaaaaa"_s);
    QCOMPARE(load(u"Work"_s).value().consumerSecret, ConsumerSecret); // the original is intact

    const auto clash
        = run([&](QObject *c, auto d) { m_store->duplicate(u"Work"_s, u"work COPY"_s, c, d); });
    QVERIFY(!clash.ok());
}

void TestProfileStore::removeDeletesEntriesAndAsksAboutData()
{
    for (const QString &name : {u"Keep"_s, u"Drop"_s}) {
        addProfile(name);
        QVERIFY(run([&](QObject *c, auto d) {
                    m_store->setSecrets(name, secrets(ConsumerSecret + name), c, d);
                }).ok());
        // An account from PIN sign-in: its token pair must go with the profile.
        QVERIFY(run([&](QObject *c, auto d) {
                    m_store->addAccount(name, {u"6253282"_s, u"xapi"_s}, u"pin-token-"_s + name,
                                        u"pin-secret-"_s + name, c, d);
                }).ok());
        QVERIFY(QDir().mkpath(ProfileStore::dataDirectory(name)));
    }
    QVERIFY(m_store->setActive(u"Keep"_s).ok());
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->remove(u"Keep"_s, ProfileStore::CaptureData::Keep, c, d);
            }).ok());
    QVERIFY(QDir(ProfileStore::dataDirectory(u"Keep"_s)).exists());
    QCOMPARE(m_store->activeName(), u"Drop"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->remove(u"Drop"_s, ProfileStore::CaptureData::Delete, c, d);
            }).ok());
    QVERIFY(!QDir(ProfileStore::dataDirectory(u"Drop"_s)).exists());
    QVERIFY(m_store->names().isEmpty());
    QVERIFY(m_store->activeName().isEmpty());
    QVERIFY(m_keychain->entries.isEmpty());
    QVERIFY(!settingsFileBytes().contains("Drop"));
}

void TestProfileStore::removeOnLockedKeyringFailsInsteadOfLeavingEntries()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret), c, d);
            }).ok());
    m_keychain->locked = true;
    const auto removed = run([&](QObject *c, auto d) {
        m_store->remove(u"Work"_s, ProfileStore::CaptureData::Delete, c, d);
    });
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().message.contains(u"locked"_s), qPrintable(removed.error().message));
    QCOMPARE(m_store->names(), QStringList {u"Work"_s});
}

void TestProfileStore::missingEntryIsExplained()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret), c, d);
            }).ok());
    m_keychain->entries.remove(u"Work/consumer_secret"_s); // deleted behind our back
    const auto loaded = load(u"Work"_s);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::Keychain);
    QVERIFY2(loaded.error().message.contains(u"recorded as set, but the keychain has no entry"_s),
             qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(u"profiles set-secret \"Work\" consumer_secret"_s));
    // The probe left nothing behind.
    QVERIFY(!m_keychain->entries.contains(ProfileKeys::unlockCheck()));
}

void TestProfileStore::lockedKeyringIsExplained()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret), c, d);
            }).ok());
    m_keychain->locked = true;
    const auto loaded = load(u"Work"_s);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().message.contains(u"appears to be locked and was not unlocked"_s),
             qPrintable(loaded.error().message));
    QVERIFY(loaded.error().detail.contains(u"locked"_s));

    const auto written = run([&](QObject *c, auto d) {
        m_store->setSecrets(u"Work"_s, secrets(u"another-secret"_s), c, d);
    });
    QVERIFY(!written.ok());
    QVERIFY(written.error().message.contains(u"keyring is locked"_s));
}

void TestProfileStore::sessionOnlyMovesSecretsToMemoryAndBack()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret), c, d);
            }).ok());
    QVERIFY(m_store->secretsLocation(*m_store->profile(u"Work"_s)).contains(u"Fake keychain"_s));

    QVERIFY(run([&](QObject *c, auto d) { m_store->setSessionOnly(u"Work"_s, true, c, d); }).ok());
    QVERIFY(m_keychain->entries.isEmpty());
    const Profile p = *m_store->profile(u"Work"_s);
    QVERIFY(p.sessionOnly);
    QVERIFY(p.hasSecret(Field::ConsumerSecret));
    QVERIFY(m_store->secretsLocation(p).contains(u"This session only"_s));
    QCOMPARE(load(u"Work"_s).value().consumerSecret, ConsumerSecret);
    QVERIFY(!settingsFileBytes().contains("consumer_secret")); // not even the flag persists

    // A new process knows the profile but not its secrets: they were for that session only.
    ProfileStore nextSession(*m_settings, *m_keychain);
    QVERIFY(!nextSession.profile(u"Work"_s)->hasSecret(Field::ConsumerSecret));

    QVERIFY(run([&](QObject *c, auto d) { m_store->setSessionOnly(u"Work"_s, false, c, d); }).ok());
    QCOMPARE(m_keychain->entries.value(u"Work/consumer_secret"_s), ConsumerSecret);
    QVERIFY(m_store->profile(u"Work"_s)->hasSecret(Field::ConsumerSecret));
}

void TestProfileStore::accountsAddLoadRemove()
{
    addProfile(u"Work"_s);
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret, AccessToken), c, d);
            }).ok());
    QVERIFY(run([&](QObject *c, auto d) {
                m_store->addAccount(u"Work"_s, {u"42"_s, u"alice"_s}, u"tok-42-aaaaaa"_s,
                                    u"sec-42-bbbbbb"_s, c, d);
            }).ok());
    QCOMPARE(m_store->profile(u"Work"_s)->accounts,
             (QList<SubscribedAccount> {{u"42"_s, u"alice"_s}}));
    QVERIFY(!settingsFileBytes().contains("tok-42-aaaaaa"));

    const auto as = waitFor<Result<Credentials>>([&](QObject *ctx, auto done) {
        m_store->loadAccountCredentials(u"Work"_s, u"42"_s, ctx, done);
    });
    QVERIFY(as.ok());
    QCOMPARE(as.value().consumerSecret, ConsumerSecret);
    QCOMPARE(as.value().accessToken, u"tok-42-aaaaaa"_s); // the account's, not the owner's
    QCOMPARE(as.value().accessTokenSecret, u"sec-42-bbbbbb"_s);

    QVERIFY(
        run([&](QObject *c, auto d) { m_store->removeAccount(u"Work"_s, u"42"_s, c, d); }).ok());
    QVERIFY(m_store->profile(u"Work"_s)->accounts.isEmpty());
    QVERIFY(!m_keychain->entries.contains(u"Work/accounts/42/access_token"_s));
    QVERIFY(!m_keychain->entries.contains(u"Work/accounts/42/access_token_secret"_s));
}

void TestProfileStore::callbackDroppedWithItsContext()
{
    addProfile(u"Work"_s);
    bool called = false;
    {
        QObject context;
        m_store->setSecrets(u"Work"_s, secrets(ConsumerSecret), &context,
                            [&](Result<void>) { called = true; });
    }
    // The operation still completes; only the callback is dropped.
    QTRY_VERIFY(m_store->profile(u"Work"_s)->hasSecret(Field::ConsumerSecret));
    QTest::qWait(10);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
