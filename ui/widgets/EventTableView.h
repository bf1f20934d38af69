#pragma once

#include <QTableView>

class EventTableModel;

//! The event list. Fixed row heights (no per-row measuring on large models). It follows new rows
//! while "following"; the user scrolling up or selecting a row pauses that, scrolling back to the
//! bottom or toggleFollowing() resumes it. The header's context menu shows and hides columns;
//! columns can be dragged to reorder.
class EventTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit EventTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    bool isAtBottom() const;
    bool isFollowing() const { return m_following; }
    void setFollowing(bool following);
    //! Rows that arrived since following paused (shown on the Following/Paused button).
    int unseenRows() const { return m_unseen; }
    //! The first run's columns: order, widths and the default hidden set ("Reset Columns").
    void resetColumns();

Q_SIGNALS:
    void followingChanged(bool following);
    void unseenRowsChanged(int rows);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showColumnMenu(const QPoint &position);
    void userScrolled();

    void applyDefaultColumns();

    QMetaObject::Connection m_rowsInserted;
    bool m_following = true;
    int m_unseen = 0;
};
