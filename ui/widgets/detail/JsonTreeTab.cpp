#include "widgets/detail/JsonTreeTab.h"

#include "models/JsonTreeModel.h"

#include <QAction>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

JsonTreeTab::JsonTreeTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_view(new QTreeView)
    , m_note(new QLabel)
{
    m_view->setObjectName(QStringLiteral("detailTree"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true); // a 4 MiB body has hundreds of thousands of rows
    m_view->setAlternatingRowColors(true);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::Interactive);
    const QFontMetrics metrics(m_view->font());
    header->resizeSection(JsonTreeModel::KeyColumn,
                          metrics.horizontalAdvance(QLatin1Char('m')) * 36);
    header->resizeSection(JsonTreeModel::TypeColumn,
                          metrics.horizontalAdvance(QLatin1Char('m')) * 9);

    m_note->setObjectName(QStringLiteral("treeNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();

    m_expandAll
        = addAction(tr("Expand all"), QStringLiteral("treeExpandAll"), tr("Open every branch"));
    m_collapseAll = addAction(tr("Collapse all"), QStringLiteral("treeCollapseAll"),
                              tr("Close every branch"));
    m_copyPath = addAction(tr("Copy path"), QStringLiteral("treeCopyPath"),
                           tr("Copy the JSON path of this node, as filters write it"));
    m_copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyValue = addAction(tr("Copy value"), QStringLiteral("treeCopyValue"),
                            tr("Copy the value: text without quotes, objects and arrays as JSON"));
    m_applyFilter = addAction(tr("Apply as filter"), QStringLiteral("treeApplyFilter"),
                              tr("Show only the events with this value here"));
    connect(m_expandAll, &QAction::triggered, this, &JsonTreeTab::expandAll);
    connect(m_collapseAll, &QAction::triggered, m_view, &QTreeView::collapseAll);
    connect(m_copyPath, &QAction::triggered, this, &JsonTreeTab::copyPath);
    connect(m_copyValue, &QAction::triggered, this, &JsonTreeTab::copyValue);
    connect(m_applyFilter, &QAction::triggered, this, &JsonTreeTab::applyAsFilter);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_expandAll, m_collapseAll, m_copyPath, m_copyValue, m_applyFilter}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button");
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex at = m_view->indexAt(pos);
        if (at.isValid())
            m_view->setCurrentIndex(at);
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("treeContextMenu"));
        menu.addActions({m_copyPath, m_copyValue, m_applyFilter});
        menu.addSeparator();
        menu.addActions({m_expandAll, m_collapseAll});
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    // Ctrl+C in the tree copies the value. Not as the action's shortcut: QAbstractItemView takes
    // the key first (to copy the cell's text), and a window-wide Ctrl+C would make it ambiguous.
    m_view->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JsonTreeTab::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &JsonTreeTab::updateActions);
    updateActions();
}

QAction *JsonTreeTab::addAction(const QString &text, const QString &objectName,
                                const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action); // shortcuts work while the tab has focus
    return action;
}

bool JsonTreeTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copyValue();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void JsonTreeTab::showTree(std::shared_ptr<const JsonTree> tree)
{
    const bool valid = tree && tree->isValid();
    if (tree && !valid) {
        m_note->setText(tr("This item is not JSON (at byte %1: %2). The Raw tab shows it as "
                           "received.")
                            .arg(tree->errorOffset())
                            .arg(tree->error()));
    }
    m_note->setVisible(tree && !valid);
    m_model->setTree(std::move(tree));
    // One level open: an event's top-level members are what people look at first.
    if (m_model->rowCount() < 200)
        m_view->expandToDepth(0);
}

void JsonTreeTab::clear()
{
    m_note->hide();
    m_model->setTree(nullptr);
}

void JsonTreeTab::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const bool hasNodes = m_model->rowCount() > 0;
    m_expandAll->setEnabled(hasNodes);
    m_collapseAll->setEnabled(hasNodes);
    m_expandAll->setToolTip(m_model->nodeCount() > ExpandAllLimit
                                ? tr("Open the first three levels (this item has %n nodes: all "
                                     "of them at once would take long)",
                                     nullptr, int(m_model->nodeCount()))
                                : tr("Open every branch"));
    m_copyPath->setEnabled(current.isValid());
    m_copyValue->setEnabled(current.isValid());
    const bool expressible
        = current.isValid() && !current.data(JsonTreeModel::FilterRole).toString().isEmpty();
    m_applyFilter->setEnabled(expressible);
    m_applyFilter->setToolTip(current.isValid() && !expressible
                                  ? tr("The filter language cannot name this member (its name "
                                       "has spaces, quotes or operator characters)")
                                  : tr("Show only the events with this value here"));
}

void JsonTreeTab::expandAll()
{
    if (m_model->nodeCount() > ExpandAllLimit)
        m_view->expandToDepth(2);
    else
        m_view->expandAll();
}

void JsonTreeTab::copyPath()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data(JsonTreeModel::PathRole).toString());
}

void JsonTreeTab::copyValue()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(
            current.data(JsonTreeModel::CopyValueRole).toString());
}

void JsonTreeTab::applyAsFilter()
{
    const QString filter = m_view->currentIndex().data(JsonTreeModel::FilterRole).toString();
    if (!filter.isEmpty())
        Q_EMIT filterRequested(filter);
}
