#pragma once

#include "cli/Command.h"

//! `aaconsole-cli export`: the capture store's event records as NDJSON.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString arguments() const override { return {}; }
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
