#include "events/JsonPath.h"

#include "events/JsonScan.h"
#include "events/JsonSpan.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace {

using JsonScan::isSpace;
using JsonScan::skipSpace;
using JsonScan::skipString;
using JsonScan::skipValue;

// Compares a raw JSON key (between its quotes, maybe with escapes) with `name`.
bool keyEquals(QByteArrayView rawKey, const QByteArray &name)
{
    if (!rawKey.contains('\\'))
        return rawKey == name;
    const QByteArray quoted = "[\"" + rawKey.toByteArray() + "\"]";
    return QJsonDocument::fromJson(quoted).array().at(0).toString().toUtf8() == name;
}

} // namespace

std::optional<JsonPath> JsonPath::parse(const QString &text, int *errorOffset, QString *error)
{
    const auto fail = [&](int at, const QString &why) -> std::optional<JsonPath> {
        if (errorOffset)
            *errorOffset = at;
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!text.startsWith(u'$'))
        return fail(0, QStringLiteral("a JSON path starts with $"));
    JsonPath path;
    int i = 1;
    while (i < text.size()) {
        if (text[i] == u'.') {
            int j = i + 1;
            while (j < text.size()
                   && (text[j].isLetterOrNumber() || text[j] == u'_' || text[j] == u'-'))
                ++j;
            if (j == i + 1)
                return fail(i + 1, QStringLiteral("a member name after '.'"));
            path.m_steps.append(text.mid(i + 1, j - i - 1));
            path.m_names.append(text.mid(i + 1, j - i - 1).toUtf8());
            i = j;
        } else if (text[i] == u'[') {
            const int close = int(text.indexOf(u']', i));
            if (close < 0)
                return fail(i, QStringLiteral("a ']' to close '['"));
            const QString inside = text.mid(i + 1, close - i - 1).trimmed();
            bool ok = false;
            const int index = inside.toInt(&ok);
            if (ok && index >= 0) {
                path.m_steps.append(index);
                path.m_names.append(QByteArray());
            } else if (inside.size() >= 2 && (inside.front() == u'"' || inside.front() == u'\'')
                       && inside.back() == inside.front()) {
                path.m_steps.append(inside.mid(1, inside.size() - 2));
                path.m_names.append(inside.mid(1, inside.size() - 2).toUtf8());
            } else
                return fail(i + 1, QStringLiteral("an index or a quoted member name inside [ ]"));
            i = close + 1;
        } else {
            return fail(i, QStringLiteral("'.' or '[' in a JSON path"));
        }
    }
    return path;
}

QString JsonPath::toString() const
{
    QString out = QStringLiteral("$");
    for (const Step &step : m_steps) {
        if (const auto *name = std::get_if<QString>(&step))
            out += u'.' + *name;
        else
            out += u'[' + QString::number(std::get<int>(step)) + u']';
    }
    return out;
}

std::optional<QByteArrayView> JsonPath::find(QByteArrayView json) const
{
    // Only the members before the wanted one are skipped: the item is never scanned as a whole.
    qsizetype begin = skipSpace(json, 0);
    qsizetype end = json.size();
    while (end > begin && isSpace(json[end - 1]))
        --end;
    if (begin >= end)
        return std::nullopt;
    for (qsizetype s = 0; s < m_steps.size(); ++s) {
        const QByteArrayView value = json.sliced(begin, end - begin);
        qsizetype i = 1;
        bool found = false;
        if (std::holds_alternative<QString>(m_steps[s])) {
            if (value.front() != '{')
                return std::nullopt;
            const QByteArray &wanted = m_names[s];
            i = skipSpace(value, i);
            while (i < value.size() && value[i] == '"') {
                const qsizetype keyEnd = skipString(value, i);
                if (keyEnd < 0)
                    return std::nullopt;
                const QByteArrayView key = value.sliced(i + 1, keyEnd - i - 2);
                qsizetype v = skipSpace(value, keyEnd);
                if (v >= value.size() || value[v] != ':')
                    return std::nullopt;
                v = skipSpace(value, v + 1);
                const qsizetype vEnd = skipValue(value, v);
                if (vEnd < 0)
                    return std::nullopt;
                if (keyEquals(key, wanted)) {
                    end = begin + vEnd;
                    begin += v;
                    found = true;
                    break;
                }
                i = skipSpace(value, vEnd);
                if (i < value.size() && value[i] == ',')
                    i = skipSpace(value, i + 1);
            }
        } else {
            if (value.front() != '[')
                return std::nullopt;
            int remaining = std::get<int>(m_steps[s]);
            i = skipSpace(value, i);
            while (i < value.size() && value[i] != ']') {
                const qsizetype vEnd = skipValue(value, i);
                if (vEnd < 0)
                    return std::nullopt;
                if (remaining-- == 0) {
                    end = begin + vEnd;
                    begin += i;
                    found = true;
                    break;
                }
                i = skipSpace(value, vEnd);
                if (i < value.size() && value[i] == ',')
                    i = skipSpace(value, i + 1);
            }
        }
        if (!found)
            return std::nullopt;
    }
    // A scalar at the top level ends where its literal ends.
    if (m_steps.isEmpty() && json[begin] != '{' && json[begin] != '[') {
        const qsizetype literalEnd = skipValue(json, begin);
        if (literalEnd < 0)
            return std::nullopt;
        end = literalEnd;
    }
    return json.sliced(begin, end - begin);
}

namespace JsonValueText {

QString toText(QByteArrayView raw)
{
    if (raw.isEmpty())
        return {};
    if (raw.front() != '"')
        return QString::fromUtf8(raw);
    const QByteArrayView inner = raw.sliced(1, raw.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    const QByteArray wrapped = "[" + raw.toByteArray() + "]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

bool isNull(QByteArrayView raw)
{
    return raw == "null";
}

bool isTruthy(QByteArrayView raw)
{
    return !raw.isEmpty() && raw != "null" && raw != "false" && raw != "\"\"" && raw != "0";
}

} // namespace JsonValueText
