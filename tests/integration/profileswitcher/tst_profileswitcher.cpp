// The profile switcher in the main window's toolbar, driven with real key presses and clicks
// under the offscreen platform: what it lists, what switching does to the window, and that none
// of it touches the keychain.
#include "FakeCredentialStore.h"
#include "MainWindow.h"
#include "auth/ProfileStore.h"
#include "dialogs/ProfilesDialog.h"
#include "util/Blocking.h"

#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestProfileSwitcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listsProfilesWithTheActiveOneSelected();
    void switchingWithTheKeyboardUpdatesTheWindow();
    void followsChangesMadeElsewhere();
    void profilesButtonOpensTheDialog();

private:
    QComboBox *combo() const { return m_window->findChild<QComboBox *>(u"profileCombo"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<FakeCredentialStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestProfileSwitcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"a.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<FakeCredentialStore>();
    m_store = std::make_unique<ProfileStore>(*m_settings, *m_keychain);
    m_store->initialize();
    Profile work;
    work.name = u"Work"_s;
    QVERIFY(m_store->add(work).ok());
    m_window = std::make_unique<MainWindow>(*m_settings, *m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestProfileSwitcher::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestProfileSwitcher::listsProfilesWithTheActiveOneSelected()
{
    auto *toolBar = m_window->findChild<QToolBar *>(u"captureToolBar"_s);
    QVERIFY(toolBar && toolBar->isVisible());
    QVERIFY(combo() && combo()->isVisible());
    QVERIFY(toolBar->isAncestorOf(combo()));
    QCOMPARE(combo()->count(), 2);
    QCOMPARE(combo()->itemText(0), u"Sandbox"_s);
    QCOMPARE(combo()->itemText(1), u"Work"_s);
    QCOMPARE(combo()->currentText(), u"Sandbox"_s);
    QVERIFY(combo()->itemData(1, Qt::ToolTipRole).toString().contains(u"Fake keychain"_s));
    QCOMPARE(m_window->windowTitle(), u"Sandbox — Account Activity Console"_s);
}

void TestProfileSwitcher::switchingWithTheKeyboardUpdatesTheWindow()
{
    // Alt+P reaches the combo through its "&Profile:" label; Down picks the next profile.
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(combo()->hasFocus());
    QTest::keyClick(combo(), Qt::Key_Down);
    QCOMPARE(m_store->activeName(), u"Work"_s);
    QCOMPARE(m_window->windowTitle(), u"Work — Account Activity Console"_s);
    QTest::keyClick(combo(), Qt::Key_Up);
    QCOMPARE(m_store->activeName(), u"Sandbox"_s);
    QCOMPARE(m_window->windowTitle(), u"Sandbox — Account Activity Console"_s);
    // The choice persists for the next start (and for the CLI).
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(reread.value(u"ProfileSelection/active"_s).toString(), u"Sandbox"_s);
    QVERIFY2(m_keychain->operations.isEmpty(), qPrintable(m_keychain->operations.join(u", "_s)));
}

void TestProfileSwitcher::followsChangesMadeElsewhere()
{
    Profile staging;
    staging.name = u"Staging"_s;
    QVERIFY(m_store->add(staging).ok());
    QCOMPARE(combo()->count(), 3);
    QCOMPARE(combo()->itemText(1), u"Staging"_s);
    QVERIFY(m_store->setActive(u"Staging"_s).ok());
    QCOMPARE(combo()->currentText(), u"Staging"_s);
    QCOMPARE(m_window->windowTitle(), u"Staging — Account Activity Console"_s);

    QVERIFY(waitFor<Result<void>>([&](QObject *ctx, auto done) {
                m_store->rename(u"Staging"_s, u"Stage"_s, ctx, done);
            }).ok());
    QCOMPARE(combo()->currentText(), u"Stage"_s);
    QCOMPARE(m_window->windowTitle(), u"Stage — Account Activity Console"_s);

    QVERIFY(waitFor<Result<void>>([&](QObject *ctx, auto done) {
                m_store->remove(u"Stage"_s, ProfileStore::CaptureData::Keep, ctx, done);
            }).ok());
    QCOMPARE(combo()->count(), 2);
    QCOMPARE(combo()->currentText(), m_store->activeName());
}

void TestProfileSwitcher::profilesButtonOpensTheDialog()
{
    auto *button = m_window->findChild<QToolButton *>(u"manageProfilesButton"_s);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    ProfilesDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProfilesDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<ProfilesDialog *>()); // deleted on close
}

QTEST_MAIN(TestProfileSwitcher)
#include "tst_profileswitcher.moc"
