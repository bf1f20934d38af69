#pragma once

#include "util/Result.h"

#include <QWidget>

#include <atomic>
#include <memory>

class CaptureController;
class EventDetailPane;
class EventTableModel;
class EventTableView;
class FilterBar;
class QAction;
class QSettings;
class QSplitter;
class QThread;

//! The event browser: filter bar, event table and detail pane, with the actions that work on
//! them (follow, freeze, marks, copy, apply as filter, export). It owns the behaviour; the main
//! window puts its actions into menus and toolbars.
class EventBrowser final : public QWidget
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction *follow; //!< Space
        QAction *freeze;
        QAction *onlyMarked;
        QAction *mark; //!< Ctrl+M
        QAction *nextMark; //!< F3
        QAction *previousMark; //!< Shift+F3
        QAction *copyJson; //!< Ctrl+C
        QAction *copySummary;
        QAction *copyBody;
        QAction *focusFilter; //!< Ctrl+F
        QAction *clearFilter; //!< Esc
        QAction *exportRows; //!< Ctrl+E
    };

    EventBrowser(QSettings &settings, CaptureController *capture, QWidget *parent = nullptr);
    ~EventBrowser() override;

    const Actions &actions() const { return m_actions; }
    FilterBar *filterBar() const { return m_filterBar; }
    EventTableView *table() const { return m_table; }
    EventDetailPane *detail() const { return m_detail; }

    void restoreLayout();
    void saveLayout();

    //! Writes the rows the table shows (filter and "only marked" applied) as NDJSON to `path`,
    //! on a worker thread; exportFinished reports the outcome. The file is replaced only on
    //! success.
    void exportShownRows(const QString &path);
    bool isExporting() const { return m_export != nullptr; }

Q_SIGNALS:
    //! Something for the status bar ("Copied event #12 as JSON").
    void statusMessage(const QString &message);
    void exportFinished(const Result<qint64> &written, const QString &path);

private:
    struct Export;

    EventTableModel *model() const;
    qint64 currentSeq() const;
    void selectSeq(qint64 seq);
    //! Selects event `seq`, clearing the filter first when it hides the event.
    void jumpToSeq(qint64 seq);
    void createActions();
    void showContextMenu(const QPoint &position);
    void combineFilter(const QString &expression, const QString &how);
    void toggleMark();
    void jumpToMark(bool forward);
    void copyCurrent(QAction *which);
    void showFollowing();
    void showSelectedEvent();
    void askForExportPath();

    QSettings &m_settings;
    CaptureController *m_capture;
    FilterBar *m_filterBar;
    EventTableView *m_table;
    EventDetailPane *m_detail;
    QSplitter *m_splitter;
    Actions m_actions {};
    qint64 m_seqBeforeReset = 0;
    qint64 m_jumpTo = 0; //!< to select once the filter's result is in
    std::unique_ptr<Export> m_export;
};
