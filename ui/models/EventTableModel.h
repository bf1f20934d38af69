#pragma once

#include "events/EventRecord.h"
#include "events/FilterExpression.h"
#include "models/IndexFilter.h"
#include "models/IndexLoader.h"
#include "models/RowStore.h"
#include "models/StringPool.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

//! The event table: one compact row per record (EventRow), built from the store's index columns;
//! the item JSON stays in the store until a row is shown in detail. New records arrive through
//! append() and are inserted in batches by a flush timer — never one row per event. Filtering
//! happens inside the model, on a worker thread, over a vector of visible rows, followed by one
//! reset: QSortFilterProxyModel cannot keep up with a large, fragmented result (qt64-facts.md
//! §6.2).
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        SourceColumn,
        KindColumn,
        SummaryColumn,
        ForUserColumn,
        ActorColumn,
        TargetColumn,
        EventIdColumn,
        SignatureColumn,
        DuplicateColumn,
        ColumnCount
    };
    enum Role {
        SeqRole = Qt::UserRole + 1,
        SignatureRole,
        DuplicateOfRole,
        TypeRole,
        ActionRole,
        MarkedRole,
        //! A filter that selects rows like this one by the cell's field ("user == 2244994945").
        FilterRole,
    };

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    //! Empties the table and keeps live records queued until adopt() brings the stored history, so
    //! that none is lost between the load's snapshot and its arrival.
    void beginLoading();
    //! Replaces everything with a loaded capture (records queued meanwhile follow).
    void adopt(LoadedIndex index);
    //! Queues live records for the next flush; `bodies[i]` is the raw body of records[i]'s
    //! delivery.
    void append(const QList<EventRecord> &records, const QList<QByteArray> &bodies = {});
    void clear();
    //! Inserts what append() queued, as one batch. Called by the flush timer.
    void flush();
    void setFlushInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }

    //! "Pause capture display": records keep arriving and are kept, the table does not change.
    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }

    //! The capture store, where filters that need bodies read them.
    void setStorePath(const QString &path) { m_storePath = path; }
    //! Applies `expression` (empty: everything). Filters that need bodies, or large tables, run on
    //! a worker; the table keeps its rows until the result is in. A new call cancels a running one.
    void setFilter(const FilterExpression &expression);
    bool isFiltering() const { return m_job != nullptr; }
    bool isFiltered() const { return !m_filter.isEmpty(); }

    void setShowOnlyMarked(bool only);
    bool showsOnlyMarked() const { return m_onlyMarked; }
    void setMarked(qint64 seq, bool marked);
    bool isMarked(qint64 seq) const { return m_marks.contains(seq); }
    int markCount() const { return int(m_marks.size()); }
    //! The next (or previous) visible marked row after `row`, wrapping around; -1 if none.
    int nextMarkedRow(int row, bool forward) const;

    qint64 totalCount() const { return m_rows->size(); }
    //! The seqs of the rows shown, in order; nullopt when every stored row is shown.
    std::optional<std::vector<qint64>> shownSeqs() const;
    qint64 seqAt(int row) const;
    int rowOfSeq(qint64 seq) const;
    const EventRow &rowAt(int row) const { return m_rows->at(storeIndex(row)); }
    const QString &string(quint32 id) const { return m_strings.at(id); }

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    //! A filter started (true) or ended (false) running on the worker.
    void filteringChanged(bool running);
    void filterApplied(qint64 matches, qint64 milliseconds);
    void filterFailed(const Error &error);

private:
    struct Job;

    qsizetype storeIndex(int row) const;
    void rebuildVisible();
    void startJob();
    void finishJob(quint64 generation, Result<std::vector<qsizetype>> result);
    void cancelJob();
    QString timeText(qint64 ms) const;
    QString person(quint32 id, quint32 name) const;

    std::unique_ptr<RowStore> m_rows = std::make_unique<RowStore>();
    StringPool m_strings;
    QString m_storePath;

    // What the view sees. Unfiltered: rows [0, m_announced). Filtered or marked-only: m_visible.
    qsizetype m_announced = 0;
    bool m_listed = false; //!< m_visible is in use
    std::vector<qsizetype> m_visible;
    std::vector<qsizetype> m_matches; //!< the filter's result (all rows when unfiltered)
    std::vector<qsizetype> m_unannounced; //!< matches of the current filter not yet shown

    FilterExpression m_filterSource;
    IndexFilter m_filter;
    std::shared_ptr<Job> m_job;
    quint64 m_generation = 0;
    QElapsedTimer m_filterClock;

    bool m_frozen = false;
    bool m_loading = false;
    bool m_onlyMarked = false;
    QSet<qint64> m_marks;

    QList<EventRecord> m_pending;
    QList<QByteArray> m_pendingBodies;
    QTimer m_flushTimer;
    int m_utcOffsetSeconds = 0; //!< local time without a time-zone lookup per painted cell
};
