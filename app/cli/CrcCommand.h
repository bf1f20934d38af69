#pragma once

#include "cli/Command.h"

//! `aaconsole-cli crc TOKEN`: the JSON X expects from a webhook for `GET …?crc_token=TOKEN`.
class CrcCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CrcCommand)

public:
    QString name() const override { return QStringLiteral("crc"); }
    QString arguments() const override { return QStringLiteral("TOKEN"); }
    QString summary() const override;
    QString details() const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
