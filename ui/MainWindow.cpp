#include "MainWindow.h"

#include "CaptureController.h"
#include "SandboxController.h"
#include "auth/Credentials.h"
#include "auth/ProfileStore.h"
#include "dialogs/AboutDialog.h"
#include "models/EventTableModel.h"
#include "store/StorePaths.h"
#include "widgets/EventBrowser.h"
#include "widgets/ProfileSwitcher.h"
#include "widgets/SandboxDock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace {
const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
} // namespace

MainWindow::MainWindow(QSettings &settings, ProfileStore &profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_capture(new CaptureController(this))
    , m_sandbox(new SandboxController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/aaconsole.png")));

    m_browser = new EventBrowser(settings, m_capture);
    setCentralWidget(m_browser);
    connect(m_browser, &EventBrowser::statusMessage, this, &MainWindow::showMessage);
    connect(m_browser, &EventBrowser::exportFinished, this,
            [this](const Result<qint64> &written, const QString &path) {
                showMessage(written.ok()
                                ? tr("Exported %L1 events to %2.").arg(written.value()).arg(path)
                                : written.error().message);
            });

    connect(&profiles, &ProfileStore::activeProfileChanged, this, [this](const QString &name) {
        showActiveProfile(name);
        if (m_capturing)
            startCapture();
    });
    showActiveProfile(profiles.activeName());

    createSandboxDock();
    createMenus();
    createToolBar();
    createStatusBar();
    // Room for the Sandbox panel beside the table's usual columns, on screens that have it.
    const QSize available = screen()->availableGeometry().size();
    resize(std::min(1480, available.width() * 9 / 10), std::min(920, available.height() * 9 / 10));
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // While this is still a MainWindow: stopping reports to the labels wired above.
    m_capture->stop();
    m_sandbox->stop();
}

void MainWindow::setCredentialCheck(CredentialCheck *check)
{
    m_profileSwitcher->setCredentialCheck(check);
}

void MainWindow::createMenus()
{
    const EventBrowser::Actions &events = m_browser->actions();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(events.exportRows);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    // Explicit: not every platform theme binds QKeySequence::Quit.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions({events.copyJson, events.copySummary, events.copyBody});
    edit->addSeparator();
    edit->addActions({events.mark, events.nextMark, events.previousMark});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({events.focusFilter, events.clearFilter});
    view->addSeparator();
    view->addActions({events.follow, events.freeze, events.onlyMarked});
    view->addSeparator();
    view->addAction(m_sandboxDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Account Activity Console"), this,
                                     [this] { openAboutDialog(this); });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createSandboxDock()
{
    m_sandboxPanel = new SandboxDock(m_sandbox);
    m_sandboxDock = new QDockWidget(tr("Sandbox"), this);
    m_sandboxDock->setObjectName(QStringLiteral("sandboxDockWidget"));
    m_sandboxDock->setWidget(m_sandboxPanel);
    m_sandboxPanel->setMinimumWidth(340);
    m_sandboxDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_sandboxDock);
    m_sandboxDock->hide(); // shown while a Sandbox profile is active
    // A CRC check is the first half of a registration (made here or with the CLI): ask again
    // once the registration it belongs to has had time to finish.
    connect(m_capture, &CaptureController::crcAnswered, m_sandboxPanel,
            [this] { QTimer::singleShot(500, m_sandboxPanel, &SandboxDock::refreshConnection); });
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Capture"));
    toolBar->setObjectName(QStringLiteral("captureToolBar"));
    toolBar->setMovable(false);
    m_profileSwitcher = new ProfileSwitcher(m_profiles, toolBar);
    toolBar->addWidget(m_profileSwitcher);
    toolBar->addSeparator();
    const EventBrowser::Actions &events = m_browser->actions();
    toolBar->addActions({events.follow, events.freeze, events.onlyMarked});
}

void MainWindow::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageTimer->start();
}

void MainWindow::createStatusBar()
{
    m_responderLabel = new QLabel(tr("Responder not started"));
    m_responderLabel->setObjectName(QStringLiteral("responderLabel"));
    m_responderLabel->setTextFormat(Qt::PlainText);
    m_messageLabel = new QLabel;
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(8000);
    connect(m_messageTimer, &QTimer::timeout, m_messageLabel, &QLabel::clear);
    m_countLabel = new QLabel(tr("No events"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_crcLabel = new QLabel(tr("No CRC check yet"));
    m_crcLabel->setObjectName(QStringLiteral("crcLabel"));
    statusBar()->addWidget(m_responderLabel);
    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_crcLabel);

    connect(m_capture->model(), &EventTableModel::totalCountChanged, this, [this](qint64 count) {
        m_countLabel->setText(tr("%n event(s)", nullptr, int(count)));
    });
    connect(m_capture, &CaptureController::crcAnswered, this, [this](const CrcCheck &check) {
        const QString when
            = QDateTime::fromMSecsSinceEpoch(check.atMs).toString(QStringLiteral("HH:mm:ss"));
        m_crcLabel->setText(
            check.answered
                ? tr("Last CRC %1 ✓ %2 ms").arg(when).arg(check.latencyUs / 1000.0, 0, 'f', 1)
                : tr("Last CRC %1 refused: %2").arg(when, check.reason));
    });
    connect(m_capture, &CaptureController::storeFailed, this, [this](const Error &error) {
        m_responderLabel->setText(tr("⚠ %1 (%2) Deliveries are answered 503 so that X retries.")
                                      .arg(error.message, error.detail));
    });
    connect(m_capture, &CaptureController::storeRecovered, this, [this] {
        m_responderLabel->setText(tr("● Listening on %1").arg(m_capture->url().toString()));
    });
}

void MainWindow::startCapture()
{
    m_capturing = true;
    const QString name = m_profiles.activeName();
    m_responderLabel->setText(tr("Starting the responder…"));
    // X_CONSUMER_SECRET overrides the profile's secret, as it does for the CLI.
    const QString fromEnvironment = qEnvironmentVariable("X_CONSUMER_SECRET");
    if (!fromEnvironment.isEmpty() || name.isEmpty()) {
        startCaptureWith(name, fromEnvironment.toUtf8());
        return;
    }
    m_profiles.loadCredentials(
        name, {Credentials::Field::ConsumerSecret}, this,
        [this, name](Result<Credentials> credentials) {
            if (name != m_profiles.activeName())
                return; // switched again meanwhile
            if (!credentials.ok()) {
                m_capture->stop();
                m_responderLabel->setText(
                    tr("○ Not listening: %1").arg(credentials.error().message));
                return;
            }
            startCaptureWith(name, credentials.value().consumerSecret.toUtf8());
        });
}

void MainWindow::startCaptureWith(const QString &profileName, const QByteArray &consumerSecret)
{
    const std::optional<Profile> profile = m_profiles.profile(profileName);
    ReceiverConfig config = profile ? ReceiverConfig::from(profile->responder) : ReceiverConfig();
    config.consumerSecret = consumerSecret;
    // A Sandbox profile brings its emulator; deliveries are signed with the emulator's app secret.
    const bool sandbox = profile && profile->sandbox;
    m_sandboxDock->setVisible(sandbox);
    m_sandboxDock->toggleViewAction()->setEnabled(sandbox);
    m_sandboxPanel->setResponderUrl({});
    if (sandbox) {
        const Result<QUrl> started = m_sandbox->start(*profile);
        if (!started.ok())
            showMessage(tr("The Sandbox did not start: %1").arg(started.error().message));
        else if (qEnvironmentVariableIsEmpty("X_CONSUMER_SECRET"))
            config.consumerSecret = m_sandbox->app().consumerSecret.toUtf8();
    } else {
        m_sandbox->stop();
    }
    CaptureWriter::Options store;
    store.path = StorePaths::captureDatabase(
        profileName.isEmpty() ? QLatin1String(StorePaths::DefaultProfile) : profileName);
    // Without a secret the stored history is still shown; only the responder cannot start.
    const auto url = m_capture->start(config, store);
    if (url.ok()) {
        m_responderLabel->setText(tr("● Listening on %1").arg(url.value().toString()));
        m_sandboxPanel->setResponderUrl(url.value());
    } else if (config.consumerSecret.isEmpty()) {
        m_responderLabel->setText(
            tr("○ Not listening: the profile has no consumer secret (Profiles…)"));
    } else {
        m_responderLabel->setText(tr("○ Not listening: %1").arg(url.error().message));
    }
}

void MainWindow::showActiveProfile(const QString &name)
{
    setWindowTitle(name.isEmpty() ? tr("Account Activity Console")
                                  : tr("%1 — Account Activity Console").arg(name));
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.value(GeometryKey).toByteArray());
    restoreState(m_settings.value(StateKey).toByteArray());
    m_browser->restoreLayout();
}

void MainWindow::saveLayout()
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(StateKey, saveState());
    m_browser->saveLayout();
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_capture->stop();
    m_sandbox->stop(); // saves its state: registrations survive the restart
    QMainWindow::closeEvent(event);
}
