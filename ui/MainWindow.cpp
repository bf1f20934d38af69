#include "MainWindow.h"

#include "CaptureController.h"
#include "auth/Credentials.h"
#include "auth/ProfileStore.h"
#include "dialogs/AboutDialog.h"
#include "models/EventTableModel.h"
#include "store/StorePaths.h"
#include "widgets/EventDetailPane.h"
#include "widgets/EventTableView.h"
#include "widgets/FilterBar.h"
#include "widgets/ProfileSwitcher.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const QString GeometryKey = QStringLiteral("MainWindow/geometry");
const QString StateKey = QStringLiteral("MainWindow/state");
const QString SplitterKey = QStringLiteral("MainWindow/splitter");
const QString HeaderKey = QStringLiteral("MainWindow/tableHeader");
} // namespace

MainWindow::MainWindow(QSettings &settings, ProfileStore &profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_capture(new CaptureController(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/aaconsole.png")));

    m_filterBar = new FilterBar(settings);

    m_eventTable = new EventTableView;
    m_eventTable->setModel(m_capture->model());
    m_detail = new EventDetailPane;

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_eventTable, 1);
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);

    connect(m_filterBar, &FilterBar::filterChanged, m_capture->model(),
            &EventTableModel::setFilter);
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedEvent);
    connect(m_capture->model(), &QAbstractItemModel::modelReset, this, [this] {
        // A reset replaces the selection model's rows; keep showing the selected event if any.
        connect(m_eventTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::showSelectedEvent, Qt::UniqueConnection);
    });
    connect(m_capture, &CaptureController::detailsLoading, m_detail, &EventDetailPane::showLoading);
    connect(m_capture, &CaptureController::detailsReady, m_detail, &EventDetailPane::showDetail);
    connect(m_capture, &CaptureController::detailsFailed, m_detail, &EventDetailPane::showFailure);

    QToolBar *toolBar = addToolBar(tr("Profile"));
    toolBar->setObjectName(QStringLiteral("profileToolBar"));
    m_profileSwitcher = new ProfileSwitcher(profiles, toolBar);
    toolBar->addWidget(m_profileSwitcher);
    connect(&profiles, &ProfileStore::activeProfileChanged, this, [this](const QString &name) {
        showActiveProfile(name);
        if (m_capturing)
            startCapture();
    });
    showActiveProfile(profiles.activeName());

    createMenus();
    createStatusBar();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    // Explicit: not every platform theme binds QKeySequence::Quit.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
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

void MainWindow::createStatusBar()
{
    m_responderLabel = new QLabel(tr("Responder not started"));
    m_responderLabel->setObjectName(QStringLiteral("responderLabel"));
    m_responderLabel->setTextFormat(Qt::PlainText);
    m_countLabel = new QLabel(tr("No events"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_crcLabel = new QLabel(tr("No CRC check yet"));
    m_crcLabel->setObjectName(QStringLiteral("crcLabel"));
    statusBar()->addWidget(m_responderLabel, 1);
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
    CaptureWriter::Options store;
    store.path = StorePaths::captureDatabase(
        profileName.isEmpty() ? QLatin1String(StorePaths::DefaultProfile) : profileName);
    // Without a secret the stored history is still shown; only the responder cannot start.
    const auto url = m_capture->start(config, store);
    if (url.ok())
        m_responderLabel->setText(tr("● Listening on %1").arg(url.value().toString()));
    else if (consumerSecret.isEmpty())
        m_responderLabel->setText(
            tr("○ Not listening: the profile has no consumer secret (Profiles…)"));
    else
        m_responderLabel->setText(tr("○ Not listening: %1").arg(url.error().message));
}

void MainWindow::showSelectedEvent()
{
    const QModelIndex current = m_eventTable->currentIndex();
    const qint64 seq = current.isValid() ? m_capture->model()->seqAt(current.row()) : 0;
    if (seq == 0) {
        m_detail->clear();
        return;
    }
    m_capture->requestDetails(seq);
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
    m_splitter->restoreState(m_settings.value(SplitterKey).toByteArray());
    m_eventTable->horizontalHeader()->restoreState(m_settings.value(HeaderKey).toByteArray());
}

void MainWindow::saveLayout()
{
    m_settings.setValue(GeometryKey, saveGeometry());
    m_settings.setValue(StateKey, saveState());
    m_settings.setValue(SplitterKey, m_splitter->saveState());
    m_settings.setValue(HeaderKey, m_eventTable->horizontalHeader()->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_capture->stop();
    QMainWindow::closeEvent(event);
}
