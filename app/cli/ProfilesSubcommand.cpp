#include "cli/ProfilesSubcommand.h"

#include "cli/CliContext.h"

#include <QCommandLineParser>

QStringList ProfilesSubcommand::argumentsOf(const QCommandLineParser &parser)
{
    return parser.positionalArguments().mid(1);
}

int ProfilesSubcommand::checkArguments(CliContext &context, const QStringList &args,
                                       const QStringList &names)
{
    if (args.size() < names.size())
        return context.usageError(tr("missing %1").arg(names.at(args.size())));
    if (args.size() > names.size())
        return context.usageError(tr("too many arguments"));
    return -1;
}
