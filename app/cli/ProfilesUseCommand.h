#pragma once

#include "cli/ProfilesSubcommand.h"

//! `profiles use NAME`: makes NAME the active profile (as the GUI's profile switcher does).
class ProfilesUseCommand final : public ProfilesSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesUseCommand)

public:
    QString name() const override { return QStringLiteral("use"); }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
