#pragma once

#include "cli/Command.h"

//! `aaconsole-cli sandbox serve|users|act|deliveries|faults|guide`: the built-in X emulator
//! (DESIGN.md "Sandbox commands"). `serve` runs it headless; `users`, `act`, `deliveries` and
//! `faults` talk to a running one (--api-base, default the Sandbox's well-known address);
//! `guide` runs X's getting-started guide end to end against a private Sandbox and responder.
class SandboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString arguments() const override;
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

    //! The options each sub-command takes; any other option set is a usage error.
    static QStringList optionsOf(const QString &subcommand);
};
