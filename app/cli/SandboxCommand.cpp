#include "cli/SandboxCommand.h"

#include "cli/CliContext.h"
#include "cli/SandboxGuide.h"
#include "cli/SandboxRemote.h"
#include "cli/SandboxServe.h"
#include "sandbox/ActivityEngine.h"
#include "sandbox/SandboxDefaults.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace {

const QStringList Subcommands {u"serve"_s,      u"users"_s,  u"act"_s,
                               u"deliveries"_s, u"faults"_s, u"guide"_s};

} // namespace

QString SandboxCommand::arguments() const
{
    return u"serve | users | act ACTION | deliveries | faults | guide"_s;
}

QString SandboxCommand::summary() const
{
    return tr("The built-in X emulator: run it, list its accounts, make things happen, watch its "
              "deliveries, inject faults, or run the whole guide offline.");
}

QString SandboxCommand::details() const
{
    return tr("serve [--port N] [--state FILE] [--time-scale F] [--recheck-interval S]\n"
              "    Runs the Sandbox on 127.0.0.1 (default port 8322; 0 picks a free one) until "
              "SIGINT/SIGTERM. Prints base_url and the app's five credentials, one name=value per "
              "line "
              "(they are public: the Sandbox guards nothing). --state loads the world, webhooks "
              "and "
              "delivery log from FILE and saves them there at exit. --time-scale multiplies the "
              "retry "
              "waits (3 s, 27 s, 242 s) and the webhook re-check interval (default 3600 s), not "
              "the "
              "3-second answer timeouts. Requests, CRC checks and deliveries are logged on "
              "stderr.\n"
              "users [--show-secrets]\n"
              "    The accounts (id, @screen_name, name) and their posts; --show-secrets adds each "
              "account's access token pair.\n"
              "act ACTION ...\n"
              "    favorite --by USER --post POST | follow|unfollow|block|unblock|mute|unmute --by "
              "USER "
              "--target USER | post --by USER --text TEXT [--reply-to POST | --quote POST] | "
              "delete "
              "--by USER --post POST | dm --from USER --to USER --text TEXT | typing --from USER "
              "--to "
              "USER | read --by USER --from USER | revoke --by USER\n"
              "    USER is a numeric id or @screen_name. Each activity is delivered, signed, to "
              "every "
              "webhook subscribed to the accounts it concerns.\n"
              "deliveries [--last N] [--webhook ID] [--bodies]\n"
              "    The delivery log: every POST to a webhook with its attempts, statuses and "
              "latencies.\n"
              "faults [--duplicate N] [--drop N] [--delay MS] [--clear]\n"
              "    Sends the next N deliveries twice, drops the next N (replay brings them back), "
              "or "
              "holds every attempt back by MS; without options shows the current faults.\n"
              "guide [--port N] [--responder-port N]\n"
              "    Runs X's getting-started guide against a private Sandbox and responder and "
              "prints "
              "each step: register the webhook (CRC check), subscribe the owner, favorite the "
              "owner's "
              "post as another account, and show the favorite_events record that arrives. Needs no "
              "X "
              "credentials. 'scripts/run --headless' runs this.\n\n"
              "users, act, deliveries and faults talk to the Sandbox at --api-base (default %1). "
              "--json prints each result as one JSON document.")
        .arg(QLatin1String(SandboxDefaults::BaseUrl));
}

void SandboxCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {u"port"_s,
         tr("serve, guide: the Sandbox's port (serve: default 8322; guide: a free one)."), u"n"_s},
        {u"state"_s, tr("serve: load and save the Sandbox's state in <file>."), u"file"_s},
        {u"time-scale"_s, tr("serve: multiply retry waits and re-check intervals by <f>."), u"f"_s},
        {u"recheck-interval"_s, tr("serve: seconds between webhook CRC re-checks (default 3600)."),
         u"s"_s},
        {u"responder-port"_s, tr("guide: the responder's port (default: a free one)."), u"n"_s},
        {u"show-secrets"_s, tr("users: also print each account's access token pair.")},
        {u"by"_s, tr("act: the account that acts (id or @screen_name)."), u"user"_s},
        {u"target"_s, tr("act: the account acted on."), u"user"_s},
        {u"post"_s, tr("act: a post id."), u"post"_s},
        {u"text"_s, tr("act post, dm: the text (an @name in a post mentions that account)."),
         u"text"_s},
        {u"reply-to"_s, tr("act post: the post replied to."), u"post"_s},
        {u"quote"_s, tr("act post: the post quoted."), u"post"_s},
        {u"from"_s, tr("act dm, typing: the sender; act read: whose messages were read."),
         u"user"_s},
        {u"to"_s, tr("act dm, typing: the recipient."), u"user"_s},
        {u"last"_s, tr("deliveries: how many, newest last (default 20)."), u"n"_s},
        {u"webhook"_s, tr("deliveries: only those to this webhook id."), u"id"_s},
        {u"bodies"_s, tr("deliveries: include each payload.")},
        {u"duplicate"_s, tr("faults: send the next <n> deliveries twice."), u"n"_s},
        {u"drop"_s, tr("faults: drop the next <n> deliveries."), u"n"_s},
        {u"delay"_s, tr("faults: hold every delivery attempt back by <ms>."), u"ms"_s},
        {u"clear"_s, tr("faults: remove every fault.")},
    });
}

QStringList SandboxCommand::optionsOf(const QString &subcommand)
{
    if (subcommand == u"serve")
        return {u"port"_s, u"state"_s, u"time-scale"_s, u"recheck-interval"_s};
    if (subcommand == u"users")
        return {u"show-secrets"_s};
    if (subcommand == u"act")
        return {u"by"_s,       u"target"_s, u"post"_s, u"text"_s,
                u"reply-to"_s, u"quote"_s,  u"from"_s, u"to"_s};
    if (subcommand == u"deliveries")
        return {u"last"_s, u"webhook"_s, u"bodies"_s};
    if (subcommand == u"faults")
        return {u"duplicate"_s, u"drop"_s, u"delay"_s, u"clear"_s};
    if (subcommand == u"guide")
        return {u"port"_s, u"responder-port"_s};
    return {};
}

int SandboxCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString subcommand = args.value(0);
    if (subcommand.isEmpty())
        return context.usageError(tr("missing sub-command: %1").arg(Subcommands.join(u", "_s)));
    if (!Subcommands.contains(subcommand))
        return context.usageError(
            tr("unknown sub-command '%1': use %2").arg(subcommand, Subcommands.join(u", "_s)));
    const QStringList allowed = optionsOf(subcommand);
    QStringList all;
    for (const QString &subject : Subcommands)
        all += optionsOf(subject);
    for (const QString &option : std::as_const(all)) {
        if (parser.isSet(option) && !allowed.contains(option))
            return context.usageError(
                tr("--%1 is not an option of 'sandbox %2'").arg(option, subcommand));
    }
    const qsizetype expected = subcommand == u"act" ? 2 : 1;
    if (subcommand == u"act" && args.size() < 2)
        return context.usageError(
            tr("missing ACTION: %1").arg(ActivityEngine::actions().join(u", "_s)));
    if (args.size() > expected)
        return context.usageError(tr("too many arguments"));

    context.commandName = u"sandbox "_s + subcommand;
    if (subcommand == u"serve")
        return SandboxServe::run(context, parser);
    if (subcommand == u"guide")
        return SandboxGuide::run(context, parser);
    SandboxRemote remote(context);
    if (const auto failed = remote.setUp())
        return *failed;
    if (subcommand == u"users")
        return remote.users(parser.isSet(u"show-secrets"_s));
    if (subcommand == u"act")
        return remote.act(args.at(1), parser);
    if (subcommand == u"deliveries")
        return remote.deliveries(parser);
    return remote.faults(parser);
}
