#include "cli/SandboxGuide.h"

#include "cli/CliContext.h"
#include "events/RecordJson.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxControlClient.h"
#include "session/CaptureSession.h"
#include "xapi/ApiClient.h"
#include "xapi/BlockingCall.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Steps = 6;

std::optional<quint16> portOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return quint16(0);
    bool ok = false;
    const uint port = parser.value(name).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return quint16(port);
}

} // namespace

int SandboxGuide::run(CliContext &context, const QCommandLineParser &parser)
{
    const auto sandboxPort = portOption(parser, u"port"_s);
    const auto responderPort = portOption(parser, u"responder-port"_s);
    if (!sandboxPort || !responderPort)
        return context.usageError(tr("ports must be numbers from 0 to 65535"));

    // With --json the steps go to stderr and stdout carries only the record.
    QTextStream &out = context.global.json ? context.err() : context.out();
    int step = 0;
    const auto say = [&](const QString &text) {
        out << '[' << ++step << '/' << Steps << "] " << text << '\n';
        out.flush();
    };
    const auto detail = [&](const QString &text) {
        out << "      " << text << '\n';
        out.flush();
    };
    const auto failed = [&](const Error &error) {
        detail(tr("failed: %1").arg(error.message));
        out << '\n'
            << tr("The guide stopped at step %1. Run it again with --log-level debug for "
                  "details.")
                   .arg(step)
            << '\n';
        out.flush();
        return context.fail(error);
    };

    out << tr("Account Activity Console: X's webhook guide, end to end, on this computer.")
        << "\n\n";

    say(tr("Starting the Sandbox, an X API emulator on loopback …"));
    Sandbox sandbox;
    SandboxConfig config;
    config.port = *sandboxPort;
    const auto base = sandbox.start(config);
    if (!base.ok())
        return failed(base.error());
    const SandboxApp app = sandbox.app();
    detail(tr("%1, app \"%2\" owned by @%3 (%4)")
               .arg(base.value().toString(), app.name, app.ownerScreenName, app.ownerId));

    say(tr("Starting the responder (what 'aaconsole-cli listen' runs) …"));
    CaptureSession session;
    ReceiverConfig receiver;
    receiver.port = *responderPort;
    receiver.consumerSecret = app.consumerSecret.toUtf8();
    CaptureWriter::Options store;
    store.path = u":memory:"_s;
    std::optional<CrcCheck> crc;
    QList<QPair<EventRecord, QByteArray>> arrived;
    QObject::connect(&session, &CaptureSession::crcAnswered, &session,
                     [&crc](const CrcCheck &check) { crc = check; });
    QObject::connect(
        &session, &CaptureSession::recordsCommitted, &session,
        [&arrived](const QList<EventRecord> &records, const QList<QByteArray> &bodies) {
            for (qsizetype i = 0; i < records.size(); ++i)
                arrived.append({records.at(i), bodies.at(i)});
        });
    const auto webhookUrl = session.start(receiver, store);
    if (!webhookUrl.ok())
        return failed(webhookUrl.error());
    detail(webhookUrl.value().toString());

    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(base.value());
    api.setCredentials(app.credentials());
    SandboxControlClient control(&network);
    control.setBaseUrl(base.value());

    say(tr("Registering the webhook URL with X (POST /2/webhooks); X first runs a CRC check "
           "against it …"));
    const auto webhook = waitFor<Webhook>([&](QObject *ctx, auto done) {
        api.createWebhook(webhookUrl.value().toString(), ctx, done);
    });
    QCoreApplication::processEvents(); // the responder's report of the CRC check
    if (!webhook.ok())
        return failed(webhook.error());
    if (crc && crc->answered)
        detail(tr("the responder answered the CRC check in %1 ms")
                   .arg(crc->latencyUs / 1000.0, 0, 'f', 2));
    detail(tr("webhook %1 registered, %2")
               .arg(webhook.value().id, webhook.value().valid ? tr("valid") : tr("invalid")));

    say(tr("Subscribing @%1 to the webhook (POST …/subscriptions/all, as that account) …")
            .arg(app.ownerScreenName));
    const auto subscribed = waitFor<bool>(
        [&](QObject *ctx, auto done) { api.addSubscription(webhook.value().id, ctx, done); });
    if (!subscribed.ok())
        return failed(subscribed.error());
    detail(tr("subscribed"));

    const auto users
        = waitFor<QJsonObject>([&](QObject *ctx, auto done) { control.users(false, ctx, done); });
    if (!users.ok())
        return failed(users.error());
    QString liker;
    QString postId;
    for (const QJsonValue v : users.value().value(u"users"_s).toArray()) {
        const QJsonObject u = v.toObject();
        if (u.value(u"app_owner"_s).toBool())
            postId = u.value(u"posts"_s).toArray().first().toObject().value(u"id"_s).toString();
        else if (liker.isEmpty())
            liker = u.value(u"screen_name"_s).toString();
    }
    say(tr("@%1 likes @%2's post %3 …").arg(liker, app.ownerScreenName, postId));
    const auto acted = waitFor<QJsonObject>([&](QObject *ctx, auto done) {
        const QJsonObject params {{u"by"_s, QString(u'@' + liker)}, {u"post"_s, postId}};
        control.act(u"favorite"_s, params, ctx, done);
    });
    if (!acted.ok())
        return failed(acted.error());

    say(tr("Waiting for X's favorite_events delivery to reach the responder …"));
    const auto favorite = [&arrived]() -> const QPair<EventRecord, QByteArray> * {
        for (const auto &item : std::as_const(arrived)) {
            if (item.first.type == u"favorite_events")
                return &item;
        }
        return nullptr;
    };
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (favorite())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(EventWaitMs, &loop, &QEventLoop::quit);
    if (!favorite())
        loop.exec();
    const auto *record = favorite();
    if (!record) {
        Error e(ErrorKind::Network,
                tr("No favorite_events delivery arrived within %1 s.").arg(EventWaitMs / 1000));
        e.code = u"timeout"_s;
        return failed(e);
    }
    const EventRecord &r = record->first;
    const QString verdict = WebhookCrypto::verdictName(r.signature);
    detail(tr("#%1 %2/%3, signature %4: %5 (for %6 %7)")
               .arg(QString::number(r.seq), r.type, r.action, verdict, r.summary, r.forUserName,
                    r.forUserId));
    const QByteArray json = RecordJson::line(r, record->second);
    if (context.global.json)
        context.out() << json << '\n';
    else
        detail(QString::fromUtf8(json));
    if (r.signature != WebhookCrypto::SignatureVerdict::Valid) {
        return failed(Error(ErrorKind::Internal,
                            tr("The event arrived, but its signature is %1.").arg(verdict)));
    }
    out << '\n'
        << tr("Done: the favorite arrived, signed with the app's consumer secret and verified. "
              "Next: 'scripts/run' for the GUI, 'aaconsole-cli sandbox serve' to keep a Sandbox "
              "running, 'aaconsole-cli sandbox --help' for what it can do.")
        << '\n';
    out.flush();
    session.stop();
    (void)sandbox.stop();
    return ExitOk;
}
