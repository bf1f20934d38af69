#include "cli/SecretInput.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

bool SecretInput::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QByteArray SecretInput::readHiddenLine()
{
    termios saved {};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        hidden.c_lflag |= tcflag_t(ECHONL); // the Enter key still moves to the next line
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n' && line.size() <= MaximumLength;
         c = std::getchar())
        line.append(char(c));
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return line;
}

Result<QString> SecretInput::read(QTextStream &prompt, const QString &what)
{
    QByteArray bytes;
    if (stdinIsTerminal()) {
        prompt << tr("Enter %1 (input is hidden), then press Enter:").arg(what) << ' ';
        prompt.flush();
        bytes = readHiddenLine();
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return Error(ErrorKind::Usage,
                         tr("cannot read the value from stdin: %1").arg(in.errorString()));
        }
        bytes = in.read(MaximumLength + 1);
    }
    if (bytes.size() > MaximumLength) {
        return Error(ErrorKind::Usage,
                     tr("the value is longer than %1 bytes; is this really %2?")
                         .arg(MaximumLength)
                         .arg(what));
    }
    const QString value = QString::fromUtf8(bytes).trimmed();
    if (value.isEmpty()) {
        return Error(ErrorKind::Usage,
                     tr("no value on stdin: pipe or type %1 (for example: aaconsole-cli profiles "
                        "set-secret NAME FIELD < file)")
                         .arg(what));
    }
    if (value.contains(u'\n'))
        return Error(ErrorKind::Usage, tr("the value has several lines; a secret is one line"));
    return value;
}
