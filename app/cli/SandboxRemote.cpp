#include "cli/SandboxRemote.h"

#include "cli/CliContext.h"
#include "cli/SandboxCommand.h"
#include "sandbox/ActivityEngine.h"
#include "sandbox/ActivitySummary.h"
#include "sandbox/SandboxDefaults.h"
#include "xapi/BlockingCall.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// Which options each action needs, by CLI name; the JSON parameter is the name with '_' for '-'.
QStringList required(const QString &action)
{
    if (action == u"favorite" || action == u"delete")
        return {u"by"_s, u"post"_s};
    if (action == u"post")
        return {u"by"_s, u"text"_s};
    if (action == u"dm")
        return {u"from"_s, u"to"_s, u"text"_s};
    if (action == u"typing")
        return {u"from"_s, u"to"_s};
    if (action == u"read")
        return {u"by"_s, u"from"_s};
    if (action == u"revoke")
        return {u"by"_s};
    return {u"by"_s, u"target"_s}; // follow, unfollow, block, unblock, mute, unmute
}

QStringList optional(const QString &action)
{
    return action == u"post" ? QStringList {u"reply-to"_s, u"quote"_s} : QStringList();
}

QString handle(const QJsonObject &account)
{
    return u'@' + account.value(u"screen_name"_s).toString();
}

} // namespace

SandboxRemote::SandboxRemote(CliContext &context)
    : m_context(context)
    , m_client(&m_network)
{ }

std::optional<int> SandboxRemote::setUp()
{
    const QString text = m_context.global.apiBase.isEmpty()
        ? QLatin1String(SandboxDefaults::BaseUrl)
        : m_context.global.apiBase;
    const QUrl base(text, QUrl::StrictMode);
    if (!base.isValid() || base.host().isEmpty() || base.scheme() != u"http")
        return m_context.usageError(
            tr("--api-base must be the Sandbox's http:// base URL, such as %1, not '%2'")
                .arg(QLatin1String(SandboxDefaults::BaseUrl), text));
    m_client.setBaseUrl(base);
    return std::nullopt;
}

Result<QJsonObject>
SandboxRemote::wait(const std::function<void(QObject *, SandboxControlClient::Callback)> &call)
{
    return waitFor<QJsonObject>([&call](QObject *ctx, auto done) { call(ctx, done); });
}

int SandboxRemote::users(bool withSecrets)
{
    const auto r = wait([&](QObject *ctx, auto done) { m_client.users(withSecrets, ctx, done); });
    if (!r.ok())
        return m_context.fail(r.error());
    if (m_context.global.json) {
        m_context.printJson(r.value());
        return ExitOk;
    }
    QTextStream &out = m_context.out();
    for (const QJsonValue v : r.value().value(u"users"_s).toArray()) {
        const QJsonObject u = v.toObject();
        out << u.value(u"id"_s).toString().leftJustified(12) << ' ' << handle(u).leftJustified(16)
            << ' ' << u.value(u"name"_s).toString();
        if (u.value(u"app_owner"_s).toBool())
            out << ' ' << tr("(app owner)");
        if (!u.value(u"authorized"_s).toBool(true))
            out << ' ' << tr("(revoked the app)");
        out << '\n';
        if (withSecrets) {
            out << "    access_token=" << u.value(u"access_token"_s).toString() << '\n'
                << "    access_token_secret=" << u.value(u"access_token_secret"_s).toString()
                << '\n';
        }
        for (const QJsonValue p : u.value(u"posts"_s).toArray()) {
            const QJsonObject post = p.toObject();
            out << "    " << tr("post") << ' ' << post.value(u"id"_s).toString() << "  "
                << post.value(u"text"_s).toString() << '\n';
        }
    }
    return ExitOk;
}

int SandboxRemote::act(const QString &action, const QCommandLineParser &parser)
{
    if (!ActivityEngine::actions().contains(action))
        return m_context.usageError(
            tr("unknown action '%1': use %2").arg(action, ActivityEngine::actions().join(u", "_s)));
    const QStringList needed = required(action);
    const QStringList allowed = needed + optional(action);
    QJsonObject params;
    for (const QString &option : SandboxCommand::optionsOf(u"act"_s)) {
        if (!parser.isSet(option))
            continue;
        if (!allowed.contains(option))
            return m_context.usageError(tr("'act %1' does not take --%2").arg(action, option));
        params.insert(QString(option).replace(u'-', u'_'), parser.value(option));
    }
    for (const QString &option : needed) {
        if (!parser.isSet(option))
            return m_context.usageError(tr("'act %1' needs --%2").arg(action, option));
    }
    if (parser.isSet(u"reply-to"_s) && parser.isSet(u"quote"_s))
        return m_context.usageError(tr("--reply-to and --quote exclude each other"));

    const auto r = wait([&](QObject *ctx, auto done) { m_client.act(action, params, ctx, done); });
    if (!r.ok())
        return m_context.fail(r.error());
    if (m_context.global.json)
        m_context.printJson(r.value());
    else
        m_context.out() << ActivitySummary::describe(r.value()) << '\n';
    return ExitOk;
}

int SandboxRemote::deliveries(const QCommandLineParser &parser)
{
    int last = 20;
    if (parser.isSet(u"last"_s)) {
        bool ok = false;
        last = parser.value(u"last"_s).toInt(&ok);
        if (!ok || last <= 0)
            return m_context.usageError(tr("--last must be a positive number"));
    }
    const bool bodies = parser.isSet(u"bodies"_s);
    const QString webhook = parser.value(u"webhook"_s);
    const auto r = wait(
        [&](QObject *ctx, auto done) { m_client.deliveries(last, webhook, bodies, ctx, done); });
    if (!r.ok())
        return m_context.fail(r.error());
    if (m_context.global.json) {
        m_context.printJson(r.value());
        return ExitOk;
    }
    QTextStream &out = m_context.out();
    const QJsonArray list = r.value().value(u"deliveries"_s).toArray();
    if (list.isEmpty())
        out << tr("No deliveries yet.") << '\n';
    for (const QJsonValue v : list) {
        const QJsonObject d = v.toObject();
        QStringList attempts;
        for (const QJsonValue a : d.value(u"attempts"_s).toArray()) {
            const QJsonObject o = a.toObject();
            const int status = o.value(u"status"_s).toInt();
            attempts << (status ? QString::number(status) : o.value(u"error"_s).toString()) + u'/'
                    + QString::number(o.value(u"latency_ms"_s).toInteger()) + u"ms"_s;
        }
        out << '#' << d.value(u"id"_s).toInteger() << ' ' << d.value(u"created_at"_s).toString()
            << ' ' << d.value(u"type"_s).toString() << ' '
            << tr("for %1").arg(d.value(u"for_user_id"_s).toString(u"-"_s)) << " → "
            << d.value(u"url"_s).toString() << ' ' << d.value(u"state"_s).toString() << " ["
            << attempts.join(u", "_s) << ']';
        if (!d.value(u"duplicate_of"_s).isNull())
            out << ' ' << tr("duplicate of #%1").arg(d.value(u"duplicate_of"_s).toInteger());
        if (!d.value(u"replay_job_id"_s).isNull())
            out << ' ' << tr("replay job %1").arg(d.value(u"replay_job_id"_s).toString());
        out << '\n';
        if (bodies)
            out << "    " << d.value(u"body"_s).toString() << '\n';
    }
    const int queued = r.value().value(u"queued"_s).toInt();
    if (queued > 0)
        out << tr("%1 deliveries waiting or being retried.").arg(queued) << '\n';
    return ExitOk;
}

int SandboxRemote::faults(const QCommandLineParser &parser)
{
    QJsonObject changes;
    if (parser.isSet(u"clear"_s))
        changes = {{u"duplicate_next"_s, 0}, {u"drop_next"_s, 0}, {u"delay_ms"_s, 0}};
    const std::pair<const char *, const char *> options[] {
        {"duplicate", "duplicate_next"}, {"drop", "drop_next"}, {"delay", "delay_ms"}};
    for (const auto &[option, key] : options) {
        const QString name = QLatin1String(option);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok || value < 0)
            return m_context.usageError(tr("--%1 must be a number of zero or more").arg(name));
        changes.insert(QLatin1String(key), value);
    }
    const auto r = wait([&](QObject *ctx, auto done) {
        if (changes.isEmpty())
            m_client.faults(ctx, done);
        else
            m_client.setFaults(changes, ctx, done);
    });
    if (!r.ok())
        return m_context.fail(r.error());
    if (m_context.global.json) {
        m_context.printJson(r.value());
        return ExitOk;
    }
    const QJsonObject f = r.value();
    m_context.out() << tr("Faults: duplicate the next %1 deliveries, drop the next %2, delay "
                          "each attempt by %3 ms.")
                           .arg(QString::number(f.value(u"duplicate_next"_s).toInt()),
                                QString::number(f.value(u"drop_next"_s).toInt()),
                                QString::number(f.value(u"delay_ms"_s).toInt()))
                    << '\n';
    return ExitOk;
}
