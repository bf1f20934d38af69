#pragma once

#include "cli/ProfilesSubcommand.h"

//! `profiles show [NAME]`: one profile's settings and, for each secret, whether it is set and its
//! length (read from the keychain), never its value.
class ProfilesShowCommand final : public ProfilesSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString arguments() const override { return QStringLiteral("[NAME]"); }
    QString summary() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
