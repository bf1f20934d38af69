#pragma once

#include "cli/ProfilesSubcommand.h"

//! `profiles list`: every profile, the active one marked; reads no secret.
class ProfilesListCommand final : public ProfilesSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString arguments() const override { return {}; }
    QString summary() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
