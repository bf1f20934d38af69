#include "widgets/detail/ChunkedTextView.h"

#include <QElapsedTimer>
#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

namespace {

// Per timer tick: pieces of PieceLength characters until SliceMs have passed. A piece of 16 Ki
// characters takes 5–30 ms to insert on the 2-core reference machine, so ticks stay short and
// input and painting get their turn in between.
constexpr qsizetype PieceLength = 8192;
constexpr qint64 SliceMs = 8;

} // namespace

ChunkedTextView::ChunkedTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false); // an undo stack would hold a second copy of every slice
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ChunkedTextView::appendSlice);
}

void ChunkedTextView::setContent(const QString &text)
{
    m_timer.stop();
    clear();
    m_text = text;
    m_pos = 0;
    m_column = 0;
    m_continuations.clear();
    appendSlice();
}

void ChunkedTextView::appendSlice()
{
    QElapsedTimer clock;
    clock.start();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    do {
        const qsizetype to = std::min(m_pos + PieceLength, m_text.size());
        append(cursor, m_pos, to);
        m_pos = to;
    } while (m_pos < m_text.size() && clock.elapsed() < SliceMs);
    if (isComplete())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
    Q_EMIT progressed(m_pos, m_text.size());
}

void ChunkedTextView::append(QTextCursor &cursor, qsizetype from, qsizetype to)
{
    // One insertText per piece: a call per line or per split would be several times slower. The
    // splits are paragraph separators whose positions are remembered, to learn their block
    // numbers below.
    QString piece;
    piece.reserve(to - from + (to - from) / MaxBlockLength + 1);
    std::vector<qsizetype> splits;
    qsizetype i = from;
    while (i < to) {
        // Searched within the piece only: a 4 MiB body without a newline would otherwise be
        // scanned to its end for every piece.
        const qsizetype newline = QStringView(m_text).sliced(i, to - i).indexOf(u'\n');
        const qsizetype lineEnd = newline < 0 ? to : i + newline;
        while (m_column + (lineEnd - i) > MaxBlockLength) {
            const qsizetype cut = breakPoint(i, i + (MaxBlockLength - m_column));
            piece += QStringView(m_text).sliced(i, cut - i);
            splits.push_back(piece.size());
            piece += QChar::ParagraphSeparator;
            m_column = 0;
            i = cut;
        }
        piece += QStringView(m_text).sliced(i, lineEnd - i);
        m_column += lineEnd - i;
        i = lineEnd;
        if (i < to) {
            piece += u'\n';
            m_column = 0;
            ++i;
        }
    }
    // Block numbers as QTextCursor::insertText() creates blocks: at \n, \r, \r\n (once) and
    // U+2029, the frame markers aside.
    int block = cursor.blockNumber();
    auto split = splits.cbegin();
    for (qsizetype k = 0; k < piece.size() && split != splits.cend(); ++k) {
        const QChar c = piece[k];
        if (c == u'\r' && k + 1 < piece.size() && piece[k + 1] == u'\n')
            continue;
        if (c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator)
            ++block;
        if (k == *split) {
            m_continuations.push_back(block);
            ++split;
        }
    }
    cursor.insertText(piece);
}

qsizetype ChunkedTextView::breakPoint(qsizetype from, qsizetype limit) const
{
    // After a comma when there is one near the limit, so JSON breaks between values.
    for (qsizetype i = limit; i > std::max(from, limit - 256); --i) {
        if (m_text[i - 1] == u',')
            return i;
    }
    if (limit > from + 1 && m_text[limit - 1].isHighSurrogate())
        return limit - 1;
    return limit;
}

bool ChunkedTextView::continuesLine(int blockNumber) const
{
    return std::binary_search(m_continuations.begin(), m_continuations.end(), blockNumber);
}

QString ChunkedTextView::joined(int from, int to) const
{
    QString out;
    bool first = true;
    for (QTextBlock block = document()->findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        if (!first && !continuesLine(block.blockNumber()))
            out += u'\n';
        first = false;
        const int begin = std::max(from, block.position()) - block.position();
        const int end = std::min(to, block.position() + block.length() - 1) - block.position();
        out += block.text().mid(begin, end - begin);
    }
    return out;
}

QString ChunkedTextView::shownText() const
{
    return joined(0, document()->characterCount() - 1);
}

QMimeData *ChunkedTextView::createMimeDataFromSelection() const
{
    const QTextCursor selection = textCursor();
    auto *mime = new QMimeData;
    const bool everything = isComplete() && selection.selectionStart() == 0
        && selection.selectionEnd() >= document()->characterCount() - 1;
    // The document turns \r\n into one block break; the whole text is copied from the source.
    mime->setText(everything ? m_text
                             : joined(selection.selectionStart(), selection.selectionEnd()));
    return mime;
}
