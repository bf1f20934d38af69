#pragma once

#include "auth/Credentials.h"
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
    QString profile; //!< --profile; empty: the active profile
    QString apiBase; //!< --api-base; empty: the profile's, else https://api.x.com
    QString api; //!< --api v2|v1.1; empty: the profile's, else v2
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

    //! The credentials for this run: the X_* environment variables (profiles, when they exist,
    //! supply the rest; the environment still overrides them per field). Registered with
    //! SecretRedactor.
    Credentials credentials() const;

private:
    QTextStream &m_out;
    QTextStream &m_err;
};
