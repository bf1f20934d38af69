#include "models/EventTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QTime>

#include <algorithm>

using WebhookCrypto::SignatureVerdict;

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_utcOffsetSeconds(QDateTime::currentDateTime().offsetFromUtc())
{
    // 50 ms: fast enough to look live, slow enough that thousands of events a second are a few
    // dozen inserts.
    m_flushTimer.setInterval(50);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &EventTableModel::flush);
}

EventTableModel::~EventTableModel() = default;

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_filtered ? m_visible.size() : m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const EventTableModel::Row &EventTableModel::visibleRow(int row) const
{
    return m_rows[size_t(m_filtered ? m_visible[size_t(row)] : row)];
}

QString EventTableModel::timeText(qint64 ms) const
{
    const qint64 local = ms + qint64(m_utcOffsetSeconds) * 1000;
    const qint64 dayMs = 24LL * 3600 * 1000;
    return QTime::fromMSecsSinceStartOfDay(int(((local % dayMs) + dayMs) % dayMs))
        .toString(QStringLiteral("HH:mm:ss.zzz"));
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = visibleRow(index.row());
    const auto signature = SignatureVerdict(row.signature);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn: return row.seq;
        case TimeColumn: return timeText(row.receivedAtMs);
        case KindColumn: return QString(m_strings.at(row.type) + u" / " + m_strings.at(row.action));
        case SummaryColumn: return row.summary;
        case ForUserColumn: {
            const QString &name = m_strings.at(row.forUserName);
            const QString &id = m_strings.at(row.forUserId);
            return name.isEmpty() ? id : QString(id + u" (" + name + u')');
        }
        case SignatureColumn:
            switch (signature) {
            case SignatureVerdict::Valid: return tr("✓ valid");
            case SignatureVerdict::Invalid: return tr("✗ invalid");
            case SignatureVerdict::Missing: return tr("– missing");
            }
            return {};
        case DuplicateColumn:
            if (!row.duplicateOf)
                return {};
            return DuplicateKind(row.duplicateKind) == DuplicateKind::Fanout
                ? tr("fan-out of #%1").arg(row.duplicateOf)
                : tr("redelivery of #%1").arg(row.duplicateOf);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return row.summary;
        if (index.column() == SignatureColumn && signature != SignatureVerdict::Valid)
            return signature == SignatureVerdict::Invalid
                ? tr("The x-twitter-webhooks-signature header does not match the body signed "
                     "with your consumer secret.")
                : tr("The request carried no x-twitter-webhooks-signature header.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SignatureColumn && signature == SignatureVerdict::Valid)
            return QBrush(QColor(0x1a, 0x7f, 0x37));
        if (index.column() == DuplicateColumn
            || (row.duplicateOf && index.column() == SummaryColumn))
            return QBrush(QColor(0x6e, 0x77, 0x81));
        return {};
    case Qt::BackgroundRole:
        // Problems stand out: a bad signature or a body that is not JSON.
        if (signature == SignatureVerdict::Invalid || m_strings.at(row.type) == u"malformed")
            return QBrush(QColor(0xff, 0xeb, 0xe9));
        if (signature == SignatureVerdict::Missing)
            return QBrush(QColor(0xff, 0xf8, 0xc5));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole: return row.seq;
    case SignatureRole: return int(row.signature);
    case DuplicateOfRole: return row.duplicateOf;
    case TypeRole: return m_strings.at(row.type);
    default: return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn: return tr("#");
    case TimeColumn: return tr("Time");
    case KindColumn: return tr("Type / action");
    case SummaryColumn: return tr("Summary");
    case ForUserColumn: return tr("For user");
    case SignatureColumn: return tr("Signature");
    case DuplicateColumn: return tr("Duplicate");
    }
    return {};
}

EventTableModel::Row EventTableModel::toRow(const EventRecord &record)
{
    Row row;
    row.seq = record.seq;
    row.receivedAtMs = record.receivedAtMs;
    row.duplicateOf = record.duplicateOf;
    row.type = m_strings.intern(record.type);
    row.action = m_strings.intern(record.action);
    row.forUserId = m_strings.intern(record.forUserId);
    row.forUserName = m_strings.intern(record.forUserName);
    row.signature = quint8(record.signature);
    row.duplicateKind = quint8(record.duplicateKind);
    row.summary = record.summary;
    return row;
}

bool EventTableModel::matches(const Row &row) const
{
    if (m_filter.isEmpty())
        return true;
    return row.summary.contains(m_filter, Qt::CaseInsensitive)
        || m_strings.at(row.type).contains(m_filter, Qt::CaseInsensitive)
        || m_strings.at(row.action).contains(m_filter, Qt::CaseInsensitive)
        || m_strings.at(row.forUserId).contains(m_filter, Qt::CaseInsensitive)
        || m_strings.at(row.forUserName).contains(m_filter, Qt::CaseInsensitive);
}

void EventTableModel::append(const QList<EventRecord> &records)
{
    m_pending.append(records);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventTableModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<EventRecord> pending = std::exchange(m_pending, {});
    m_utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();

    std::vector<Row> fresh;
    fresh.reserve(size_t(pending.size()));
    for (const EventRecord &record : pending)
        fresh.push_back(toRow(record));
    const qsizetype firstNew = qsizetype(m_rows.size());

    if (!m_filtered) {
        beginInsertRows({}, int(firstNew), int(firstNew + qsizetype(fresh.size())) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(fresh.begin()),
                      std::make_move_iterator(fresh.end()));
        endInsertRows();
    } else {
        // Rows that do not match are stored but not shown: no signal for them.
        std::vector<qsizetype> added;
        for (size_t i = 0; i < fresh.size(); ++i) {
            if (matches(fresh[i]))
                added.push_back(firstNew + qsizetype(i));
        }
        m_rows.insert(m_rows.end(), std::make_move_iterator(fresh.begin()),
                      std::make_move_iterator(fresh.end()));
        if (!added.empty()) {
            const int first = int(m_visible.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_visible.insert(m_visible.end(), added.begin(), added.end());
            endInsertRows();
        }
    }
    Q_EMIT totalCountChanged(totalCount());
}

void EventTableModel::reset(const QList<EventRecord> &records)
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_rows.reserve(size_t(records.size()));
    for (const EventRecord &record : records)
        m_rows.push_back(toRow(record));
    m_visible.clear();
    if (m_filtered) {
        for (qsizetype i = 0; i < qsizetype(m_rows.size()); ++i) {
            if (matches(m_rows[size_t(i)]))
                m_visible.push_back(i);
        }
    }
    endResetModel();
    Q_EMIT totalCountChanged(totalCount());
}

void EventTableModel::clear()
{
    reset({});
}

void EventTableModel::setTextFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_filtered = !filter.isEmpty();
    m_visible.clear();
    if (m_filtered) {
        for (qsizetype i = 0; i < qsizetype(m_rows.size()); ++i) {
            if (matches(m_rows[size_t(i)]))
                m_visible.push_back(i);
        }
    }
    endResetModel();
}

qint64 EventTableModel::seqAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return visibleRow(row).seq;
}

int EventTableModel::rowOfSeq(qint64 seq) const
{
    // Rows are in seq order, so both the full list and the visible subset are sorted by seq.
    if (!m_filtered) {
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), seq,
                                         [](const Row &r, qint64 s) { return r.seq < s; });
        return it != m_rows.end() && it->seq == seq ? int(it - m_rows.begin()) : -1;
    }
    const auto it
        = std::lower_bound(m_visible.begin(), m_visible.end(), seq,
                           [this](qsizetype i, qint64 s) { return m_rows[size_t(i)].seq < s; });
    return it != m_visible.end() && m_rows[size_t(*it)].seq == seq ? int(it - m_visible.begin())
                                                                   : -1;
}
