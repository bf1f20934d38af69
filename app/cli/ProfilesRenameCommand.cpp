#include "cli/ProfilesRenameCommand.h"

#include "auth/ProfileStore.h"
#include "cli/CliContext.h"
#include "util/Blocking.h"

QString ProfilesRenameCommand::summary() const
{
    return tr("Rename a profile; its keychain entries and captured data move with it.");
}

int ProfilesRenameCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = argumentsOf(parser);
    if (const int code
        = checkArguments(context, args, {QStringLiteral("NAME"), QStringLiteral("NEW_NAME")});
        code >= 0)
        return code;
    ProfileStore &store = context.profiles();
    const auto renamed = waitFor<Result<void>>(
        [&](QObject *ctx, auto done) { store.rename(args.at(0), args.at(1), ctx, done); });
    if (!renamed.ok())
        return context.fail(renamed.error());
    if (context.global.json)
        context.printJson(
            {{QStringLiteral("renamed_from"), args.at(0)}, {QStringLiteral("name"), args.at(1)}});
    else
        context.out() << tr("Renamed profile \"%1\" to \"%2\".").arg(args.at(0), args.at(1))
                      << '\n';
    return ExitOk;
}
