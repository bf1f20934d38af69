#pragma once

#include <QWidget>

#include <memory>

class JsonTree;
class JsonTreeModel;
class QAction;
class QLabel;
class QTreeView;

//! The JSON tree tab: the event's item as Key / Value / Type rows, with expand/collapse all, copy
//! path, copy value and apply as filter — as buttons above the tree and in its context menu.
class JsonTreeTab final : public QWidget
{
    Q_OBJECT

public:
    //! Above this many nodes "Expand all" opens only the first levels: expanding every node of a
    //! 4 MiB body would keep the window busy for seconds.
    static constexpr qsizetype ExpandAllLimit = 20000;

    explicit JsonTreeTab(QWidget *parent = nullptr);

    //! Shows `tree`; when it is not JSON (a malformed body), a note says why instead.
    void showTree(std::shared_ptr<const JsonTree> tree);
    void clear();

    JsonTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void filterRequested(const QString &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addAction(const QString &text, const QString &objectName, const QString &toolTip);
    void updateActions();
    void expandAll();
    void copyPath();
    void copyValue();
    void applyAsFilter();

    JsonTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_note;
    QAction *m_expandAll;
    QAction *m_collapseAll;
    QAction *m_copyPath;
    QAction *m_copyValue;
    QAction *m_applyFilter;
};
