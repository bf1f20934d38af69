#pragma once

#include "cli/Command.h"

//! `aaconsole-cli replay --webhook ID --from YYYYMMDDhhmm --to YYYYMMDDhhmm`.
class ReplayCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReplayCommand)

public:
    QString name() const override { return QStringLiteral("replay"); }
    QString arguments() const override { return {}; }
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
