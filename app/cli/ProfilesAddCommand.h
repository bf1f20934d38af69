#pragma once

#include "cli/ProfilesSubcommand.h"

//! `profiles add NAME [--api v2|v1.1] [--api-base URL] [--app-id ID] [--webhook-env LABEL]`.
class ProfilesAddCommand final : public ProfilesSubcommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesAddCommand)

public:
    QString name() const override { return QStringLiteral("add"); }
    QString arguments() const override { return QStringLiteral("NAME"); }
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
