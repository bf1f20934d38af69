#include "auth/EnvFile.h"

#include <QRegularExpression>
#include <QStringList>

namespace {

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]*$"));
    return pattern.match(name).hasMatch();
}

// The rest of a line after a closing quote may only be blank or a comment.
bool onlyCommentFollows(QStringView rest)
{
    const QStringView trimmed = rest.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'#');
}

std::optional<QString> doubleQuoted(QStringView raw)
{
    QString value;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == u'"')
            return onlyCommentFollows(raw.mid(i + 1)) ? std::optional<QString>(value)
                                                      : std::nullopt;
        if (c == u'\\' && i + 1 < raw.size()) {
            const QChar escaped = raw.at(++i);
            switch (escaped.unicode()) {
            case 'n': value += u'\n'; break;
            case 'r': value += u'\r'; break;
            case 't': value += u'\t'; break;
            default: value += escaped; break; // \" \\ and anything else: the character itself
            }
            continue;
        }
        value += c;
    }
    return std::nullopt; // no closing quote: a multi-line value
}

std::optional<QString> singleQuoted(QStringView raw)
{
    const qsizetype end = raw.indexOf(u'\'', 1);
    if (end < 0 || !onlyCommentFollows(raw.mid(end + 1)))
        return std::nullopt;
    return raw.mid(1, end - 1).toString();
}

QString unquoted(QStringView raw)
{
    // "#" starts a comment only after whitespace: tokens may contain '#'.
    for (qsizetype i = 1; i < raw.size(); ++i) {
        if (raw.at(i) == u'#' && raw.at(i - 1).isSpace())
            return raw.first(i).trimmed().toString();
    }
    return raw.trimmed().toString();
}

} // namespace

EnvFile EnvFile::parse(const QByteArray &text)
{
    EnvFile file;
    QString content = QString::fromUtf8(text);
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    const QStringList lines = content.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QStringView line = QStringView(lines.at(n)).trimmed(); // also drops a CR of CRLF
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u"export") && line.size() > 6 && line.at(6).isSpace())
            line = line.mid(7).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        const QString name = equals > 0 ? line.first(equals).trimmed().toString() : QString();
        if (!isValidName(name)) {
            file.malformedLines << int(n + 1);
            continue;
        }
        const QStringView raw = line.mid(equals + 1).trimmed();
        std::optional<QString> value;
        if (raw.startsWith(u'"'))
            value = doubleQuoted(raw);
        else if (raw.startsWith(u'\''))
            value = singleQuoted(raw);
        else
            value = unquoted(raw);
        if (!value) {
            file.malformedLines << int(n + 1);
            continue;
        }
        file.entries.append({name, *value});
    }
    return file;
}

QString EnvFile::value(const QString &name) const
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return {};
}
