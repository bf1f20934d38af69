#pragma once

#include "events/EventRecord.h"
#include "models/StringPool.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

//! The event table: one compact row per record, built from the store's index columns (the item JSON
//! stays in the store until a row is shown in detail). New records arrive through append() and are
//! inserted in batches by a flush timer — never one row per event. Filtering happens inside the
//! model (a vector of visible rows and a reset): QSortFilterProxyModel cannot keep up with a large,
//! fragmented result (qt64-facts.md §6.2).
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        KindColumn,
        SummaryColumn,
        ForUserColumn,
        SignatureColumn,
        DuplicateColumn,
        ColumnCount
    };
    enum Role { SeqRole = Qt::UserRole + 1, SignatureRole, DuplicateOfRole, TypeRole };

    struct Row
    {
        qint64 seq = 0;
        qint64 receivedAtMs = 0;
        qint64 duplicateOf = 0;
        quint32 type = 0;
        quint32 action = 0;
        quint32 forUserId = 0;
        quint32 forUserName = 0;
        quint8 signature = 0;
        quint8 duplicateKind = 0;
        QString summary;
    };

    explicit EventTableModel(QObject *parent = nullptr);
    ~EventTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    //! Queues records for the next flush (live arrivals).
    void append(const QList<EventRecord> &records);
    //! Replaces everything with `records` (opening a capture).
    void reset(const QList<EventRecord> &records);
    void clear();
    //! Inserts what append() queued, as one batch. Called by the flush timer.
    void flush();
    void setFlushInterval(int milliseconds) { m_flushTimer.setInterval(milliseconds); }

    //! Shows only rows whose summary, type, action or user contains `text` (case-insensitive).
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_filter; }

    qint64 totalCount() const { return qint64(m_rows.size()); }
    qint64 seqAt(int row) const;
    int rowOfSeq(qint64 seq) const;

Q_SIGNALS:
    void totalCountChanged(qint64 count);

private:
    Row toRow(const EventRecord &record);
    bool matches(const Row &row) const;
    const Row &visibleRow(int row) const;
    QString timeText(qint64 ms) const;

    std::vector<Row> m_rows;
    std::vector<qsizetype> m_visible; //!< indexes into m_rows; unused while there is no filter
    bool m_filtered = false;
    QString m_filter;
    StringPool m_strings;
    QList<EventRecord> m_pending;
    QTimer m_flushTimer;
    int m_utcOffsetSeconds = 0; //!< local time without a time-zone lookup per painted cell
};
