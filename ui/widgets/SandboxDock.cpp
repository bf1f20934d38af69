#include "widgets/SandboxDock.h"

#include "widgets/SandboxActivityPanel.h"

#include <QDateTime>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int ShownDeliveries = 200;
} // namespace

SandboxDock::SandboxDock(SandboxController *sandbox, QWidget *parent)
    : QWidget(parent)
    , m_sandbox(sandbox)
    , m_where(new QLabel)
    , m_state(new QLabel)
    , m_step(new QLabel)
    , m_connect(new QPushButton)
    , m_activity(new SandboxActivityPanel)
    , m_deliveries(new QListWidget)
{
    setObjectName(QStringLiteral("sandboxDock"));
    for (QLabel *label : {m_where, m_state, m_step}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_where->setObjectName(QStringLiteral("sandboxWhere"));
    m_state->setObjectName(QStringLiteral("sandboxConnection"));
    m_step->setObjectName(QStringLiteral("sandboxStep"));
    m_connect->setObjectName(QStringLiteral("sandboxConnectButton"));
    m_deliveries->setObjectName(QStringLiteral("sandboxDeliveries"));
    m_deliveries->setUniformItemSizes(true);
    m_deliveries->setAlternatingRowColors(true);

    auto *connectBox = new QGroupBox(tr("1. Connect the responder"));
    auto *connectLayout = new QVBoxLayout(connectBox);
    connectLayout->addWidget(m_state);
    connectLayout->addWidget(m_connect);
    connectLayout->addWidget(m_step);
    auto *activityBox = new QGroupBox(tr("2. Make something happen"));
    auto *activityLayout = new QVBoxLayout(activityBox);
    activityLayout->setContentsMargins(2, 2, 2, 2);
    activityLayout->addWidget(m_activity);
    auto *deliveriesBox = new QGroupBox(tr("Deliveries the Sandbox made"));
    auto *deliveriesLayout = new QVBoxLayout(deliveriesBox);
    deliveriesLayout->setContentsMargins(2, 2, 2, 2);
    deliveriesLayout->addWidget(m_deliveries);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_where);
    layout->addWidget(connectBox);
    layout->addWidget(activityBox);
    layout->addWidget(deliveriesBox, 1);

    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_step->setText(QString());
        m_sandbox->connectResponder(m_responderUrl);
        updateButton();
    });
    connect(m_sandbox, &SandboxController::started, this, &SandboxDock::showRunning);
    connect(m_sandbox, &SandboxController::stopped, this, &SandboxDock::showStopped);
    connect(m_sandbox, &SandboxController::connectionChanged, this, &SandboxDock::showConnection);
    connect(m_sandbox, &SandboxController::connectStep, m_step, &QLabel::setText);
    connect(m_sandbox, &SandboxController::connectFailed, this, [this](const Error &error) {
        m_step->setText(tr("✗ %1").arg(error.message));
        updateButton();
    });
    connect(m_sandbox, &SandboxController::deliveryAttempted, this, &SandboxDock::showDelivery);
    if (m_sandbox->isRunning())
        showRunning(m_sandbox->baseUrl());
    else
        showStopped();
}

void SandboxDock::showRunning(const QUrl &baseUrl)
{
    const SandboxApp app = m_sandbox->app();
    m_where->setText(tr("The Sandbox, an X emulator on this computer, runs at %1 with the app "
                        "\"%2\" of @%3.")
                         .arg(baseUrl.toString(), app.name, app.ownerScreenName));
    m_activity->setBaseUrl(baseUrl);
    m_activity->setEnabled(true);
    m_deliveries->clear();
    if (!m_responderUrl.isEmpty())
        m_sandbox->refreshConnection(m_responderUrl);
    updateButton();
}

void SandboxDock::showStopped()
{
    m_where->setText(tr("The Sandbox is not running."));
    m_connection = {};
    m_activity->setEnabled(false);
    updateButton();
}

void SandboxDock::setResponderUrl(const QUrl &url)
{
    m_responderUrl = url;
    m_connection = {};
    if (!url.isEmpty() && m_sandbox->isRunning())
        m_sandbox->refreshConnection(url);
    updateButton();
}

void SandboxDock::refreshConnection()
{
    if (!m_responderUrl.isEmpty() && m_sandbox->isRunning() && !m_sandbox->isConnecting())
        m_sandbox->refreshConnection(m_responderUrl);
}

void SandboxDock::showConnection(const SandboxController::Connection &connection)
{
    m_connection = connection;
    if (!connection.webhookId.isEmpty() && connection.subscribed)
        m_step->setText(tr("Events for @%1 now reach the table. Try a like below.")
                            .arg(m_sandbox->app().ownerScreenName));
    updateButton();
}

void SandboxDock::updateButton()
{
    const QString owner = m_sandbox->app().ownerScreenName;
    const bool connected
        = !m_connection.webhookId.isEmpty() && m_connection.valid && m_connection.subscribed;
    if (!m_sandbox->isRunning())
        m_state->setText(tr("Start the Sandbox by choosing the Sandbox profile."));
    else if (m_responderUrl.isEmpty())
        m_state->setText(tr("The responder is not listening, so there is nothing to register."));
    else if (connected)
        m_state->setText(tr("✓ %1 is registered as webhook %2 (valid) and @%3 is subscribed.")
                             .arg(m_responderUrl.toString(), m_connection.webhookId, owner));
    else if (!m_connection.webhookId.isEmpty())
        m_state->setText(
            tr("%1 is registered as webhook %2 (%3), @%4 is %5.")
                .arg(m_responderUrl.toString(), m_connection.webhookId,
                     m_connection.valid ? tr("valid") : tr("invalid"), owner,
                     m_connection.subscribed ? tr("subscribed") : tr("not subscribed")));
    else
        m_state->setText(
            tr("○ %1 is not registered with the Sandbox yet.").arg(m_responderUrl.toString()));
    m_connect->setText(connected ? tr("Connected") : tr("Register and Subscribe"));
    m_connect->setToolTip(tr("Registers the responder's URL as the Sandbox app's webhook (the "
                             "Sandbox checks it with a CRC request) and subscribes @%1 to it.")
                              .arg(owner));
    m_connect->setEnabled(m_sandbox->isRunning() && !m_responderUrl.isEmpty() && !connected
                          && !m_sandbox->isConnecting());
}

void SandboxDock::showDelivery(const DeliveryEntry &entry)
{
    if (entry.attempts.isEmpty())
        return;
    // A delivery means a subscription exists, perhaps made elsewhere (CLI).
    if (!m_connection.subscribed && entry.url == m_responderUrl.toString())
        refreshConnection();
    const DeliveryAttempt &last = entry.attempts.last();
    const QString when
        = QDateTime::fromMSecsSinceEpoch(last.atMs).toString(QStringLiteral("HH:mm:ss"));
    const QString answer = last.status ? QString::number(last.status) : last.error;
    QString line
        = tr("%1  %2 → %3 in %4 ms").arg(when, entry.eventType, answer).arg(last.latencyMs);
    if (entry.attempts.size() > 1)
        line += tr(" (attempt %1)").arg(entry.attempts.size());
    auto *item = new QListWidgetItem(line);
    if (last.status < 200 || last.status >= 300)
        item->setForeground(QColor(0xcf, 0x22, 0x2e));
    item->setToolTip(entry.url);
    m_deliveries->insertItem(0, item);
    while (m_deliveries->count() > ShownDeliveries)
        delete m_deliveries->takeItem(m_deliveries->count() - 1);
}
