// The main window on the Sandbox profile, as a new user sees it: the emulator starts with the
// responder, one click registers the webhook and subscribes the owner, a like made in the activity
// panel arrives in the table with a valid signature, and the registration survives a restart.
// Real clicks under the offscreen platform, real HTTP over loopback.
#include "AppTranslator.h"
#include "CaptureController.h"
#include "MainWindow.h"
#include "SandboxController.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "models/EventTableModel.h"
#include "store/ApiCallLog.h"
#include "store/StorePaths.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installAppTranslators(*qApp, QLocale(QLocale::English)); }
    void init();
    void cleanup();
    void oneClickConnectsAndALikeArrives();
    void otherProfilesHaveNoSandbox();

private:
    void openWindow();
    EventTableModel *model() const { return m_window->captureController()->model(); }
    QPushButton *connectButton() const
    {
        return m_window->findChild<QPushButton *>(u"sandboxConnectButton"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
};

void TestSandboxGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_dir->filePath(u"data"_s).toUtf8());
    qunsetenv("X_CONSUMER_SECRET"); // the Sandbox's own app secret signs and verifies
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settings, m_keychain);
    m_profiles->initialize(); // the first run's Sandbox profile
    // Free ports instead of 8321/8322, so that tests can run side by side; the responder's stays
    // the same across the restart, as 8321 does for a user.
    Profile sandbox = *m_profiles->profile(m_profiles->activeName());
    QVERIFY(sandbox.sandbox);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    sandbox.responder.port = probe.serverPort();
    probe.close();
    sandbox.apiBase = u"http://127.0.0.1:0"_s;
    QVERIFY(m_profiles->update(sandbox).ok());
    openWindow();
}

void TestSandboxGui::cleanup()
{
    m_window.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestSandboxGui::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings, *m_profiles);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startCapture();
    QTRY_VERIFY(m_window->captureController()->isRunning());
}

void TestSandboxGui::oneClickConnectsAndALikeArrives()
{
    auto *dock = m_window->findChild<QDockWidget *>(u"sandboxDockWidget"_s);
    QVERIFY(dock && dock->isVisible());
    QVERIFY(m_window->sandboxController()->isRunning());
    auto *state = m_window->findChild<QLabel *>(u"sandboxConnection"_s);
    QTRY_VERIFY2(state->text().contains(u"is not registered with the Sandbox yet"_s),
                 qPrintable(state->text()));
    QVERIFY(connectButton()->isEnabled());

    QTest::mouseClick(connectButton(), Qt::LeftButton);
    QTRY_VERIFY2(state->text().startsWith(u"✓ "_s), qPrintable(state->text()));
    QVERIFY(state->text().contains(u"@sandbox_owner is subscribed"_s));
    QVERIFY(!connectButton()->isEnabled());
    // Like the CLI's, the window's calls to the (emulated) X API are in the profile's call log.
    ApiCallLog log;
    QVERIFY(log.open(StorePaths::captureDatabase(m_profiles->activeName())).ok());
    QStringList calls;
    const QList<ApiCallRecord> recorded = log.last(20).value();
    for (const ApiCallRecord &call : recorded)
        calls << QString::fromLatin1(call.method) + u' ' + QUrl(call.url).path() + u' '
                + QString::number(call.status);
    QVERIFY2(calls.contains(u"POST /2/webhooks 200"_s), qPrintable(calls.join(u", "_s)));
    QVERIFY2(calls.filter(QRegularExpression(u"^POST /2/account_activity/webhooks/\\d+/"
                                             u"subscriptions/all 200$"_s))
                     .size()
                 == 1,
             qPrintable(calls.join(u", "_s)));
    // The Sandbox checked the responder with a CRC request on the way.
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"crcLabel"_s)->text().startsWith(u"Last CRC "_s));

    // "Like a post" as the first account is what the panel offers first.
    auto *doIt = m_window->findChild<QPushButton *>(u"performButton"_s);
    QVERIFY(doIt);
    QTRY_VERIFY(doIt->isEnabled());
    QTest::mouseClick(doIt, Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), 1);
    const QModelIndex kind = model()->index(0, EventTableModel::KindColumn);
    QCOMPARE(kind.data().toString(), u"favorite_events / favorite"_s);
    QCOMPARE(model()->index(0, EventTableModel::SignatureColumn).data().toString(), u"✓ valid"_s);
    auto *deliveries = m_window->findChild<QListWidget *>(u"sandboxDeliveries"_s);
    QTRY_COMPARE(deliveries->count(), 1);
    QVERIFY2(deliveries->item(0)->text().contains(u"favorite_events → 200"_s),
             qPrintable(deliveries->item(0)->text()));

    // The Sandbox keeps its state in the profile's directory: connected again after a restart.
    m_window->close();
    m_window.reset();
    openWindow();
    state = m_window->findChild<QLabel *>(u"sandboxConnection"_s);
    QTRY_VERIFY2(state->text().startsWith(u"✓ "_s), qPrintable(state->text()));
    QTRY_COMPARE(model()->rowCount(), 1); // and the table its history
}

void TestSandboxGui::otherProfilesHaveNoSandbox()
{
    Profile work;
    work.name = u"Work"_s;
    work.responder.port = 0;
    QVERIFY(m_profiles->add(work).ok());
    QVERIFY(m_profiles->setActive(u"Work"_s).ok());
    QTRY_VERIFY(!m_window->sandboxController()->isRunning());
    QVERIFY(!m_window->findChild<QDockWidget *>(u"sandboxDockWidget"_s)->isVisible());
}

QTEST_MAIN(TestSandboxGui)
#include "tst_sandboxgui.moc"
