#pragma once

#include "util/Error.h"
#include "util/LogOutput.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

//! Process exit codes (DESIGN.md "The contract").
enum ExitCode : int {
    ExitOk = 0,
    ExitXError = 1, //!< X (or the Sandbox) answered with an error
    ExitUsage = 2, //!< bad command line
    ExitConfig = 3, //!< credentials or configuration missing or invalid
    ExitNetwork = 4, //!< DNS, TLS, connection, timeout
};

int exitCodeFor(ErrorKind kind);

struct GlobalOptions
{
    bool json = false;
    QString logFile;
    LogLevel logLevel = LogLevel::Warning;
};

//! What a command may touch: the output streams, the global options and the environment.
//! With --json, stdout carries exactly one JSON document (or one record per line for streaming
//! commands); every diagnostic goes to stderr.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream &out, QTextStream &err);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    GlobalOptions global;
    QString commandName;

    //! Reports `error` (stderr in text mode; {"error":…} on stdout with --json) and returns the
    //! exit code for its kind.
    int fail(const Error &error);
    //! A command-line mistake: message plus a pointer to --help, exit code 2.
    int usageError(const QString &message);
    void printJson(const QJsonObject &object);

    //! A secret from an X_* environment variable (empty when unset); registers it with
    //! SecretRedactor so that it can never reach a log.
    static QString secretFromEnvironment(const char *name);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
