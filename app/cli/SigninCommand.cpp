#include "cli/SigninCommand.h"

#include "auth/PinSignIn.h"
#include "auth/ProfileStore.h"
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
const QString NoSaveName = u"no-save"_s;
} // namespace

QString SigninCommand::summary() const
{
    return tr("Sign in another X account with a PIN, to subscribe it to a webhook.");
}

QString SigninCommand::details() const
{
    return tr("Prints the page where the account's owner authorises your app; X then shows a "
              "PIN, which signin reads from stdin. Prints the account's id and screen name; its "
              "access token and secret only with --show-secrets.\n"
              "The account and its token pair are kept in the profile (the token pair in the "
              "keychain), so that other commands can act as it with --account USER_ID, e.g. "
              "'subscriptions add --webhook ID --account USER_ID'; --no-save keeps nothing.\n"
              "Uses X_CONSUMER_KEY and X_CONSUMER_SECRET. With --json the page and the prompt go "
              "to stderr and stdout carries {\"user_id\",\"screen_name\"} (plus "
              "\"access_token\",\"access_token_secret\" with --show-secrets).");
}

void SigninCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(
        ShowSecretsName, tr("Print the new access token and secret (they are secrets).")));
    parser.addOption(QCommandLineOption(
        NoSaveName, tr("Do not keep the account and its token pair in the profile.")));
    ApiSession::addOptions(parser, ApiSession::Accounts::None); // it makes accounts
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
    // Kept before anything is printed: a keychain failure must not look like a success.
    QString savedIn;
    if (!parser.isSet(NoSaveName)) {
        const Result<QString> profile = context.profileName();
        if (!profile.ok())
            return context.fail(profile.error());
        if (!profile.value().isEmpty()) {
            const SignedInUser &u = user.value();
            const auto saved = waitFor<void>([&](QObject *ctx, auto done) {
                context.profiles().addAccount(profile.value(), {u.userId, u.screenName},
                                              u.accessToken.token, u.accessToken.secret, ctx, done);
            });
            if (!saved.ok())
                return context.fail(saved.error());
            savedIn = profile.value();
        }
    }
    const bool show = parser.isSet(ShowSecretsName);
    if (context.global.json) {
        context.printJson(user.value().toJson(show));
        return ExitOk;
    }
    context.out() << tr("Signed in as @%1 (%2).").arg(user.value().screenName, user.value().userId)
                  << '\n';
    if (!savedIn.isEmpty())
        context.out() << tr("Kept in profile \"%1\"; act as this account with --account %2.")
                             .arg(savedIn, user.value().userId)
                      << '\n';
    else if (!parser.isSet(NoSaveName))
        context.out() << tr("No profile is active, so the account was not kept (see 'profiles "
                            "add' and 'profiles use').")
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
