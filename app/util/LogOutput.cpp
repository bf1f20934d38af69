#include "util/LogOutput.h"

#include "util/SecretRedactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>
#include <memory>

namespace {

struct OutputState
{
    QMutex mutex;
    std::unique_ptr<QFile> file;
    bool toStderr = true;
    QtMessageHandler previous = nullptr;
};

OutputState &state()
{
    static OutputState s;
    return s;
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 'D';
    case QtInfoMsg: return 'I';
    case QtWarningMsg: return 'W';
    case QtCriticalMsg: return 'E';
    case QtFatalMsg: return 'F';
    }
    return '?';
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
        + QLatin1Char(levelLetter(type)) + u' '
        + QLatin1String(context.category ? context.category : "default") + QLatin1String(": ")
        + SecretRedactor::redact(message) + u'\n';
    const QByteArray bytes = line.toUtf8();

    OutputState &s = state();
    QMutexLocker locker(&s.mutex);
    if (s.toStderr) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }
    if (s.file) {
        s.file->write(bytes);
        s.file->flush();
    }
}

} // namespace

Result<void> installLogOutput(const LogOptions &options)
{
    OutputState &s = state();
    {
        QMutexLocker locker(&s.mutex);
        s.toStderr = options.toStderr;
        s.file.reset();
        if (!options.filePath.isEmpty()) {
            auto file = std::make_unique<QFile>(options.filePath);
            if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
                return Error(
                    ErrorKind::Io,
                    QCoreApplication::translate("LogOutput", "Cannot open the log file %1: %2")
                        .arg(options.filePath, file->errorString()));
            }
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            s.file = std::move(file);
        }
    }

    switch (options.level) {
    case LogLevel::Debug:
        QLoggingCategory::setFilterRules(QStringLiteral("aaconsole.*.debug=true"));
        break;
    case LogLevel::Info: QLoggingCategory::setFilterRules(QString()); break;
    case LogLevel::Warning:
        QLoggingCategory::setFilterRules(QStringLiteral("aaconsole.*.info=false"));
        break;
    }
    QtMessageHandler previous = qInstallMessageHandler(handleMessage);
    if (previous != handleMessage)
        s.previous = previous;
    return {};
}

void shutdownLogOutput()
{
    OutputState &s = state();
    qInstallMessageHandler(s.previous);
    QMutexLocker locker(&s.mutex);
    s.file.reset();
}

std::optional<LogLevel> parseLogLevel(const QString &name)
{
    if (name == u"debug")
        return LogLevel::Debug;
    if (name == u"info")
        return LogLevel::Info;
    if (name == u"warning")
        return LogLevel::Warning;
    return std::nullopt;
}
