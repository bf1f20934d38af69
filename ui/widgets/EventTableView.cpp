#include "widgets/EventTableView.h"

#include "models/EventTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>

EventTableView::EventTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("eventTable"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setShowGrid(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // Long summaries would make resizeColumnsToContents walk every row; widths are set instead.
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setObjectName(QStringLiteral("eventTableHeader"));
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &EventTableView::showColumnMenu);
    // actionTriggered comes only from the user (drag, wheel, arrows, page clicks), never from our
    // own scrollToBottom(). It arrives with the new position already set but not yet applied:
    // pausing right here means a batch of rows arriving before the value changes cannot snap the
    // view back to the bottom. Resuming waits until the move is done.
    connect(verticalScrollBar(), &QAbstractSlider::actionTriggered, this, [this] {
        if (verticalScrollBar()->sliderPosition() < verticalScrollBar()->maximum())
            setFollowing(false);
        QTimer::singleShot(0, this, &EventTableView::userScrolled);
    });
    // The range grows after the model announced rows (layout is deferred, a horizontal scroll bar
    // may appear): following means staying at the end of whatever the range becomes.
    connect(verticalScrollBar(), &QAbstractSlider::rangeChanged, this, [this](int, int maximum) {
        if (m_following)
            verticalScrollBar()->setValue(maximum);
    });
}

void EventTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    const auto follow = [this](const QModelIndex &, int first, int last) {
        if (m_following)
            return;
        m_unseen += last - first + 1;
        Q_EMIT unseenRowsChanged(m_unseen);
    };
    // Once per model: setModel() with the same model again must not count new rows twice.
    disconnect(m_rowsInserted);
    m_rowsInserted = connect(model, &QAbstractItemModel::rowsInserted, this, follow);
    applyDefaultColumns();
}

void EventTableView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->moveSection(header->visualIndex(column), column);
    for (int column = 0; column < header->count(); ++column)
        header->setSectionHidden(column, false);
    applyDefaultColumns();
}

void EventTableView::applyDefaultColumns()
{
    QHeaderView *header = horizontalHeader();
    header->resizeSection(EventTableModel::SeqColumn, 56);
    header->resizeSection(EventTableModel::TimeColumn, 96);
    header->resizeSection(EventTableModel::SourceColumn, 52);
    header->resizeSection(EventTableModel::KindColumn, 210);
    header->resizeSection(EventTableModel::SummaryColumn, 380);
    header->resizeSection(EventTableModel::ForUserColumn, 190);
    header->resizeSection(EventTableModel::ActorColumn, 200);
    header->resizeSection(EventTableModel::TargetColumn, 200);
    header->resizeSection(EventTableModel::EventIdColumn, 170);
    header->resizeSection(EventTableModel::SignatureColumn, 84);
    // A first run shows what most developers read; the rest is one right-click away.
    header->hideSection(EventTableModel::ActorColumn);
    header->hideSection(EventTableModel::TargetColumn);
    header->hideSection(EventTableModel::EventIdColumn);
}

bool EventTableView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void EventTableView::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following) {
        m_unseen = 0;
        Q_EMIT unseenRowsChanged(0);
        scrollToBottom();
    }
    Q_EMIT followingChanged(following);
}

void EventTableView::userScrolled()
{
    // Scrolling up to read pauses; scrolling back to the very bottom resumes, like a terminal.
    setFollowing(isAtBottom());
}

bool EventTableView::event(QEvent *event)
{
    // QAbstractItemView claims Ctrl+C to copy a cell's text; the Copy Event JSON action wants it.
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->ignore();
        return true;
    }
    return QTableView::event(event);
}

void EventTableView::mousePressEvent(QMouseEvent *event)
{
    QTableView::mousePressEvent(event);
    if (currentIndex().isValid())
        setFollowing(false);
}

void EventTableView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex before = currentIndex();
    QTableView::keyPressEvent(event);
    if (currentIndex() != before && currentIndex().isValid())
        setFollowing(false);
}

void EventTableView::showColumnMenu(const QPoint &position)
{
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    int shown = 0;
    for (int column = 0; column < header->count(); ++column)
        shown += header->isSectionHidden(column) ? 0 : 1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || shown > 1); // keep one column
        connect(action, &QAction::toggled, this,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, &EventTableView::resetColumns);
    menu.exec(header->mapToGlobal(position));
}
