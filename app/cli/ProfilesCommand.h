#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

//! `aaconsole-cli profiles SUBCOMMAND …`: dispatches to one Command per subcommand, which reads
//! its own arguments after the subcommand's name.
class ProfilesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfilesCommand)

public:
    ProfilesCommand();
    ~ProfilesCommand() override;

    QString name() const override { return QStringLiteral("profiles"); }
    QString arguments() const override { return QStringLiteral("SUBCOMMAND …"); }
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    std::vector<std::unique_ptr<Command>> m_subcommands;
};
