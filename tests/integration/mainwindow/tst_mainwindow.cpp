// The main window under the offscreen platform, driven with real key presses.
#include "MainWindow.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "util/Version.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensWithMenusTableAndStatusBar();
    void aboutShowsVersions();
    void ctrlQQuits();
    void geometryRestoredOnNextStart();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString settingsPath() const { return m_dir->filePath(u"aaconsole.ini"_s); }
    MemoryCredentialStore m_keychain;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMainWindow::opensWithMenusTableAndStatusBar()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore profiles(settings, m_keychain);
    MainWindow window(settings, profiles);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList {u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s}));
    QVERIFY(window.findChild<QTableView *>(u"eventTable"_s));
    QVERIFY(window.statusBar()->isVisible());
    QCOMPARE(window.windowTitle(), u"Account Activity Console"_s);
}

void TestMainWindow::aboutShowsVersions()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore profiles(settings, m_keychain);
    MainWindow window(settings, profiles);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Alt+H opens the Help menu, A picks "&About Account Activity Console".
    QTest::keyClick(&window, Qt::Key_H, Qt::AltModifier);
    auto *help = window.findChild<QMenu *>(u"helpMenu"_s);
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QTest::keyClick(help, Qt::Key_A);

    QMessageBox *about = nullptr;
    QTRY_VERIFY((about = window.findChild<QMessageBox *>(u"aboutDialog"_s)) && about->isVisible());
    const QString text = about->text() + about->informativeText();
    QVERIFY2(text.contains(QLatin1String(AACONSOLE_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(u"Qt "_s + QLatin1String(qVersion())), qPrintable(text));
    QTest::keyClick(about, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"aboutDialog"_s));
}

void TestMainWindow::ctrlQQuits()
{
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore profiles(settings, m_keychain);
    MainWindow window(settings, profiles);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

void TestMainWindow::geometryRestoredOnNextStart()
{
    QList<int> splitterSizes;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore profiles(settings, m_keychain);
        MainWindow first(settings, profiles);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(913, 587);
        QTRY_COMPARE(first.size(), QSize(913, 587));
        // The toolbar put away and the detail pane made taller, as a user would.
        first.findChild<QToolBar *>(u"captureToolBar"_s)->toggleViewAction()->trigger();
        auto *splitter = first.findChild<QSplitter *>(u"browserSplitter"_s);
        QVERIFY(splitter);
        splitter->setSizes({150, 300});
        QTRY_VERIFY(splitter->sizes().at(1) > splitter->sizes().at(0));
        splitterSizes = splitter->sizes();
        first.close();
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore profiles(settings, m_keychain);
    MainWindow second(settings, profiles);
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QCOMPARE(second.size(), QSize(913, 587));
    QVERIFY(!second.findChild<QToolBar *>(u"captureToolBar"_s)->isVisible());
    // The same split (the toolbar's height goes to the panes, so compare proportions).
    const QList<int> restored = second.findChild<QSplitter *>(u"browserSplitter"_s)->sizes();
    const auto share
        = [](const QList<int> &sizes) { return double(sizes[1]) / (sizes[0] + sizes[1]); };
    QVERIFY2(qAbs(share(restored) - share(splitterSizes)) < 0.05,
             qPrintable(u"%1 %2 vs %3 %4"_s.arg(restored[0])
                            .arg(restored[1])
                            .arg(splitterSizes[0])
                            .arg(splitterSizes[1])));

    // A window without saved state opens at its default size, not the saved one.
    QSettings fresh(m_dir->filePath(u"other.ini"_s), QSettings::IniFormat);
    ProfileStore freshProfiles(fresh, m_keychain);
    MainWindow third(fresh, freshProfiles);
    QVERIFY(third.size() != QSize(913, 587));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
