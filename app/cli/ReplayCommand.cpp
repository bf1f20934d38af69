#include "cli/ReplayCommand.h"

#include "cli/ApiSession.h"
#include "cli/CliContext.h"
#include "xapi/BlockingCall.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {
const QString WebhookName = u"webhook"_s;
const QString FromName = u"from"_s;
const QString ToName = u"to"_s;
const QString AccountActivityName = u"account-activity"_s;
} // namespace

QString ReplayCommand::summary() const
{
    return tr("Ask X to deliver a webhook's events of a past time window again.");
}

QString ReplayCommand::details() const
{
    return tr(
        "--from and --to are UTC times YYYYMMDDhhmm, checked as X checks them before "
        "anything is sent: from before to, nothing in the future; v2 reaches back 24 hours, "
        "v1.1 5 days with from at least 31 and to at least 10 minutes ago.\n"
        "v2 uses POST /2/webhooks/replay; --account-activity uses the older "
        "/2/account_activity/replay/... path instead. Authenticates with X_BEARER_TOKEN.\n"
        "X then re-sends the events to the webhook and finishes with a replay_job_status "
        "event.\n"
        "--json prints {\"webhook_id\",\"from_date\",\"to_date\",\"job_id\",\"created_at\"}.");
}

void ReplayCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        QCommandLineOption(WebhookName, tr("The webhook's numeric id."), u"id"_s),
        QCommandLineOption(FromName, tr("Start of the window, UTC (inclusive)."),
                           u"YYYYMMDDhhmm"_s),
        QCommandLineOption(ToName, tr("End of the window, UTC."), u"YYYYMMDDhhmm"_s),
        QCommandLineOption(AccountActivityName,
                           tr("v2 only: use /2/account_activity/replay/webhooks/ID/subscriptions/"
                              "all instead of /2/webhooks/replay.")),
    });
    ApiSession::addOptions(parser);
}

int ReplayCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("too many arguments"));
    for (const QString &required : {WebhookName, FromName, ToName}) {
        if (!parser.isSet(required))
            return context.usageError(tr("missing --%1").arg(required));
    }
    ApiSession session(context);
    if (const auto failed = session.setUp(parser))
        return *failed;
    const QString webhookId = parser.value(WebhookName);
    if (const auto failed = session.checkId(webhookId, u"--webhook"_s))
        return *failed;
    const QString from = parser.value(FromName);
    const QString to = parser.value(ToName);
    const auto path = parser.isSet(AccountActivityName) ? Endpoints::ReplayPath::AccountActivity
                                                        : Endpoints::ReplayPath::Webhooks;

    const auto r = waitFor<ReplayJob>([&](QObject *ctx, auto done) {
        session.client().replay(webhookId, from, to, ctx, done, path);
    });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json) {
        QJsonObject o = r.value().toJson();
        o.insert(u"webhook_id"_s, webhookId);
        o.insert(u"from_date"_s, from);
        o.insert(u"to_date"_s, to);
        context.printJson(o);
        return ExitOk;
    }
    context.out() << tr("Replay job %1 created (%2). X re-delivers the events to webhook %3, then "
                        "sends a replay_job_status event.")
                         .arg(r.value().jobId, r.value().createdAt, webhookId)
                  << '\n';
    return ExitOk;
}
