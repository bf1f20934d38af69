#pragma once

#include "events/FilterExpression.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSettings;
class QTimer;
class QToolButton;

//! The display-filter bar above the event table: an edit that shows whether the filter is empty,
//! valid or invalid (and for invalid, what and at which column, on the line below), a history the
//! Up and Down keys walk through, saved filters, and one-click filters for the common kinds.
//! Typing applies the filter after a short pause; Enter applies it at once; Esc clears it.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    enum class State { Empty, Valid, Invalid };

    explicit FilterBar(QSettings &settings, QWidget *parent = nullptr);

    QString text() const;
    //! Sets the text and applies it at once (context menus, quick buttons).
    void setText(const QString &text);
    State state() const { return m_state; }
    QLineEdit *edit() const { return m_edit; }
    QStringList history() const { return m_history; }
    QStringList savedNames() const;
    void saveFilter(const QString &name, const QString &filter);
    void removeSavedFilter(const QString &name);

    //! What the table shows: matches of total, and how long the filter took (< 0: not timed).
    void showResult(qint64 matches, qint64 total, qint64 milliseconds);
    void showRunning(bool running);
    void showFailure(const QString &message);

Q_SIGNALS:
    //! A valid filter (possibly empty) is to be applied.
    void filterChanged(const FilterExpression &expression);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void parse();
    void apply();
    void remember(const QString &filter);
    void walkHistory(int step);
    void rebuildSavedMenu();
    void askToSave();
    void setState(State state);

    QSettings &m_settings;
    QLineEdit *m_edit;
    QLabel *m_error;
    QLabel *m_result;
    QToolButton *m_saved;
    QTimer *m_delay;
    State m_state = State::Empty;
    FilterExpression m_expression;
    QString m_applied;
    bool m_hasApplied = false;
    QStringList m_history; //!< most recent first
    int m_historyPos = -1; //!< -1: editing, not walking the history
    QString m_draft; //!< what was typed before walking the history
};
