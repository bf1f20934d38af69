#include "cli/SigninCommand.h"

#include "auth/PinSignIn.h"
#include "cli/ApiSession.h"
#include "cli/CliContext.h"
#include "xapi/BlockingCall.h"

#include <QCommandLineParser>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {
const QString ShowSecretsName = u"show-secrets"_s;
}

QString SigninCommand::summary() const
{
    return tr("Sign in another X account with a PIN, to subscribe it to a webhook.");
}

QString SigninCommand::details() const
{
    return tr("Prints the page where the account's owner authorises your app; X then shows a "
              "PIN, which signin reads from stdin. Prints the account's id and screen name; its "
              "access token and secret only with --show-secrets.\n"
              "Uses X_CONSUMER_KEY and X_CONSUMER_SECRET. With --json the page and the prompt go "
              "to stderr and stdout carries {\"user_id\",\"screen_name\"} (plus "
              "\"access_token\",\"access_token_secret\" with --show-secrets).");
}

void SigninCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(
        ShowSecretsName, tr("Print the new access token and secret (they are secrets).")));
    ApiSession::addOptions(parser);
}

int SigninCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("too many arguments"));
    ApiSession session(context);
    if (const auto failed = session.setUp(parser))
        return *failed;
    PinSignIn signIn(&session.client());
    const auto started
        = waitFor<PinAuthorization>([&](QObject *ctx, auto done) { signIn.start(ctx, done); });
    if (!started.ok())
        return context.fail(started.error());

    // With --json, stdout carries only the result.
    QTextStream &prompt = context.global.json ? context.err() : context.out();
    prompt << tr("Open this page, sign in as the account to add, authorise the app and enter the "
                 "PIN X shows:")
           << "\n  " << started.value().authorizeUrl.toString(QUrl::FullyEncoded) << '\n'
           << tr("PIN: ");
    prompt.flush();
    QTextStream in(stdin);
    const QString pin = in.readLine().trimmed();
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO)) // no Enter was echoed after the prompt
        prompt << '\n';
#endif
    if (pin.isEmpty())
        return context.usageError(tr("no PIN given"));

    const auto user = waitFor<SignedInUser>([&](QObject *ctx, auto done) {
        signIn.finish(started.value().requestToken, pin, ctx, done);
    });
    if (!user.ok())
        return context.fail(user.error());
    const bool show = parser.isSet(ShowSecretsName);
    if (context.global.json) {
        context.printJson(user.value().toJson(show));
        return ExitOk;
    }
    context.out() << tr("Signed in as @%1 (%2).").arg(user.value().screenName, user.value().userId)
                  << '\n';
    if (show)
        context.out() << "access_token=" << user.value().accessToken.token << '\n'
                      << "access_token_secret=" << user.value().accessToken.secret << '\n';
    else
        context.out() << tr("Its access token and secret are not shown; sign in again with "
                            "--show-secrets to print them.")
                      << '\n';
    return ExitOk;
}
