// Every QtKeychain failure becomes a message that says what happened and what to do. The real
// keyring produces some of these (tests/integration/keychain); access denied by the user and a
// missing backend only happen on desktops, so their wording is pinned here.
#include "auth/KeychainErrors.h"
#include "auth/SecretServiceProvider.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeychainErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messages_data();
    void messages();
    void timeouts();
    void aHungBusDoesNotBlockTheWindow();
};

void TestKeychainErrors::messages_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("jobMessage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("locked, unlock refused")
        << int(KeychainCode::AccessDenied) << u"Cannot create an item in a locked collection"_s
        << u"The keyring is locked and was not unlocked"_s;
    QTest::newRow("access denied by user")
        << int(KeychainCode::AccessDeniedByUser) << u"User denied access"_s
        << u"Access to the keychain was denied"_s;
    QTest::newRow("no backend") << int(KeychainCode::NoBackendAvailable) << u"No backend"_s
                                << u"No keychain is available on this system"_s;
    QTest::newRow("no session bus")
        << int(KeychainCode::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
        << u"No keyring service is reachable"_s;
    QTest::newRow("no secret service")
        << int(KeychainCode::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << u"No keyring service is reachable"_s;
    QTest::newRow("no default collection")
        << int(KeychainCode::OtherError)
        << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
        << u"has no default keyring"_s;
    QTest::newRow("delete failed")
        << int(KeychainCode::CouldNotDeleteEntry) << u"x"_s << u"could not delete the entry"_s;
    QTest::newRow("other") << int(KeychainCode::OtherError) << u"Object does not exist"_s
                           << u"The keychain reported an error: Object does not exist"_s;
}

void TestKeychainErrors::messages()
{
    QFETCH(int, code);
    QFETCH(QString, jobMessage);
    QFETCH(QString, expected);
    const Error error = KeychainErrors::fromJob(KeychainCode(code), jobMessage);
    QCOMPARE(error.kind, ErrorKind::Keychain);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    QCOMPARE(error.detail, jobMessage); // the backend's own words stay available for the log
}

void TestKeychainErrors::timeouts()
{
    QVERIFY(KeychainErrors::timedOut(5000).message.contains(u"did not answer within 5 s"_s));
    QVERIFY(KeychainErrors::timedOut(1500).message.contains(u"within 1.5 s"_s));
    QVERIFY(KeychainErrors::stillBlocked(5000).message.contains(u"still blocked"_s));
}

void TestKeychainErrors::aHungBusDoesNotBlockTheWindow()
{
    // A bus that accepts and never answers, as a hung keyring's session looks.
    QTemporaryDir dir;
    QLocalServer silentBus;
    QVERIFY(silentBus.listen(dir.filePath(u"bus"_s)));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + silentBus.fullServerName().toUtf8());
    SecretServiceProvider::askInTheBackground();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 20; ++i) // a label repainted many times meanwhile
        QCOMPARE(SecretServiceProvider::current(), QString());
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    QTest::qWait(1500); // the probe gives up on its own; let it end before the test does
    QCOMPARE(SecretServiceProvider::current(), QString());
}

QTEST_GUILESS_MAIN(TestKeychainErrors)
#include "tst_keychainerrors.moc"
