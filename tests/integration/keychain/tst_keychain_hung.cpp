// A session bus that accepts the connection but never answers — the shape of a hung keyring daemon.
// QtKeychain's job never finishes; the store must report a timeout instead of freezing its caller,
// and later jobs (queued behind the stuck one inside QtKeychain) must time out as well.
#include "auth/KeychainCredentialStore.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeychainHung : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hungJobTimesOut();
    void laterJobsTimeOutToo();

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_clients;
};

void TestKeychainHung::initTestCase()
{
    const QString path = m_dir.filePath(u"bus"_s);
    QVERIFY(m_silentBus.listen(path));
    connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_silentBus.nextPendingConnection())
            m_clients << client; // read nothing, answer nothing
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path.toUtf8());
}

void TestKeychainHung::hungJobTimesOut()
{
    KeychainCredentialStore store(u"aaconsole-test"_s);
    QElapsedTimer timer;
    timer.start();
    const auto written = store.writeBlocking(u"profile/consumer_secret"_s, u"value-123456"_s);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::Keychain);
    QVERIFY2(written.error().message.contains(u"did not answer within 1.5 s"_s),
             qPrintable(written.error().message));
    QVERIFY(timer.elapsed() >= 1400);
    QVERIFY(timer.elapsed() < 5000);
}

void TestKeychainHung::laterJobsTimeOutToo()
{
    KeychainCredentialStore store(u"aaconsole-test"_s);
    QElapsedTimer timer;
    timer.start();
    const auto read = store.readBlocking(u"profile/consumer_secret"_s);
    QVERIFY(!read.ok());
    QVERIFY(read.error().message.contains(u"did not answer"_s));
    QVERIFY(timer.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(TestKeychainHung)
#include "tst_keychain_hung.moc"
