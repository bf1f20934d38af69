#pragma once

#include "cli/Command.h"

//! `aaconsole-cli log [--last N]` and `log --curl ID`: the API-call log of the profile.
class LogCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    QString name() const override { return QStringLiteral("log"); }
    QString arguments() const override { return {}; }
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
