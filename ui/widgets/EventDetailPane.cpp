#include "widgets/EventDetailPane.h"

#include "EventDetail.h"
#include "util/Error.h"
#include "widgets/detail/HeadersTab.h"
#include "widgets/detail/JsonTreeTab.h"
#include "widgets/detail/RawBodyTab.h"
#include "widgets/detail/SummaryTab.h"

#include <QLabel>

namespace {
// Long enough that moving through rows with the keyboard does not flash "Loading…" each time.
constexpr int LoadingDelayMs = 150;
} // namespace

EventDetailPane::EventDetailPane(QWidget *parent)
    : QTabWidget(parent)
    , m_summary(new SummaryTab)
    , m_tree(new JsonTreeTab)
    , m_raw(new RawBodyTab)
    , m_headers(new HeadersTab)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("eventDetail"));
    addTab(m_summary, tr("Summary"));
    addTab(m_tree, tr("JSON tree"));
    addTab(m_raw, tr("Raw"));
    addTab(m_headers, tr("Headers && signature"));
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(8, 0, 8, 0);
    setCornerWidget(m_status, Qt::TopRightCorner);

    connect(m_summary, &SummaryTab::filterRequested, this, &EventDetailPane::filterRequested);
    connect(m_summary, &SummaryTab::seqRequested, this, &EventDetailPane::seqRequested);
    connect(m_tree, &JsonTreeTab::filterRequested, this, &EventDetailPane::filterRequested);

    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(LoadingDelayMs);
    connect(&m_loadingDelay, &QTimer::timeout, this,
            [this] { clearTabs(tr("Loading event #%1…").arg(m_awaited)); });
    clearTabs(tr("Select an event to see it in full."));
}

void EventDetailPane::clearTabs(const QString &message)
{
    m_summary->showMessage(message);
    m_tree->clear();
    m_raw->clear();
    m_headers->clear();
}

void EventDetailPane::showLoading(qint64 seq)
{
    m_awaited = seq;
    m_status->setText(tr("Loading event #%1…").arg(seq));
    m_loadingDelay.start();
}

void EventDetailPane::showDetail(const EventDetail &detail)
{
    if (m_awaited >= 0 && detail.record.seq != m_awaited)
        return; // an answer for a selection that has moved on
    m_loadingDelay.stop();
    m_status->setText(tr("Event #%1").arg(detail.record.seq));
    m_summary->showDetail(detail);
    m_tree->showTree(detail.tree);
    m_raw->showDetail(detail);
    m_headers->showDetail(detail);
}

void EventDetailPane::showFailure(const Error &error)
{
    m_loadingDelay.stop();
    m_status->setText(tr("Not loaded"));
    clearTabs(error.detail.isEmpty() ? error.message
                                     : tr("%1 (%2)").arg(error.message, error.detail));
}

void EventDetailPane::clear()
{
    m_awaited = 0;
    m_loadingDelay.stop();
    m_status->clear();
    clearTabs(tr("Select an event to see it in full."));
}
