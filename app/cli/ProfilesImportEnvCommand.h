#pragma once

#include "cli/ProfilesSubcommand.h"

//! `profiles import-env NAME FILE`: the secrets of a `.env` file go to the keychain (the profile
//! is created when missing); then it suggests deleting the file.
class ProfilesImportEnvCommand final : public ProfilesSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesImportEnvCommand)

public:
    QString name() const override { return QStringLiteral("import-env"); }
    QString arguments() const override { return QStringLiteral("NAME FILE"); }
    QString summary() const override;
    QString details() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
