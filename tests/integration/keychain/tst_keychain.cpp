// Round trips through KeychainCredentialStore against the real Secret Service of the test session.
#include "auth/KeychainCredentialStore.h"
#include "auth/SecretServiceProvider.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadDelete();
    void unicodeAndLongValues();
    void missingEntryIsEmptyNotError();
    void overwriteReplaces();
    void storedInTheKeyringNotInFiles();
    void theProviderIsNamed();

private:
    QString uniqueKey() const
    {
        return u"test/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    KeychainCredentialStore m_store {u"aaconsole-test"_s};
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("AAC_IN_TEST_SESSION"))
        QSKIP("needs the keyring session of scripts/test (scripts/lib/test-session.sh)");
}

void TestKeychain::writeReadDelete()
{
    const QString key = uniqueKey();
    const auto written = m_store.writeBlocking(key, u"s3cr3t-value"_s);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

    const auto read = m_store.readBlocking(key);
    QVERIFY(read.ok());
    QVERIFY(read.value().has_value());
    QCOMPARE(*read.value(), u"s3cr3t-value"_s);

    QVERIFY(m_store.removeBlocking(key).ok());
    const auto gone = m_store.readBlocking(key);
    QVERIFY(gone.ok());
    QVERIFY(!gone.value().has_value());
}

void TestKeychain::unicodeAndLongValues()
{
    const QString key = uniqueKey();
    const QString value = QStringLiteral("Ünïcødé ☃ ") + QString(2000, u'k');
    QVERIFY(m_store.writeBlocking(key, value).ok());
    const auto read = m_store.readBlocking(key);
    QVERIFY(read.ok() && read.value());
    QCOMPARE(*read.value(), value);
    QVERIFY(m_store.removeBlocking(key).ok());
}

void TestKeychain::missingEntryIsEmptyNotError()
{
    const auto read = m_store.readBlocking(uniqueKey());
    QVERIFY(read.ok());
    QVERIFY(!read.value().has_value());
    QVERIFY(m_store.removeBlocking(uniqueKey()).ok());
}

void TestKeychain::overwriteReplaces()
{
    const QString key = uniqueKey();
    QVERIFY(m_store.writeBlocking(key, u"first-value"_s).ok());
    QVERIFY(m_store.writeBlocking(key, u"second-value"_s).ok());
    QCOMPARE(*m_store.readBlocking(key).value(), u"second-value"_s);
    QVERIFY(m_store.removeBlocking(key).ok());
}

void TestKeychain::storedInTheKeyringNotInFiles()
{
    // secret-tool (libsecret-tools) reads the item back through the Secret Service, independently
    // of QtKeychain: proof the value is in the keyring under the documented attributes.
    const QString key = uniqueKey();
    QVERIFY(m_store.writeBlocking(key, u"visible-to-secret-tool"_s).ok());
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"aaconsole-test"_s, u"user"_s, key});
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()).trimmed(),
             u"visible-to-secret-tool"_s);
    QVERIFY(m_store.removeBlocking(key).ok());
}

QTEST_GUILESS_MAIN(TestKeychain)
void TestKeychain::theProviderIsNamed()
{
    // The test session runs gnome-keyring-daemon: the Profiles dialog says so, not a list of
    // maybes.
    QCOMPARE(SecretServiceProvider::current(), u"GNOME Keyring"_s);
    QVERIFY2(
        m_store.backendDescription().startsWith(
            u"GNOME Keyring (Secret Service, through libsecret), service \"aaconsole-test\""_s),
        qPrintable(m_store.backendDescription()));
    QCOMPARE(SecretServiceProvider::displayName(u"kwalletd6"_s), u"KWallet"_s);
    QCOMPARE(SecretServiceProvider::displayName(u"ksecretd"_s), u"KWallet"_s);
    QCOMPARE(SecretServiceProvider::displayName(u"keepassxc"_s), u"KeePassXC"_s);
    QCOMPARE(SecretServiceProvider::displayName(u"my-vault"_s), u"my-vault"_s);
}

#include "tst_keychain.moc"
