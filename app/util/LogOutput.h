#pragma once

#include "util/Result.h"

#include <QString>

#include <optional>

enum class LogLevel { Debug, Info, Warning };

struct LogOptions
{
    LogLevel level = LogLevel::Info;
    QString filePath; //!< also append every message here (created 0600) when not empty
    bool toStderr = true;
};

//! Installs the process-wide message handler: one line per message, time-stamped, with the
//! category, passed through SecretRedactor. Returns an error when the log file cannot be opened.
Result<void> installLogOutput(const LogOptions &options);

//! Flushes and closes the log file, restoring Qt's default handler.
void shutdownLogOutput();

std::optional<LogLevel> parseLogLevel(const QString &name);
