#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

//! Colours JSON text: member names, strings, numbers and true/false/null, each in its own colour
//! (JsonStyle). It works on any text — a malformed body is coloured as far as it looks like JSON —
//! and carries an open string from one block to the next, because the raw view splits very long
//! lines into several blocks.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct StringScan
    {
        int end; //!< just past the closing quote, or the block's end
        bool closed;
        bool escapedAtEnd; //!< the block ends with a backslash inside the string
    };
    //! Scans a string from `from` (its first character after the opening quote).
    static StringScan scanString(const QString &text, int from, bool escaped);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};
