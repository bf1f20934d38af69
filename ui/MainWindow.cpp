#include "MainWindow.h"

#include "auth/ProfileStore.h"
#include "dialogs/AboutDialog.h"
#include "widgets/ProfileSwitcher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace {
const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
} // namespace

MainWindow::MainWindow(QSettings &settings, ProfileStore &profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/aaconsole.png")));

    m_eventTable = new QTableView(this);
    m_eventTable->setObjectName(QStringLiteral("eventTable"));
    auto *columns = new QStandardItemModel(0, 7, m_eventTable);
    columns->setHorizontalHeaderLabels({tr("#"), tr("Time"), tr("Type"), tr("Summary"),
                                        tr("For user"), tr("Signature"), tr("Duplicate")});
    m_eventTable->setModel(columns);
    m_eventTable->horizontalHeader()->setStretchLastSection(true);
    m_eventTable->verticalHeader()->hide();
    setCentralWidget(m_eventTable);

    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addWidget(m_statusLabel, 1);

    QToolBar *toolBar = addToolBar(tr("Profile"));
    toolBar->setObjectName(QStringLiteral("profileToolBar"));
    m_profileSwitcher = new ProfileSwitcher(profiles, toolBar);
    toolBar->addWidget(m_profileSwitcher);
    connect(&profiles, &ProfileStore::activeProfileChanged, this, &MainWindow::showActiveProfile);
    showActiveProfile(profiles.activeName());

    createMenus();
    resize(1200, 760);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(
        Qt::CTRL | Qt::Key_Q)); // explicit: not every platform theme binds StandardKey Quit
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Account Activity Console"), this,
                                     [this] { openAboutDialog(this); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.value(GeometryKey).toByteArray());
    restoreState(m_settings.value(StateKey).toByteArray());
}

void MainWindow::saveLayout()
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(StateKey, saveState());
    m_settings.sync();
}

void MainWindow::showActiveProfile(const QString &name)
{
    setWindowTitle(name.isEmpty() ? tr("Account Activity Console")
                                  : tr("%1 — Account Activity Console").arg(name));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}
