#pragma once

#include <QTableView>

//! The event list: fixed row heights (no per-row measuring on large models), and it follows new
//! rows only while it is scrolled to the bottom — scrolling up to read stops the jumping.
class EventTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit EventTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    bool isAtBottom() const;

private:
    bool m_wasAtBottom = true;
};
