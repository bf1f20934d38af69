#pragma once

#include "cli/ProfilesSubcommand.h"

//! `profiles remove NAME [--delete-captures | --keep-captures]`: deletes the profile's keychain
//! entries and settings; captured data is only ever deleted when asked for.
class ProfilesRemoveCommand final : public ProfilesSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesRemoveCommand)

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
