#pragma once

#include "cli/Command.h"

//! `aaconsole-cli whoami`: the account the access token belongs to.
class WhoamiCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WhoamiCommand)

public:
    QString name() const override { return QStringLiteral("whoami"); }
    QString arguments() const override { return {}; }
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
