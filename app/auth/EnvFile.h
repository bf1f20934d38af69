#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

//! A `.env` file as dotenv, the X samples and autohook write them: `NAME=value` lines, optional
//! `export `, `#` comments (whole-line, or after whitespace in an unquoted value), single quotes
//! (literal), double quotes (with \n, \t, \", \\ escapes), CRLF or LF line ends, an optional UTF-8
//! byte order mark. Values spanning several lines are not supported; such lines are reported.
struct EnvFile
{
    //! In file order; a name may repeat (the last one wins, as in dotenv).
    QList<QPair<QString, QString>> entries;
    //! 1-based numbers of lines that are neither blank, a comment nor an assignment. Only the
    //! numbers: a malformed line may well hold a secret.
    QList<int> malformedLines;

    static EnvFile parse(const QByteArray &text);
    //! The last value of `name`; null when absent.
    QString value(const QString &name) const;
};
