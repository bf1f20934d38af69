#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class Command;
class QTextStream;

//! `aaconsole-cli`: global options, the command table, help and version, dispatch.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    Command *find(const QString &name) const;
    QString generalHelp() const;
    QString commandHelp(const Command &command, const QString &optionsText) const;

    std::vector<std::unique_ptr<Command>> m_commands;
    QList<QCommandLineOption> m_globalOptions;
};
