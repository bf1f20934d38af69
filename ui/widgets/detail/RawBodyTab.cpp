#include "widgets/detail/RawBodyTab.h"

#include "EventDetail.h"
#include "widgets/detail/ChunkedTextView.h"
#include "widgets/detail/JsonHighlighter.h"

#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

RawBodyTab::RawBodyTab(QWidget *parent)
    : QWidget(parent)
    , m_view(new ChunkedTextView)
    , m_pretty(new QCheckBox(tr("Pretty-print")))
    , m_copy(new QPushButton(tr("Copy body")))
    , m_note(new QLabel)
{
    m_view->setObjectName(QStringLiteral("detailRaw"));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_pretty->setObjectName(QStringLiteral("rawPrettyToggle"));
    m_pretty->setToolTip(tr("Indent the JSON; keys stay in the order X sent them"));
    m_copy->setObjectName(QStringLiteral("rawCopyButton"));
    m_copy->setToolTip(tr("Copy the whole body, exactly as received"));
    m_note->setObjectName(QStringLiteral("rawNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_pretty);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_pretty, &QCheckBox::toggled, this, &RawBodyTab::showBody);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_body); });
    connect(m_view, &ChunkedTextView::progressed, this, &RawBodyTab::updateNote);
    clear();
}

void RawBodyTab::clear()
{
    m_hasBody = false;
    m_body.clear();
    m_prettyBody.clear();
    m_notJson.clear();
    m_bodyBytes = 0;
    m_utf8 = true;
    m_pretty->setEnabled(false);
    m_copy->setEnabled(false);
    m_view->setContent({});
    updateNote();
}

void RawBodyTab::showDetail(const EventDetail &detail)
{
    if (!detail.delivery) {
        clear();
        m_note->setText(tr("The delivery of this event is not in the store."));
        return;
    }
    m_hasBody = true;
    m_body = detail.bodyText;
    m_prettyBody = detail.prettyBody;
    m_notJson = detail.bodyJsonError;
    m_bodyBytes = detail.delivery->body.size();
    m_utf8 = detail.bodyIsUtf8;
    m_copy->setEnabled(true);
    m_pretty->setEnabled(!m_prettyBody.isEmpty());
    showBody();
}

void RawBodyTab::showBody()
{
    const bool pretty = m_pretty->isChecked() && !m_prettyBody.isEmpty();
    const bool colour = m_hasBody && m_notJson.isEmpty() && m_bodyBytes <= HighlightLimit;
    // Attached before the text goes in, so each slice is coloured as it arrives.
    if (colour && !m_highlighter)
        m_highlighter = new JsonHighlighter(m_view->document());
    else if (!colour && m_highlighter) {
        delete m_highlighter;
        m_highlighter = nullptr;
    }
    m_view->setContent(pretty ? m_prettyBody : m_body);
}

void RawBodyTab::updateNote()
{
    if (!m_hasBody) {
        m_note->clear();
        return;
    }
    const QLocale locale;
    QStringList notes;
    if (!m_view->isComplete()) {
        notes << tr("Showing the text: %1 %…")
                     .arg(100 * m_view->shownLength()
                          / std::max<qsizetype>(1, m_view->content().size()));
    }
    if (!m_notJson.isEmpty())
        notes << tr("%1 Shown exactly as received.").arg(m_notJson);
    if (!m_utf8)
        notes << tr("The body is not valid UTF-8: the invalid bytes are shown as �.");
    if (m_notJson.isEmpty() && m_bodyBytes > HighlightLimit)
        notes << tr("No syntax colouring above %1, so that large bodies stay responsive.")
                     .arg(locale.formattedDataSize(HighlightLimit, 0));
    if (notes.isEmpty())
        notes << locale.formattedDataSize(m_bodyBytes);
    m_note->setText(notes.join(u' '));
}
