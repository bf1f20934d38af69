#include "sandbox/SandboxServer.h"

#include "sandbox/ActivityEngine.h"
#include "sandbox/ControlRoutes.h"
#include "sandbox/Deliverer.h"
#include "sandbox/OAuthRoutes.h"
#include "sandbox/ReplayJobs.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxRouter.h"
#include "sandbox/WebhookValidator.h"
#include "sandbox/XApiRoutes.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSaveFile>
#include <QTcpServer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const char Index[]
    = "aaconsole Sandbox: X's Account Activity API on loopback.\n"
      "X API:   /2/webhooks, /2/account_activity/..., /1.1/account_activity/..., /2/users/me,\n"
      "         /1.1/account/verify_credentials.json, /oauth/request_token, /oauth/authorize,\n"
      "         /oauth/access_token\n"
      "Sandbox: /sandbox/app, /sandbox/users, /sandbox/act/ACTION, /sandbox/deliveries,\n"
      "         /sandbox/faults (see 'aaconsole-cli sandbox --help')\n";

} // namespace

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{ }

SandboxServer::~SandboxServer()
{
    // Stop taking requests and abort the requests in flight while everything their callbacks
    // reach still exists.
    m_http.reset();
    delete m_network;
    m_network = nullptr;
}

Result<void> SandboxServer::loadState()
{
    m_app = SandboxApp::defaults();
    if (m_config.statePath.isEmpty() || !QFile::exists(m_config.statePath)) {
        m_world = SandboxWorld::seeded(m_app);
        return {};
    }
    QFile file(m_config.statePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorKind::Io,
            tr("Cannot read the Sandbox state %1: %2").arg(m_config.statePath, file.errorString()));
    QJsonParseError parseError;
    const QJsonObject state = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || state.value(u"format"_s).toString() != QLatin1String(StateFormat))
        return Error(ErrorKind::Config,
                     tr("%1 is not a Sandbox state file (written by 'sandbox serve --state').")
                         .arg(m_config.statePath));
    if (state.value(u"version"_s).toInt() > StateVersion)
        return Error(
            ErrorKind::Config,
            tr("%1 was written by a newer version of the Sandbox.").arg(m_config.statePath));
    m_app = SandboxApp::fromJson(state.value(u"app"_s).toObject());
    auto world = SandboxWorld::fromJson(state.value(u"world"_s).toObject());
    if (!world.ok())
        return world.error();
    m_world = world.takeValue();
    SandboxAccount *owner = m_world.account(m_app.ownerId);
    if (!owner)
        return Error(
            ErrorKind::Config,
            tr("The Sandbox state has no account for the app owner %1.").arg(m_app.ownerId));
    // The app section is the one place the owner's token pair is set.
    owner->token = m_app.ownerAccessToken;
    owner->tokenSecret = m_app.ownerAccessTokenSecret;
    m_webhooks = WebhookRegistry::fromJson(state.value(u"webhooks"_s).toArray());
    m_log = DeliveryLog::fromJson(state.value(u"deliveries"_s).toArray());
    qCInfo(lcSandbox) << "loaded state from" << m_config.statePath;
    return {};
}

Result<void> SandboxServer::saveState() const
{
    if (m_config.statePath.isEmpty())
        return {};
    const QJsonObject state {{u"format"_s, QLatin1String(StateFormat)},
                             {u"version"_s, StateVersion},
                             {u"app"_s, m_app.toJson()},
                             {u"world"_s, m_world.toJson()},
                             {u"webhooks"_s, m_webhooks.toJson()},
                             {u"deliveries"_s, m_log.toJson()}};
    QSaveFile file(m_config.statePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(state).toJson()) < 0
        || !file.commit())
        return Error(ErrorKind::Io,
                     tr("Cannot save the Sandbox state to %1: %2")
                         .arg(m_config.statePath, file.errorString()));
    return {};
}

void SandboxServer::build()
{
    const QByteArray secret = m_app.consumerSecret.toUtf8();
    const double scale = m_config.timeScale;
    m_network = new QNetworkAccessManager(this);
    // X does not go through this machine's proxy to reach a webhook, and loopback never should.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_crc = new CrcChecker(m_network, secret, this);
    m_deliverer = new Deliverer(m_network, m_log, secret, scale, this);
    m_validator = new WebhookValidator(m_webhooks, *m_crc, scale, &now, this);
    m_replays = new ReplayJobs(m_webhooks, m_log, *m_deliverer, *m_validator, this);
    m_activity = std::make_unique<ActivityEngine>(m_world, m_webhooks, *m_deliverer, m_app);
    m_auth = std::make_unique<SandboxAuth>(m_app, m_world, m_signIns);
    m_router = std::make_unique<SandboxRouter>(*m_auth, &now);

    const SandboxParts parts {m_app,        m_world,   m_webhooks,   m_log,
                              *m_deliverer, *m_crc,    *m_validator, *m_replays,
                              *m_activity,  m_signIns, &now};
    m_xapi = std::make_unique<XApiRoutes>(parts);
    m_oauth = std::make_unique<OAuthRoutes>(parts);
    m_control = std::make_unique<ControlRoutes>(parts);
    m_xapi->install(*m_router);
    m_oauth->install(*m_router);
    m_control->install(*m_router);
    m_router->add("GET", u"/"_s, RouteAuth::None, [](const SandboxRequest &) {
        return SandboxReply::text(Index, "text/plain; charset=utf-8", 200);
    });
    m_router->setObserver([this](const SandboxRequest &r, const SandboxReply &reply) {
        Q_EMIT requestAnswered(r.line(), reply.status);
    });

    connect(m_deliverer, &Deliverer::attempted, this, &SandboxServer::deliveryAttempted);
    connect(m_crc, &CrcChecker::checked, this, &SandboxServer::crcChecked);
    connect(m_validator, &WebhookValidator::checked, this, &SandboxServer::webhookChecked);
    connect(m_replays, &ReplayJobs::finished, this, &SandboxServer::replayFinished);
}

Result<quint16> SandboxServer::start()
{
    if (!(m_config.timeScale > 0))
        return Error(ErrorKind::Usage, tr("The time scale must be a number above 0."));
    const auto loaded = loadState();
    if (!loaded.ok())
        return loaded.error();
    build();
    m_http = std::make_unique<QHttpServer>();
    m_router->install(*m_http);
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, m_config.port)) {
        Error e(ErrorKind::Config,
                tr("The Sandbox cannot listen on 127.0.0.1:%1: %2. Is another Sandbox (or the "
                   "GUI) already running? Use --port 0 for any free port.")
                    .arg(m_config.port)
                    .arg(tcp->errorString()));
        delete tcp;
        return e;
    }
    const quint16 port = tcp->serverPort();
    m_http->bind(tcp); // takes ownership
    m_validator->startPeriodic(
        qint64(std::llround(double(m_config.recheckIntervalMs) * m_config.timeScale)));
    qCInfo(lcSandbox) << "listening on 127.0.0.1:" << port;
    return port;
}
