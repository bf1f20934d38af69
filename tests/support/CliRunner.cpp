#include "CliRunner.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>
#include <QUuid>

CliRunner::CliRunner()
    : m_env(QProcessEnvironment::systemEnvironment())
{
    for (const QString &name : m_env.keys()) {
        if (name.startsWith(u"X_") || name.startsWith(u"TWITTER_"))
            m_env.remove(name);
    }
    QDir(m_home.path()).mkpath(QStringLiteral("config"));
    QDir(m_home.path()).mkpath(QStringLiteral("data"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir());
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
    // A keychain service of its own: tests run in parallel against one keyring.
    m_keychainService
        = u"aaconsole-test-" + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    m_env.insert(QStringLiteral("AACONSOLE_KEYCHAIN_SERVICE"), m_keychainService);
}

QString CliRunner::settingsFile() const
{
    return configDir() + u"/aaconsole/aaconsole.conf";
}

void CliRunner::setEnv(const QString &name, const QString &value)
{
    m_env.insert(name, value);
}

void CliRunner::unsetEnv(const QString &name)
{
    m_env.remove(name);
}

QString CliRunner::configDir() const
{
    return m_home.filePath(QStringLiteral("config"));
}

QString CliRunner::dataDir() const
{
    return m_home.filePath(QStringLiteral("data"));
}

QString CliRunner::cliPath()
{
    return QString::fromUtf8(AAC_CLI_PATH);
}

CliRun CliRunner::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(cliPath(), args);
    if (!process.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    return collect(process, process.waitForFinished(timeoutMs));
}

CliRun CliRunner::runServing(const QStringList &args, const QByteArray &stdinData,
                             int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(cliPath(), args);
    if (!process.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    return collect(process, process.state() == QProcess::NotRunning);
}

CliRun CliRunner::collect(QProcess &process, bool finished)
{
    CliRun result;
    result.finished = finished;
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcess *CliRunner::start(const QStringList &args) const
{
    auto *process = new QProcess;
    process->setProcessEnvironment(m_env);
    process->start(cliPath(), args);
    return process;
}
