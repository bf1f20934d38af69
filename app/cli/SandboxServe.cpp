#include "cli/SandboxServe.h"

#include "cli/CliContext.h"
#include "sandbox/Deliverer.h"
#include "sandbox/Sandbox.h"
#include "util/UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace {

QString timeOfDay()
{
    return QDateTime::currentDateTime().toString(u"HH:mm:ss.zzz"_s);
}

QString attemptLine(const DeliveryEntry &e)
{
    const QString who
        = e.forUserId.isEmpty() ? QString() : SandboxServe::tr(" for %1").arg(e.forUserId);
    if (e.state == DeliveryEntry::State::Dropped)
        return SandboxServe::tr("delivery #%1 %2%3 dropped (fault injection)")
            .arg(QString::number(e.id), e.eventType, who);
    const DeliveryAttempt a = e.attempts.isEmpty() ? DeliveryAttempt() : e.attempts.last();
    const QString answer = a.status ? QString::number(a.status) : a.error;
    // One arg() call: a URL's %2F must not be taken for a placeholder by a later one.
    QString line = SandboxServe::tr("delivery #%1 %2%3 → %4: %5 in %6 ms, attempt %7")
                       .arg(QString::number(e.id), e.eventType, who, e.url, answer,
                            QString::number(a.latencyMs), QString::number(e.attempts.size()));
    if (e.state == DeliveryEntry::State::Failed)
        line += SandboxServe::tr(", given up");
    else if (e.state == DeliveryEntry::State::Pending)
        line += SandboxServe::tr(", will retry");
    if (e.duplicateOf)
        line += SandboxServe::tr(" (duplicate of #%1)").arg(e.duplicateOf);
    if (!e.replayJobId.isEmpty())
        line += SandboxServe::tr(" (replay job %1)").arg(e.replayJobId);
    return line;
}

} // namespace

int SandboxServe::run(CliContext &context, const QCommandLineParser &parser)
{
    SandboxConfig config;
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        const uint port = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || port > 65535)
            return context.usageError(tr("--port must be a number from 0 to 65535"));
        config.port = quint16(port);
    }
    config.statePath = parser.value(u"state"_s);
    if (parser.isSet(u"time-scale"_s)) {
        bool ok = false;
        config.timeScale = parser.value(u"time-scale"_s).toDouble(&ok);
        if (!ok || !(config.timeScale > 0) || config.timeScale > 1000)
            return context.usageError(tr("--time-scale must be a number above 0 (0.01 makes "
                                         "the waits 100 times shorter)"));
    }
    if (parser.isSet(u"recheck-interval"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"recheck-interval"_s).toDouble(&ok);
        if (!ok || seconds < 0.01)
            return context.usageError(tr("--recheck-interval must be a number of seconds"));
        config.recheckIntervalMs = qint64(seconds * 1000);
    }

    // Installed before anything is printed: a script that reads the credentials and stops the
    // Sandbox at once must get a clean stop, not the default SIGTERM death.
    UnixSignalWatcher watcher;
    QTextStream &err = context.err();
    Sandbox sandbox;
    QObject receiver;
    QObject::connect(&sandbox, &Sandbox::requestAnswered, &receiver,
                     [&err](const QString &line, int status) {
                         err << timeOfDay() << ' ' << line << " → " << status << '\n';
                         err.flush();
                     });
    QObject::connect(&sandbox, &Sandbox::crcChecked, &receiver,
                     [&err](const QString &url, const CrcOutcome &o) {
                         err << timeOfDay() << ' '
                             << tr("CRC check of %1: %2 (%3) in %4 ms")
                                    .arg(url, o.name(), o.detail, QString::number(o.latencyMs))
                             << '\n';
                         err.flush();
                     });
    QObject::connect(&sandbox, &Sandbox::webhookChecked, &receiver,
                     [&err](const QString &id, const CrcOutcome &, bool valid) {
                         err << timeOfDay() << ' '
                             << (valid ? tr("webhook %1 is valid").arg(id)
                                       : tr("webhook %1 is marked invalid; it gets no events "
                                            "until it passes a CRC check ('webhooks validate')")
                                             .arg(id))
                             << '\n';
                         err.flush();
                     });
    QObject::connect(&sandbox, &Sandbox::deliveryAttempted, &receiver,
                     [&err](const DeliveryEntry &e) {
                         err << timeOfDay() << ' ' << attemptLine(e) << '\n';
                         err.flush();
                     });
    QObject::connect(
        &sandbox, &Sandbox::replayFinished, &receiver,
        [&err](const QString &webhookId, const QString &jobId, bool complete, int replayed) {
            err << timeOfDay() << ' '
                << tr("replay job %1 for webhook %2: %3, %4 deliveries replayed")
                       .arg(jobId, webhookId, complete ? tr("complete") : tr("incomplete"),
                            QString::number(replayed))
                << '\n';
            err.flush();
        });

    const auto started = sandbox.start(config);
    if (!started.ok())
        return context.fail(started.error());
    const SandboxApp app = sandbox.app();
    const QString base = started.value().toString();
    if (context.global.json) {
        QJsonObject printed {{u"base_url"_s, base}};
        for (const auto field : Credentials::AllFields)
            printed.insert(Credentials::fieldName(field), app.credentials().value(field));
        context.printJson(printed);
    } else {
        QTextStream &out = context.out();
        out << "base_url=" << base << '\n';
        for (const auto field : Credentials::AllFields)
            out << Credentials::fieldName(field) << '=' << app.credentials().value(field) << '\n';
        out.flush();
    }
    err << tr("Sandbox listening on %1: app %2 (id %3) owned by @%4 (%5). State: %6. Time scale "
              "%7. Ctrl+C stops.")
               .arg(base, app.name, app.appId, app.ownerScreenName, app.ownerId,
                    config.statePath.isEmpty() ? tr("not saved") : config.statePath,
                    QString::number(config.timeScale))
        << '\n';
    err << tr("Use it with: aaconsole-cli --api-base %1 … and the credentials above as "
              "X_CONSUMER_KEY, X_CONSUMER_SECRET, X_BEARER_TOKEN, X_ACCESS_TOKEN, "
              "X_ACCESS_TOKEN_SECRET.")
               .arg(base)
        << '\n';
    err.flush();

    QEventLoop loop;
    QObject::connect(&watcher, &UnixSignalWatcher::terminationRequested, &loop,
                     [&loop](int) { loop.quit(); });
    loop.exec();

    const auto stopped = sandbox.stop();
    QCoreApplication::processEvents(); // the last lines of the log
    if (!stopped.ok())
        return context.fail(stopped.error());
    if (!config.statePath.isEmpty())
        err << tr("Stopped; state saved to %1.").arg(config.statePath) << '\n';
    else
        err << tr("Stopped.") << '\n';
    return ExitOk;
}
