#include "cli/ProfilesUseCommand.h"

#include "auth/ProfileStore.h"
#include "cli/CliContext.h"

QString ProfilesUseCommand::summary() const
{
    return tr("Make NAME the active profile, used when --profile is not given.");
}

int ProfilesUseCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = argumentsOf(parser);
    if (const int code = checkArguments(context, args, {QStringLiteral("NAME")}); code >= 0)
        return code;
    ProfileStore &store = context.profiles();
    if (const auto selected = store.setActive(args.first()); !selected.ok())
        return context.fail(selected.error());
    if (context.global.json)
        context.printJson({{QStringLiteral("active"), store.activeName()}});
    else
        context.out() << tr("The active profile is now \"%1\".").arg(store.activeName()) << '\n';
    return ExitOk;
}
