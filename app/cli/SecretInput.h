#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QTextStream;

//! Reads a secret from standard input, never from the command line (argv is visible to every
//! user through /proc and lands in shell history). Piped or redirected: all of stdin, trimmed.
//! A terminal: one line with echo turned off, after a prompt on stderr saying so.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(SecretInput)

public:
    static constexpr int MaximumLength = 16 * 1024;

    //! Refuses an empty value, one with several lines, and one longer than MaximumLength.
    static Result<QString> read(QTextStream &prompt, const QString &what);

private:
    static bool stdinIsTerminal();
    static QByteArray readHiddenLine();
};
