#pragma once

#include <QByteArrayView>

#include <cstring>

//! Scanning raw JSON text without parsing it: what JsonSpan (item offsets) and JsonPath (values by
//! path) both step over. Inline: both run once per member of every event they read.
namespace JsonScan {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return i;
}

//! Past the closing quote of the string starting at s[i] == '"', or -1. memchr finds candidate
//! quotes; a quote preceded by an odd number of backslashes is escaped.
inline qsizetype skipString(QByteArrayView s, qsizetype i)
{
    const char *data = s.data();
    for (qsizetype from = i + 1; from < s.size();) {
        const auto *quote
            = static_cast<const char *>(memchr(data + from, '"', size_t(s.size() - from)));
        if (!quote)
            return -1;
        const qsizetype at = quote - data;
        qsizetype backslashes = 0;
        while (at - 1 - backslashes > i && data[at - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return at + 1;
        from = at + 1;
    }
    return -1;
}

//! Past the value starting at s[i], or -1. Iterative, so deep nesting cannot overflow the stack:
//! inside containers only strings need care, brackets are counted.
inline qsizetype skipValue(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return -1;
    const char first = s[i];
    if (first == '"')
        return skipString(s, i);
    if (first == '{' || first == '[') {
        int depth = 0;
        while (i < s.size()) {
            const char c = s[i];
            if (c == '"') {
                i = skipString(s, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return -1;
    }
    // number, true, false, null
    while (i < s.size() && !isSpace(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']')
        ++i;
    return i;
}

} // namespace JsonScan
