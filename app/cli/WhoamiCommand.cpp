#include "cli/WhoamiCommand.h"

#include "cli/ApiSession.h"
#include "cli/CliContext.h"
#include "xapi/BlockingCall.h"

#include <QCommandLineParser>

QString WhoamiCommand::summary() const
{
    return tr("Show the account the access token belongs to (checks the OAuth credentials).");
}

QString WhoamiCommand::details() const
{
    return tr("Calls GET /2/users/me (v2) or GET /1.1/account/verify_credentials.json (v1.1) "
              "with OAuth 1.0a: X_CONSUMER_KEY, X_CONSUMER_SECRET, X_ACCESS_TOKEN, "
              "X_ACCESS_TOKEN_SECRET. A quick way to tell whether X accepts them.\n"
              "--json prints {\"id\",\"username\",\"name\"}.");
}

void WhoamiCommand::addOptions(QCommandLineParser &parser) const
{
    ApiSession::addOptions(parser);
}

int WhoamiCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("too many arguments"));
    ApiSession session(context);
    if (const auto failed = session.setUp(parser))
        return *failed;
    const auto r
        = waitFor<XUser>([&](QObject *ctx, auto done) { session.client().whoami(ctx, done); });
    if (!r.ok())
        return context.fail(r.error());
    if (context.global.json)
        context.printJson(r.value().toJson());
    else
        context.out() << '@' << r.value().username << " (" << r.value().id << ") " << r.value().name
                      << '\n';
    return ExitOk;
}
