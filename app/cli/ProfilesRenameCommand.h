#pragma once

#include "cli/ProfilesSubcommand.h"

//! `profiles rename NAME NEW_NAME`: moves the keychain entries and the data directory too.
class ProfilesRenameCommand final : public ProfilesSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesRenameCommand)

public:
    QString name() const override { return QStringLiteral("rename"); }
    QString arguments() const override { return QStringLiteral("NAME NEW_NAME"); }
    QString summary() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
