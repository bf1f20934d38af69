#pragma once

#include <QPlainTextEdit>
#include <QTimer>

#include <vector>

//! A read-only text view that takes megabytes without freezing the window. setPlainText() of a
//! 4 MiB line holds the GUI thread for about a second (tst_detailpane prints it), so the text
//! goes in by slices from a zero timer, a few milliseconds each. Lines longer than MaxBlockLength
//! are laid out as several blocks (inserting into one 4 MiB block relays it out each time);
//! copying joins them again, and a copy of everything is the text exactly as given.
class ChunkedTextView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int MaxBlockLength = 4096;

    explicit ChunkedTextView(QWidget *parent = nullptr);

    //! Replaces the text; the first slice is shown at once, the rest follows.
    void setContent(const QString &text);
    const QString &content() const { return m_text; }
    bool isComplete() const { return m_pos >= m_text.size(); }
    qsizetype shownLength() const { return m_pos; }
    //! What is shown so far, with split lines joined again.
    QString shownText() const;

Q_SIGNALS:
    void progressed(qsizetype shown, qsizetype total);

protected:
    QMimeData *createMimeDataFromSelection() const override;

private:
    void appendSlice();
    void append(QTextCursor &cursor, qsizetype from, qsizetype to);
    qsizetype breakPoint(qsizetype from, qsizetype limit) const;
    bool continuesLine(int blockNumber) const;
    QString joined(int from, int to) const;

    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_column = 0; //!< length of the last block so far
    std::vector<int> m_continuations; //!< blocks that continue the line before (ascending)
    QTimer m_timer;
};
