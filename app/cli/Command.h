#pragma once

#include <QCoreApplication>
#include <QString>

class CliContext;
class QCommandLineParser;

//! One `aaconsole-cli` sub-command. The CLI adds the global options to the parser, then this
//! command's options, parses, and calls run(); run() returns the process exit code.
class Command
{
public:
    virtual ~Command();

    virtual QString name() const = 0;
    //! Arguments after the name, as shown in help: "TOKEN", "FILE|-".
    virtual QString arguments() const = 0;
    //! One line for the command list.
    virtual QString summary() const = 0;
    //! Extra paragraphs for `COMMAND --help` (environment, output format, examples).
    virtual QString details() const { return {}; }

    virtual void addOptions(QCommandLineParser &parser) const;
    virtual int run(CliContext &context, const QCommandLineParser &parser) = 0;
};
