#include "cli/WebhooksCommand.h"

#include "cli/ApiSession.h"
#include "cli/CliContext.h"
#include "xapi/BlockingCall.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QString WebhooksCommand::arguments() const
{
    return u"list | register URL | validate WEBHOOK_ID | delete WEBHOOK_ID"_s;
}

QString WebhooksCommand::summary() const
{
    return tr("List, register, validate (CRC check) and delete the app's webhooks.");
}

QString WebhooksCommand::details() const
{
    return tr("list                 the app's webhooks: id, valid, created, URL\n"
              "register URL         registers URL; X runs a CRC check against it first. URL must "
              "be https, without a port, at most 200 characters (a loopback URL such as "
              "http://127.0.0.1:8321/webhook is "
              "accepted only with a Sandbox --api-base)\n"
              "validate WEBHOOK_ID  asks X to run the CRC check now and re-enable the webhook\n"
              "delete WEBHOOK_ID    deletes the webhook and with it its subscriptions\n\n"
              "Credentials: v2 uses X_BEARER_TOKEN; v1.1 lists with X_BEARER_TOKEN and registers, "
              "validates and deletes as the app owner (X_CONSUMER_KEY, X_CONSUMER_SECRET, "
              "X_ACCESS_TOKEN, X_ACCESS_TOKEN_SECRET).\n"
              "--json prints {\"webhooks\":[…]}, {\"webhook\":{…}}, "
              "{\"webhook_id\",\"attempted\",\"valid\"} or {\"webhook_id\",\"deleted\"}.");
}

void WebhooksCommand::addOptions(QCommandLineParser &parser) const
{
    ApiSession::addOptions(parser);
}

int WebhooksCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const qsizetype expected = action == u"list" ? 1 : 2;
    if (action.isEmpty())
        return context.usageError(tr("missing action: list, register, validate or delete"));
    if (action != u"list" && action != u"register" && action != u"validate" && action != u"delete")
        return context.usageError(
            tr("unknown action '%1': use list, register, validate or delete").arg(action));
    if (args.size() < expected)
        return context.usageError(action == u"register" ? tr("missing URL")
                                                        : tr("missing WEBHOOK_ID"));
    if (args.size() > expected)
        return context.usageError(tr("too many arguments"));

    ApiSession session(context);
    if (const auto failed = session.setUp(parser))
        return *failed;
    if (action == u"list")
        return list(context, session);
    if (action == u"register")
        return registerUrl(context, session, args.at(1));
    if (const auto failed = session.checkId(args.at(1), u"WEBHOOK_ID"_s))
        return *failed;
    return action == u"validate" ? validate(context, session, args.at(1))
                                 : remove(context, session, args.at(1));
}

int WebhooksCommand::list(CliContext &context, ApiSession &session)
{
    const auto r = waitFor<QList<Webhook>>(
        [&](QObject *ctx, auto done) { session.client().listWebhooks(ctx, done); });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json) {
        QJsonArray webhooks;
        for (const Webhook &w : r.value())
            webhooks.append(w.toJson());
        context.printJson({{u"webhooks"_s, webhooks}});
        return ExitOk;
    }
    if (r.value().isEmpty()) {
        context.out() << tr("No webhooks are registered for this app.") << '\n';
        return ExitOk;
    }
    for (const Webhook &w : r.value()) {
        context.out() << w.id.leftJustified(20) << ' '
                      << (w.valid ? tr("valid") : tr("invalid")).leftJustified(8) << ' '
                      << w.createdAt.leftJustified(25) << ' ' << w.url << '\n';
    }
    return ExitOk;
}

int WebhooksCommand::registerUrl(CliContext &context, ApiSession &session, const QString &url)
{
    const auto r = waitFor<Webhook>(
        [&](QObject *ctx, auto done) { session.client().createWebhook(url, ctx, done); });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json) {
        context.printJson({{u"webhook"_s, r.value().toJson()}});
        return ExitOk;
    }
    context.out() << tr("Registered webhook %1 for %2 (%3).")
                         .arg(r.value().id, r.value().url,
                              r.value().valid ? tr("valid") : tr("invalid"))
                  << '\n';
    return ExitOk;
}

int WebhooksCommand::validate(CliContext &context, ApiSession &session, const QString &id)
{
    const auto r = waitFor<WebhookValidation>(
        [&](QObject *ctx, auto done) { session.client().validateWebhook(id, ctx, done); });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json) {
        context.printJson(r.value().toJson());
        return ExitOk;
    }
    const auto &valid = r.value().valid;
    if (!valid)
        context.out() << tr("X started the CRC check of webhook %1; 'webhooks list' shows the "
                            "outcome.")
                             .arg(id);
    else if (*valid)
        context.out() << tr("Webhook %1 passed the CRC check and is valid.").arg(id);
    else
        context.out() << tr("Webhook %1 failed the CRC check and is marked invalid: check that "
                            "your responder answers GET ?crc_token=… with the right "
                            "response_token ('crc TOKEN' shows it).")
                             .arg(id);
    context.out() << '\n';
    return ExitOk;
}

int WebhooksCommand::remove(CliContext &context, ApiSession &session, const QString &id)
{
    const auto r = waitFor<bool>(
        [&](QObject *ctx, auto done) { session.client().deleteWebhook(id, ctx, done); });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json)
        context.printJson({{u"webhook_id"_s, id}, {u"deleted"_s, r.value()}});
    else if (r.value())
        context.out() << tr("Deleted webhook %1 and its subscriptions.").arg(id) << '\n';
    else
        context.err() << tr("X answered that webhook %1 was not deleted.").arg(id) << '\n';
    return r.value() ? ExitOk : ExitXError;
}
