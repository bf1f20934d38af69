#include "events/JsonSpan.h"

#include "events/JsonScan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace JsonSpan {

namespace {

using JsonScan::isSpace;
using JsonScan::skipSpace;
using JsonScan::skipString;
using JsonScan::skipValue;

} // namespace

std::optional<Span> root(QByteArrayView json)
{
    const qsizetype begin = skipSpace(json, 0);
    const qsizetype end = skipValue(json, begin);
    if (end < 0)
        return std::nullopt;
    return Span {begin, end - begin};
}

std::optional<QList<Member>> members(QByteArrayView json, Span object)
{
    const QByteArrayView s = json.first(object.begin + object.length);
    qsizetype i = object.begin;
    if (i >= s.size() || s[i] != '{')
        return std::nullopt;
    QList<Member> result;
    i = skipSpace(s, i + 1);
    if (i < s.size() && s[i] == '}')
        return result;
    while (i < s.size()) {
        const qsizetype keyEnd = skipString(s, i);
        if (s[i] != '"' || keyEnd < 0)
            return std::nullopt;
        // A key without escapes is its own text; otherwise let QJsonDocument unescape it.
        const QByteArrayView inner = s.sliced(i + 1, keyEnd - i - 2);
        const QString key = !inner.contains('\\')
            ? QString::fromUtf8(inner)
            : QJsonDocument::fromJson("[" + s.sliced(i, keyEnd - i).toByteArray() + "]")
                  .array()
                  .at(0)
                  .toString();
        i = skipSpace(s, keyEnd);
        if (i >= s.size() || s[i] != ':')
            return std::nullopt;
        i = skipSpace(s, i + 1);
        const qsizetype valueEnd = skipValue(s, i);
        if (valueEnd < 0)
            return std::nullopt;
        result.append({key, Span {i, valueEnd - i}});
        i = skipSpace(s, valueEnd);
        if (i < s.size() && s[i] == ',')
            i = skipSpace(s, i + 1);
        else if (i < s.size() && s[i] == '}')
            return result;
        else
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QList<Span>> elements(QByteArrayView json, Span array)
{
    const QByteArrayView s = json.first(array.begin + array.length);
    qsizetype i = array.begin;
    if (i >= s.size() || s[i] != '[')
        return std::nullopt;
    QList<Span> result;
    i = skipSpace(s, i + 1);
    if (i < s.size() && s[i] == ']')
        return result;
    while (i < s.size()) {
        const qsizetype end = skipValue(s, i);
        if (end < 0)
            return std::nullopt;
        result.append(Span {i, end - i});
        i = skipSpace(s, end);
        if (i < s.size() && s[i] == ',')
            i = skipSpace(s, i + 1);
        else if (i < s.size() && s[i] == ']')
            return result;
        else
            return std::nullopt;
    }
    return std::nullopt;
}

QByteArray compact(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = skipString(json, i);
            const qsizetype stop = end < 0 ? json.size() : end;
            out.append(json.sliced(i, stop - i));
            i = stop - 1;
        } else if (!isSpace(c)) {
            out.append(c);
        }
    }
    return out;
}

QByteArray indented(QByteArrayView json, int indent)
{
    const QByteArray flat = compact(json);
    QByteArray out;
    out.reserve(flat.size() * 2);
    int depth = 0;
    const auto newline = [&] {
        out += '\n';
        out += QByteArray(depth * indent, ' ');
    };
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const char c = flat[i];
        if (c == '"') {
            const qsizetype end = skipString(flat, i);
            const qsizetype stop = end < 0 ? flat.size() : end;
            out.append(QByteArrayView(flat).sliced(i, stop - i));
            i = stop - 1;
        } else if (c == '{' || c == '[') {
            out += c;
            const char close = c == '{' ? '}' : ']';
            if (i + 1 < flat.size() && flat[i + 1] == close) { // {} and [] stay on one line
                out += close;
                ++i;
                continue;
            }
            ++depth;
            newline();
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out += c;
        } else if (c == ',') {
            out += c;
            newline();
        } else if (c == ':') {
            out += ": ";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace JsonSpan
