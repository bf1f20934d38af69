#pragma once

#include "cli/Command.h"

//! `aaconsole-cli signin [--show-secrets]`: X's PIN-based sign-in of another account.
class SigninCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SigninCommand)

public:
    QString name() const override { return QStringLiteral("signin"); }
    QString arguments() const override { return {}; }
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
