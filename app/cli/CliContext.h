#pragma once

#include "auth/Credentials.h"
#include "util/Error.h"
#include "util/LogOutput.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

class CredentialStore;
class ProfileStore;
class QSettings;

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
    ~CliContext();

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

    //! The profiles (settings file and keychain), created on first use. Creating them runs the
    //! first-run step but touches no keychain entry.
    ProfileStore &profiles();
    //! The profile this run uses: --profile (matched case-insensitively) or else the active one;
    //! empty when there is none. An unknown --profile is an error.
    Result<QString> profileName();
    //! The capture store of the profile this run uses (the "default" store without profiles).
    Result<QString> captureDatabase();

    //! The credentials this run needs: for each of `fields`, its X_* environment variable when
    //! set, else the selected profile's value from its credential store. Only fields that are
    //! needed, not in the environment and set in the profile are read from the keychain, so a
    //! command that needs no secret never touches it. Values are registered with SecretRedactor.
    Result<Credentials> credentials(const QList<Credentials::Field> &fields);
    //! "No consumer secret: …": what is missing, where it was looked for and how to provide it;
    //! `why` says what the command needs it for.
    Error missingSecret(Credentials::Field field, const QString &why);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_keychain;
    std::unique_ptr<ProfileStore> m_profiles;
};
