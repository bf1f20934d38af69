#pragma once

#include <QWidget>

class ChunkedTextView;
class JsonHighlighter;
class QCheckBox;
class QLabel;
class QPushButton;
struct EventDetail;

//! The Raw tab: the delivery body exactly as received, as UTF-8 text in a monospace view, with a
//! pretty-print toggle (indented, X's key order kept; off for bodies that are not JSON) and JSON
//! colouring up to HighlightLimit bytes. Large bodies fill in by slices (ChunkedTextView).
class RawBodyTab final : public QWidget
{
    Q_OBJECT

public:
    //! Above this body size colouring is off: highlighting a block costs as much as laying it out.
    static constexpr qsizetype HighlightLimit = 256 * 1024;

    explicit RawBodyTab(QWidget *parent = nullptr);

    void showDetail(const EventDetail &detail);
    void clear();

    ChunkedTextView *view() const { return m_view; }

private:
    void showBody();
    void updateNote();

    ChunkedTextView *m_view;
    JsonHighlighter *m_highlighter = nullptr;
    QCheckBox *m_pretty;
    QPushButton *m_copy;
    QLabel *m_note;
    QString m_body;
    QString m_prettyBody;
    QString m_notJson;
    qsizetype m_bodyBytes = 0;
    bool m_utf8 = true;
    bool m_hasBody = false;
};
