#include "widgets/detail/JsonHighlighter.h"

#include "models/JsonStyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

// previousBlockState() values: how the last block ended.
enum BlockState { Normal = 0, InString = 1, InStringEscaped = 2 };

bool isNumberChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u'-' || c == u'+' || c == u'.' || c == u'e'
        || c == u'E';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const QPalette palette = QGuiApplication::palette();
    m_key.setForeground(JsonStyle::color(JsonStyle::Part::Key, palette));
    m_string.setForeground(JsonStyle::color(JsonStyle::Part::String, palette));
    m_number.setForeground(JsonStyle::color(JsonStyle::Part::Number, palette));
    m_literal.setForeground(JsonStyle::color(JsonStyle::Part::Literal, palette));
}

JsonHighlighter::StringScan JsonHighlighter::scanString(const QString &text, int from, bool escaped)
{
    const int size = int(text.size());
    int i = from;
    if (escaped) {
        if (i >= size)
            return {size, false, true};
        ++i;
    }
    while (i < size) {
        if (text[i] == u'\\') {
            if (i + 1 >= size)
                return {size, false, true};
            i += 2;
        } else if (text[i] == u'"') {
            return {i + 1, true, false};
        } else {
            ++i;
        }
    }
    return {size, false, false};
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    int i = 0;
    setCurrentBlockState(Normal);
    const int previous = previousBlockState();
    if (previous == InString || previous == InStringEscaped) {
        // A string split over blocks: whether it was a member name is not known here.
        const StringScan scan = scanString(text, 0, previous == InStringEscaped);
        setFormat(0, scan.end, m_string);
        if (!scan.closed) {
            setCurrentBlockState(scan.escapedAtEnd ? InStringEscaped : InString);
            return;
        }
        i = scan.end;
    }
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'"') {
            const StringScan scan = scanString(text, i + 1, false);
            int next = scan.end;
            while (next < text.size() && text[next].isSpace())
                ++next;
            const bool isKey = scan.closed && next < text.size() && text[next] == u':';
            setFormat(i, scan.end - i, isKey ? m_key : m_string);
            if (!scan.closed)
                setCurrentBlockState(scan.escapedAtEnd ? InStringEscaped : InString);
            i = scan.end;
        } else if ((c >= u'0' && c <= u'9') || c == u'-') {
            const int start = i;
            while (i < text.size() && isNumberChar(text[i]))
                ++i;
            setFormat(start, i - start, m_number);
        } else if (c == u't' || c == u'f' || c == u'n') {
            static const QString words[]
                = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null")};
            int length = 1;
            for (const QString &word : words) {
                if (QStringView(text).sliced(i).startsWith(word)) {
                    setFormat(i, int(word.size()), m_literal);
                    length = int(word.size());
                    break;
                }
            }
            i += length;
        } else {
            ++i;
        }
    }
}
