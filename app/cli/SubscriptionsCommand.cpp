#include "cli/SubscriptionsCommand.h"

#include "cli/ApiSession.h"
#include "cli/CliContext.h"
#include "xapi/BlockingCall.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {
const QString WebhookName = u"webhook"_s;
}

QString SubscriptionsCommand::arguments() const
{
    return u"add | check | list | remove USER_ID | count"_s;
}

QString SubscriptionsCommand::summary() const
{
    return tr("Subscribe accounts to a webhook, check, list, remove and count subscriptions.");
}

QString SubscriptionsCommand::details() const
{
    return tr(
        "add --webhook ID              subscribes the account whose access token is in use "
        "(X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET with the app's consumer key and secret)\n"
        "check --webhook ID            whether that account is subscribed\n"
        "list --webhook ID             the user ids subscribed to the webhook (bearer token)\n"
        "remove --webhook ID USER_ID   unsubscribes USER_ID (bearer token)\n"
        "count                         active and provisioned subscriptions of the app "
        "(bearer token)\n\n"
        "To subscribe another account, sign it in with 'signin', then add --account USER_ID.\n"
        "--json prints {\"webhook_id\",\"subscribed\"}, {\"webhook_id\",\"webhook_url\","
        "\"application_id\",\"subscriptions\":[{\"user_id\"}]}, or the counts.");
}

void SubscriptionsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(WebhookName, tr("The webhook's numeric id."), u"id"_s));
    ApiSession::addOptions(parser);
}

int SubscriptionsCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QStringList actions {u"add"_s, u"check"_s, u"list"_s, u"remove"_s, u"count"_s};
    if (action.isEmpty())
        return context.usageError(tr("missing action: add, check, list, remove or count"));
    if (!actions.contains(action))
        return context.usageError(
            tr("unknown action '%1': use add, check, list, remove or count").arg(action));
    const qsizetype expected = action == u"remove" ? 2 : 1;
    if (args.size() < expected)
        return context.usageError(tr("missing USER_ID"));
    if (args.size() > expected)
        return context.usageError(tr("too many arguments"));
    const QString webhookId = parser.value(WebhookName);
    if (action != u"count" && !parser.isSet(WebhookName))
        return context.usageError(tr("'subscriptions %1' needs --webhook ID").arg(action));

    ApiSession session(context);
    if (const auto failed = session.setUp(parser))
        return *failed;
    if (action == u"count")
        return count(context, session);
    if (const auto failed = session.checkId(webhookId, u"--webhook"_s))
        return *failed;
    if (action == u"add")
        return add(context, session, webhookId);
    if (action == u"check")
        return check(context, session, webhookId);
    if (action == u"list")
        return list(context, session, webhookId);
    if (const auto failed = session.checkId(args.at(1), u"USER_ID"_s))
        return *failed;
    return remove(context, session, webhookId, args.at(1));
}

int SubscriptionsCommand::add(CliContext &context, ApiSession &session, const QString &webhookId)
{
    const auto r = waitFor<bool>(
        [&](QObject *ctx, auto done) { session.client().addSubscription(webhookId, ctx, done); });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json)
        context.printJson({{u"webhook_id"_s, webhookId}, {u"subscribed"_s, r.value()}});
    else
        context.out() << tr("Subscribed the account of the access token to webhook %1; events "
                            "may take up to 10 seconds to start.")
                             .arg(webhookId)
                      << '\n';
    return ExitOk;
}

int SubscriptionsCommand::check(CliContext &context, ApiSession &session, const QString &webhookId)
{
    const auto r = waitFor<bool>(
        [&](QObject *ctx, auto done) { session.client().checkSubscription(webhookId, ctx, done); });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json)
        context.printJson({{u"webhook_id"_s, webhookId}, {u"subscribed"_s, r.value()}});
    else if (r.value())
        context.out()
            << tr("The account of the access token is subscribed to webhook %1.").arg(webhookId)
            << '\n';
    else
        context.out()
            << tr("The account of the access token is not subscribed to webhook %1.").arg(webhookId)
            << '\n';
    return ExitOk;
}

int SubscriptionsCommand::list(CliContext &context, ApiSession &session, const QString &webhookId)
{
    const auto r = waitFor<SubscriptionList>(
        [&](QObject *ctx, auto done) { session.client().listSubscriptions(webhookId, ctx, done); });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json) {
        context.printJson(r.value().toJson());
        return ExitOk;
    }
    const SubscriptionList &list = r.value();
    context.out() << tr("Webhook %1 (%2): %3 subscribed user(s)")
                         .arg(webhookId, list.webhookUrl, QString::number(list.userIds.size()))
                  << '\n';
    for (const QString &userId : list.userIds)
        context.out() << "  " << userId << '\n';
    return ExitOk;
}

int SubscriptionsCommand::remove(CliContext &context, ApiSession &session, const QString &webhookId,
                                 const QString &userId)
{
    const auto r = waitFor<bool>([&](QObject *ctx, auto done) {
        session.client().removeSubscription(webhookId, userId, ctx, done);
    });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json)
        context.printJson(
            {{u"webhook_id"_s, webhookId}, {u"user_id"_s, userId}, {u"subscribed"_s, !r.value()}});
    else if (r.value())
        context.out()
            << tr("Removed the subscription of user %1 from webhook %2.").arg(userId, webhookId)
            << '\n';
    else
        context.err() << tr("X answered that user %1 is still subscribed.").arg(userId) << '\n';
    return r.value() ? ExitOk : ExitXError;
}

int SubscriptionsCommand::count(CliContext &context, ApiSession &session)
{
    const auto r = waitFor<SubscriptionCount>(
        [&](QObject *ctx, auto done) { session.client().subscriptionCount(ctx, done); });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json) {
        context.printJson(r.value().toJson());
        return ExitOk;
    }
    const SubscriptionCount &c = r.value();
    context.out() << tr("%1 active subscription(s) of %2 provisioned (%3).")
                         .arg(c.subscriptionsCountAll)
                         .arg(c.provisionedCount)
                         .arg(c.accountName)
                  << '\n';
    return ExitOk;
}
