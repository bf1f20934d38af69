#pragma once

#include "cli/Command.h"

//! `aaconsole-cli listen`: the responder and capture store without a window. Prints one line per
//! event record (or NDJSON records), CRC checks and refused requests; stops cleanly on
//! SIGINT/SIGTERM.
class ListenCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListenCommand)

public:
    QString name() const override { return QStringLiteral("listen"); }
    QString arguments() const override { return {}; }
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;
};
