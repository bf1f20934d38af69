#include "SandboxController.h"

#include "auth/Profile.h"
#include "sandbox/Sandbox.h"
#include "store/ApiCallLog.h"
#include "store/StorePaths.h"
#include "util/Logging.h"
#include "xapi/ApiClient.h"

#include <QDir>
#include <QNetworkAccessManager>

SandboxController::SandboxController(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_api(new ApiClient(m_network, this))
    , m_status(new ApiClient(m_network, this))
    , m_setup(new WebhookSetup(*m_api, this))
{
    connect(m_setup, &WebhookSetup::stepStarted, this, &SandboxController::connectStep);
}

SandboxController::~SandboxController()
{
    stop();
}

Result<QUrl> SandboxController::start(const Profile &profile)
{
    stop();
    SandboxConfig config;
    const QUrl base(profile.apiBase);
    config.port = quint16(std::max(0, base.port(0)));
    const QString directory = StorePaths::profileDirectory(profile.name);
    QDir().mkpath(directory);
    config.statePath = QDir(directory).filePath(QStringLiteral("sandbox-state.json"));
    auto sandbox = std::make_unique<Sandbox>();
    const Result<QUrl> url = sandbox->start(config);
    if (!url.ok())
        return url;
    m_sandbox = std::move(sandbox);
    connect(m_sandbox.get(), &Sandbox::deliveryAttempted, this,
            &SandboxController::deliveryAttempted);
    for (ApiClient *client : {m_api, m_status}) {
        client->setBaseUrl(url.value());
        client->setCredentials(m_sandbox->app().credentials());
    }
    m_callLog = ApiCallLog::forProfile(profile.name);
    m_api->setCallSink(m_callLog.get());
    qCInfo(lcUi) << "Sandbox running at" << url.value().toString();
    Q_EMIT started(url.value());
    return url;
}

void SandboxController::stop()
{
    if (!m_sandbox)
        return;
    if (const Result<void> saved = m_sandbox->stop(); !saved.ok())
        qCWarning(lcUi) << "Sandbox state not saved:" << saved.error().message;
    m_sandbox.reset();
    m_api->setCallSink(nullptr);
    m_callLog.reset();
    Q_EMIT stopped();
}

bool SandboxController::isRunning() const
{
    return m_sandbox && m_sandbox->isRunning();
}

QUrl SandboxController::baseUrl() const
{
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

SandboxApp SandboxController::app() const
{
    return m_sandbox ? m_sandbox->app() : SandboxApp::defaults();
}

bool SandboxController::isConnecting() const
{
    return m_setup->isRunning();
}

void SandboxController::refreshConnection(const QUrl &webhookUrl)
{
    if (!isRunning())
        return;
    const QString url = webhookUrl.toString();
    m_status->listWebhooks(this, [this, url](Result<QList<Webhook>> webhooks) {
        if (!webhooks.ok())
            return;
        for (const Webhook &webhook : webhooks.value()) {
            if (webhook.url != url)
                continue;
            m_status->checkSubscription(webhook.id, this, [this, webhook](Result<bool> subscribed) {
                Q_EMIT connectionChanged(
                    {webhook.id, webhook.valid, subscribed.ok() && subscribed.value()});
            });
            return;
        }
        Q_EMIT connectionChanged({});
    });
}

void SandboxController::connectResponder(const QUrl &webhookUrl)
{
    if (!isRunning() || m_setup->isRunning())
        return;
    m_setup->run(webhookUrl.toString(), [this](Result<WebhookSetup::Outcome> outcome) {
        if (!outcome.ok()) {
            Q_EMIT connectFailed(outcome.error());
            return;
        }
        Q_EMIT connectionChanged({outcome.value().webhook.id, outcome.value().webhook.valid, true});
    });
}
