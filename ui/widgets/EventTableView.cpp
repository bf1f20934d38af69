#include "widgets/EventTableView.h"

#include "models/EventTableModel.h"

#include <QHeaderView>
#include <QScrollBar>

EventTableView::EventTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("eventTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setShowGrid(false);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);
}

void EventTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_wasAtBottom = isAtBottom(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_wasAtBottom)
            scrollToBottom();
    });
    QHeaderView *header = horizontalHeader();
    header->resizeSection(EventTableModel::SeqColumn, 64);
    header->resizeSection(EventTableModel::TimeColumn, 100);
    header->resizeSection(EventTableModel::KindColumn, 230);
    header->resizeSection(EventTableModel::SummaryColumn, 470);
    header->resizeSection(EventTableModel::ForUserColumn, 200);
    header->resizeSection(EventTableModel::SignatureColumn, 90);
    header->setSectionResizeMode(EventTableModel::DuplicateColumn, QHeaderView::Stretch);
}

bool EventTableView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}
