#pragma once

#include "cli/Command.h"

#include <QStringList>

class CliContext;

//! A subcommand of `profiles`: its arguments are the positional arguments after its own name.
class ProfilesSubcommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesSubcommand)

protected:
    static QStringList argumentsOf(const QCommandLineParser &parser);
    //! -1 when `args` has `names.size()` entries, else the usage error's exit code ("missing NAME",
    //! "too many arguments").
    static int checkArguments(CliContext &context, const QStringList &args,
                              const QStringList &names);
};
