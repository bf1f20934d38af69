// No reachable D-Bus session (ctest sets DBUS_SESSION_BUS_ADDRESS to a path that does not exist):
// every operation fails quickly with a message a user can act on, and nothing falls back to a file.
#include "auth/KeychainCredentialStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeychainUnreachable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeFailsClearlyAndFast();
    void readAndRemoveFailToo();
    void noPlaintextFallback();

private:
    KeychainCredentialStore m_store {u"aaconsole-test"_s};
    const QString m_secret = u"never-in-a-file-7f3a9c"_s;
};

void TestKeychainUnreachable::writeFailsClearlyAndFast()
{
    QElapsedTimer timer;
    timer.start();
    const auto written = m_store.writeBlocking(u"profile/consumer_secret"_s, m_secret);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::Keychain);
    QVERIFY2(written.error().message.contains(u"No keyring service is reachable"_s),
             qPrintable(written.error().message + u" / "_s + written.error().detail));
    QVERIFY2(timer.elapsed() < KeychainCredentialStore::DefaultTimeoutMs,
             "an unreachable bus must fail fast, not wait for the timeout");
}

void TestKeychainUnreachable::readAndRemoveFailToo()
{
    const auto read = m_store.readBlocking(u"profile/consumer_secret"_s);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::Keychain);
    const auto removed = m_store.removeBlocking(u"profile/consumer_secret"_s);
    QVERIFY(!removed.ok());
}

void TestKeychainUnreachable::noPlaintextFallback()
{
    QVERIFY(!m_store.writeBlocking(u"profile/other"_s, m_secret).ok());
    const QStringList roots = {
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
    };
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() > 50'000'000 || !file.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!file.readAll().contains(m_secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnreachable)
#include "tst_keychain_unreachable.moc"
