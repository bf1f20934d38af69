#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

struct CliRun
{
    int exitCode = -1;
    bool finished = false; //!< false: still running at the timeout (and was killed)
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

//! Runs the real aaconsole-cli binary with a controlled environment: no X_* variables unless the
//! test sets them, private XDG config/data directories and a keychain service of its own, so that
//! tests never see each other's (or the developer's) settings, stores and secrets.
class CliRunner
{
public:
    CliRunner();

    void setEnv(const QString &name, const QString &value);
    void unsetEnv(const QString &name);
    QProcessEnvironment environment() const { return m_env; }
    QString configDir() const;
    QString dataDir() const;
    //! The settings file the CLI reads and writes (QSettings' native INI file on Linux).
    QString settingsFile() const;
    //! The keychain service (AACONSOLE_KEYCHAIN_SERVICE) this runner's CLI uses.
    QString keychainService() const { return m_keychainService; }

    CliRun run(const QStringList &args, const QByteArray &stdinData = {},
               int timeoutMs = 30000) const;
    //! Like run(), but keeps this thread's event loop running while the command runs, so that
    //! in-process servers (FakeXServer) answer it.
    CliRun runServing(const QStringList &args, const QByteArray &stdinData = {},
                      int timeoutMs = 30000) const;
    //! Starts a long-running command (listen, sandbox serve); the caller owns the process.
    QProcess *start(const QStringList &args) const;

    static QString cliPath();

private:
    static CliRun collect(QProcess &process, bool finished);

    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    QString m_keychainService;
};
