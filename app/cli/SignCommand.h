#pragma once

#include "cli/Command.h"

//! `aaconsole-cli sign FILE|-`: the x-twitter-webhooks-signature X would send with these bytes.
class SignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SignCommand)

public:
    QString name() const override { return QStringLiteral("sign"); }
    QString arguments() const override { return QStringLiteral("FILE|-"); }
    QString summary() const override;
    QString details() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
