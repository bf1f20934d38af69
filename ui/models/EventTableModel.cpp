#include "models/EventTableModel.h"

#include "events/FilterText.h"
#include "models/FilterJob.h"
#include "models/KindStyle.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QThread>
#include <QTime>

#include <algorithm>

using WebhookCrypto::SignatureVerdict;

//! A filter running on a worker thread. The thread reads rows [0, count) of the model's RowStore;
//! the model waits for it before it replaces or clears the store.
struct EventTableModel::Job
{
    std::atomic<bool> cancel {false};
    quint64 generation = 0;
    std::unique_ptr<QThread> thread;
};

namespace {
// Below this many rows an index-only filter is decided on the spot: it takes a few milliseconds,
// and the table does not flicker through a "filtering…" state.
constexpr qsizetype SynchronousFilterRows = 200'000;
} // namespace

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

EventTableModel::~EventTableModel()
{
    cancelJob();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_listed ? qsizetype(m_visible.size()) : m_announced);
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qsizetype EventTableModel::storeIndex(int row) const
{
    return m_listed ? m_visible[size_t(row)] : qsizetype(row);
}

QString EventTableModel::timeText(qint64 ms) const
{
    const qint64 local = ms + qint64(m_utcOffsetSeconds) * 1000;
    const qint64 dayMs = 24LL * 3600 * 1000;
    return QTime::fromMSecsSinceStartOfDay(int(((local % dayMs) + dayMs) % dayMs))
        .toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString EventTableModel::person(quint32 id, quint32 name) const
{
    const QString &who = m_strings.at(name);
    const QString &number = m_strings.at(id);
    return who.isEmpty() ? number : QString(number + u" (" + who + u')');
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRow &row = rowAt(index.row());
    const auto signature = SignatureVerdict(row.signature);
    const QString &type = m_strings.at(row.type);
    const bool marked = m_marks.contains(row.seq);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return marked ? QString(u"▶ " + QString::number(row.seq)) : QString::number(row.seq);
        case TimeColumn: return timeText(row.receivedAtMs);
        case SourceColumn:
            // A malformed body has no source; "UNKNOWN" would only repeat the red row.
            return EventSource(row.source) == EventSource::Unknown
                ? QString()
                : EventNames::source(EventSource(row.source)).toUpper();
        case KindColumn: return QString(type + u" / " + m_strings.at(row.action));
        case SummaryColumn: return row.summary;
        case ForUserColumn: return person(row.forUserId, row.forUserName);
        case ActorColumn: return person(row.actorId, row.actorName);
        case TargetColumn: return person(row.targetId, row.targetName);
        case EventIdColumn: return row.eventId;
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
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return KindStyle::icon(type, m_strings.at(row.action));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return row.summary;
        if (index.column() == SignatureColumn && signature != SignatureVerdict::Valid)
            return signature == SignatureVerdict::Invalid
                ? tr("The x-twitter-webhooks-signature header does not match the body signed "
                     "with your consumer secret.")
                : tr("The request carried no x-twitter-webhooks-signature header.");
        if (index.column() == DuplicateColumn && row.duplicateOf)
            return DuplicateKind(row.duplicateKind) == DuplicateKind::Fanout
                ? tr("The same activity delivered for another subscribed user.")
                : tr("X delivered this activity again for the same user.");
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SignatureColumn && signature == SignatureVerdict::Valid)
            return QBrush(QColor(0x1a, 0x7f, 0x37));
        if (index.column() == DuplicateColumn
            || (row.duplicateOf && index.column() == SummaryColumn))
            return QBrush(QColor(0x6e, 0x77, 0x81));
        return {};
    case Qt::BackgroundRole:
        // Problems stand out over the kind's tint; marks over everything.
        if (marked)
            return QBrush(QColor(0xc8, 0xdc, 0xff));
        if (signature == SignatureVerdict::Invalid || type == u"malformed")
            return QBrush(QColor(0xff, 0xd7, 0xd5));
        if (signature == SignatureVerdict::Missing)
            return QBrush(QColor(0xff, 0xf3, 0xbf));
        return QBrush(KindStyle::tint(type, m_strings.at(row.action)));
    case Qt::FontRole:
        if (marked) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SeqColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole: return row.seq;
    case SignatureRole: return int(row.signature);
    case DuplicateOfRole: return row.duplicateOf;
    case TypeRole: return type;
    case ActionRole: return m_strings.at(row.action);
    case MarkedRole: return marked;
    case FilterRole: {
        const auto quoted = [](const QString &text) { return FilterText::value(text); };
        switch (index.column()) {
        case SeqColumn: return QStringLiteral("seq == %1").arg(row.seq);
        case SourceColumn:
            return QStringLiteral("source == %1").arg(EventNames::source(EventSource(row.source)));
        case KindColumn:
            return QStringLiteral("type == %1 and action == %2")
                .arg(type, m_strings.at(row.action));
        case ForUserColumn:
            return m_strings.at(row.forUserId).isEmpty()
                ? QString()
                : QStringLiteral("user == %1").arg(m_strings.at(row.forUserId));
        case ActorColumn:
            return m_strings.at(row.actorId).isEmpty()
                ? QString()
                : QStringLiteral("actor == %1").arg(m_strings.at(row.actorId));
        case TargetColumn:
            return m_strings.at(row.targetId).isEmpty()
                ? QString()
                : QStringLiteral("target == %1").arg(m_strings.at(row.targetId));
        case EventIdColumn: return QStringLiteral("id == %1").arg(quoted(row.eventId));
        case SignatureColumn:
            return QStringLiteral("sig == %1").arg(WebhookCrypto::verdictName(signature));
        case DuplicateColumn:
            return row.duplicateOf
                ? QStringLiteral("dup == %1")
                      .arg(EventNames::duplicateKind(DuplicateKind(row.duplicateKind)))
                : QStringLiteral("not dup");
        case SummaryColumn:
            return QStringLiteral("text contains %1").arg(quoted(row.summary.left(40)));
        case TimeColumn:
            return QStringLiteral("time >= %1")
                .arg(QDateTime::fromMSecsSinceEpoch(row.receivedAtMs).toString(Qt::ISODate));
        }
        return {};
    }
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
    case SourceColumn: return tr("Source");
    case KindColumn: return tr("Type / action");
    case SummaryColumn: return tr("Summary");
    case ForUserColumn: return tr("For user");
    case ActorColumn: return tr("Actor");
    case TargetColumn: return tr("Target");
    case EventIdColumn: return tr("Event id");
    case SignatureColumn: return tr("Signature");
    case DuplicateColumn: return tr("Duplicate");
    }
    return {};
}

void EventTableModel::beginLoading()
{
    clear();
    m_loading = true;
}

void EventTableModel::adopt(LoadedIndex index)
{
    cancelJob();
    m_loading = false;
    beginResetModel();
    m_rows = std::move(index.rows);
    m_strings = std::move(index.strings);
    m_announced = m_rows->size();
    m_matches.clear();
    m_unannounced.clear();
    m_visible.clear();
    m_listed = false;
    endResetModel();
    // Records that arrived while the capture was loading, minus those the load already had.
    const qint64 lastLoaded = m_rows->size() ? m_rows->at(m_rows->size() - 1).seq : 0;
    QList<EventRecord> later;
    QList<QByteArray> laterBodies;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending[i].seq > lastLoaded) {
            later.append(m_pending[i]);
            laterBodies.append(m_pendingBodies.value(i));
        }
    }
    m_pending = later;
    m_pendingBodies = laterBodies;
    Q_EMIT totalCountChanged(totalCount());
    if (!m_filter.isEmpty() || m_onlyMarked) {
        const FilterExpression again = m_filterSource;
        setFilter(again);
    }
    flush();
}

void EventTableModel::append(const QList<EventRecord> &records, const QList<QByteArray> &bodies)
{
    m_pending.append(records);
    for (qsizetype i = 0; i < records.size(); ++i)
        m_pendingBodies.append(bodies.value(i));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void EventTableModel::flush()
{
    m_flushTimer.stop();
    if (m_loading)
        return;
    if (!m_pending.isEmpty()) {
        m_utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
        const QList<EventRecord> pending = std::exchange(m_pending, {});
        const QList<QByteArray> bodies = std::exchange(m_pendingBodies, {});
        const qsizetype first = m_rows->size();
        for (const EventRecord &record : pending)
            m_rows->append(toEventRow(record, m_strings));
        if (!m_filter.isEmpty()) {
            // New strings may have arrived with these rows; decide them before testing.
            m_filter.extend(m_strings);
            for (qsizetype i = first; i < m_rows->size(); ++i) {
                if (m_filter.matches(m_rows->at(i), QByteArrayView(bodies.value(i - first))))
                    m_unannounced.push_back(i);
            }
        }
        Q_EMIT totalCountChanged(totalCount());
    }
    if (m_frozen || m_job)
        return;
    if (!m_listed) {
        if (m_announced < m_rows->size()) {
            beginInsertRows({}, int(m_announced), int(m_rows->size()) - 1);
            m_announced = m_rows->size();
            endInsertRows();
        }
        return;
    }
    std::vector<qsizetype> added = std::exchange(m_unannounced, {});
    if (m_filter.isEmpty()) { // marked-only without a filter: everything new is a candidate
        for (qsizetype i = m_announced; i < m_rows->size(); ++i)
            added.push_back(i);
    }
    m_announced = m_rows->size();
    m_matches.insert(m_matches.end(), added.begin(), added.end());
    if (m_onlyMarked) {
        added.erase(
            std::remove_if(added.begin(), added.end(),
                           [this](qsizetype i) { return !m_marks.contains(m_rows->at(i).seq); }),
            added.end());
    }
    if (added.empty())
        return;
    const int firstRow = int(m_visible.size());
    beginInsertRows({}, firstRow, firstRow + int(added.size()) - 1);
    m_visible.insert(m_visible.end(), added.begin(), added.end());
    endInsertRows();
}

void EventTableModel::clear()
{
    adopt(LoadedIndex());
}

void EventTableModel::setFrozen(bool frozen)
{
    m_frozen = frozen;
    if (!frozen)
        flush();
}

void EventTableModel::setFilter(const FilterExpression &expression)
{
    cancelJob();
    m_filterClock.start();
    m_filterSource = expression;
    m_filter = IndexFilter(expression, m_strings);
    m_unannounced.clear();
    m_matches.clear();
    if (m_filter.isEmpty()) {
        rebuildVisible();
        Q_EMIT filterApplied(totalCount(), m_filterClock.elapsed());
        return;
    }
    if (!m_filter.needsBody() && m_rows->size() <= SynchronousFilterRows) {
        for (qsizetype i = 0; i < m_rows->size(); ++i) {
            if (m_filter.matches(m_rows->at(i), QByteArrayView()))
                m_matches.push_back(i);
        }
        rebuildVisible();
        Q_EMIT filterApplied(qint64(m_matches.size()), m_filterClock.elapsed());
        return;
    }
    startJob();
}

void EventTableModel::startJob()
{
    auto job = std::make_shared<Job>();
    job->generation = ++m_generation;
    const qsizetype count = m_rows->size();
    const RowStore *rows = m_rows.get();
    auto filter = std::make_shared<const IndexFilter>(m_filter);
    const QString path = m_storePath;
    QPointer<EventTableModel> self(this);
    job->thread.reset(QThread::create(
        [self, job = job.get(), rows, count, filter, path, generation = job->generation] {
            auto result = FilterJob::run(*rows, count, *filter, path, job->cancel);
            if (job->cancel.load())
                return;
            QMetaObject::invokeMethod(
                self,
                [self, generation, result = std::move(result)]() mutable {
                    if (self)
                        self->finishJob(generation, std::move(result));
                },
                Qt::QueuedConnection);
        }));
    job->thread->setObjectName(QStringLiteral("event-filter"));
    m_job = job;
    // Rows [0, count) are the worker's; what arrives from now on is tested as it comes.
    m_announced = count;
    job->thread->start();
    Q_EMIT filteringChanged(true);
}

void EventTableModel::finishJob(quint64 generation, Result<std::vector<qsizetype>> result)
{
    if (!m_job || generation != m_job->generation)
        return;
    m_job->thread->wait();
    m_job.reset();
    Q_EMIT filteringChanged(false);
    if (!result.ok()) {
        Q_EMIT filterFailed(result.error());
        return;
    }
    m_matches = result.takeValue();
    m_matches.insert(m_matches.end(), m_unannounced.begin(), m_unannounced.end());
    m_unannounced.clear();
    rebuildVisible();
    Q_EMIT filterApplied(qint64(m_matches.size()), m_filterClock.elapsed());
}

void EventTableModel::cancelJob()
{
    if (!m_job)
        return;
    m_job->cancel.store(true);
    m_job->thread->wait();
    m_job.reset();
    Q_EMIT filteringChanged(false);
}

void EventTableModel::rebuildVisible()
{
    beginResetModel();
    m_listed = !m_filter.isEmpty() || m_onlyMarked;
    m_visible.clear();
    if (m_listed) {
        if (m_onlyMarked) {
            if (m_filter.isEmpty()) {
                for (qsizetype i = 0; i < m_rows->size(); ++i) {
                    if (m_marks.contains(m_rows->at(i).seq))
                        m_visible.push_back(i);
                }
            } else {
                for (qsizetype i : m_matches) {
                    if (m_marks.contains(m_rows->at(i).seq))
                        m_visible.push_back(i);
                }
            }
        } else {
            m_visible = m_matches;
        }
    }
    m_announced = m_rows->size();
    endResetModel();
}

void EventTableModel::setShowOnlyMarked(bool only)
{
    if (only == m_onlyMarked)
        return;
    m_onlyMarked = only;
    if (m_job)
        return; // applied when the running filter finishes
    rebuildVisible();
}

void EventTableModel::setMarked(qint64 seq, bool marked)
{
    if (marked == m_marks.contains(seq))
        return;
    if (marked)
        m_marks.insert(seq);
    else
        m_marks.remove(seq);
    const int row = rowOfSeq(seq);
    if (row < 0)
        return;
    if (m_onlyMarked && !marked) {
        beginRemoveRows({}, row, row);
        m_visible.erase(m_visible.begin() + row);
        endRemoveRows();
        return;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EventTableModel::nextMarkedRow(int row, bool forward) const
{
    if (m_marks.isEmpty())
        return -1;
    const qint64 from = seqAt(row);
    QList<qint64> seqs(m_marks.begin(), m_marks.end());
    std::sort(seqs.begin(), seqs.end());
    if (!forward)
        std::reverse(seqs.begin(), seqs.end());
    // First the marks after (before) the current row, then wrap around.
    for (int pass = 0; pass < 2; ++pass) {
        for (qint64 seq : seqs) {
            const bool beyond = forward ? seq > from : seq < from;
            if (pass == 0 && !beyond)
                continue;
            const int candidate = rowOfSeq(seq);
            if (candidate >= 0 && candidate != row)
                return candidate;
        }
    }
    return -1;
}

qint64 EventTableModel::seqAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return rowAt(row).seq;
}

int EventTableModel::rowOfSeq(qint64 seq) const
{
    // Rows are in seq order, so both the store and the visible subset are sorted by seq.
    if (!m_listed) {
        qsizetype low = 0;
        qsizetype high = m_announced;
        while (low < high) {
            const qsizetype mid = (low + high) / 2;
            if (m_rows->at(mid).seq < seq)
                low = mid + 1;
            else
                high = mid;
        }
        return low < m_announced && m_rows->at(low).seq == seq ? int(low) : -1;
    }
    const auto it
        = std::lower_bound(m_visible.begin(), m_visible.end(), seq,
                           [this](qsizetype i, qint64 s) { return m_rows->at(i).seq < s; });
    return it != m_visible.end() && m_rows->at(*it).seq == seq ? int(it - m_visible.begin()) : -1;
}

std::optional<std::vector<qint64>> EventTableModel::shownSeqs() const
{
    if (!m_listed && !m_frozen)
        return std::nullopt;
    std::vector<qint64> seqs;
    const int rows = rowCount();
    seqs.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        seqs.push_back(rowAt(row).seq);
    return seqs;
}
