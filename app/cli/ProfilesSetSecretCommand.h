#pragma once

#include "cli/ProfilesSubcommand.h"

//! `profiles set-secret NAME FIELD`: stores one secret, read from stdin (never from argv).
class ProfilesSetSecretCommand final : public ProfilesSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesSetSecretCommand)

public:
    QString name() const override { return QStringLiteral("set-secret"); }
    QString arguments() const override { return QStringLiteral("NAME FIELD"); }
    QString summary() const override;
    QString details() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
