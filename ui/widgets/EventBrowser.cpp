#include "widgets/EventBrowser.h"

#include "CaptureController.h"
#include "models/EventTableModel.h"
#include "store/CaptureReader.h"
#include "store/RecordExport.h"
#include "widgets/EventDetailPane.h"
#include "widgets/EventTableView.h"
#include "widgets/FilterBar.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString SplitterKey = QStringLiteral("EventBrowser/splitter");
const QString HeaderKey = QStringLiteral("EventBrowser/tableHeader");
const QString ExportDirKey = QStringLiteral("EventBrowser/exportDirectory");
} // namespace

//! An export running on a worker thread with its own store connection.
struct EventBrowser::Export
{
    std::atomic<bool> cancel {false};
    std::unique_ptr<QThread> thread;
};

EventBrowser::EventBrowser(QSettings &settings, CaptureController *capture, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_capture(capture)
    , m_filterBar(new FilterBar(settings))
    , m_table(new EventTableView)
    , m_detail(new EventDetailPane)
    , m_splitter(new QSplitter(Qt::Vertical))
{
    setObjectName(QStringLiteral("eventBrowser"));
    m_table->setModel(model());

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_table, 1);
    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_splitter);

    createActions();

    connect(m_filterBar, &FilterBar::filterChanged, model(), &EventTableModel::setFilter);
    connect(model(), &EventTableModel::filteringChanged, m_filterBar, &FilterBar::showRunning);
    connect(model(), &EventTableModel::filterApplied, this, [this](qint64 matches, qint64 ms) {
        m_filterBar->showResult(matches, model()->totalCount(), ms);
    });
    connect(model(), &EventTableModel::filterFailed, this,
            [this](const Error &error) { m_filterBar->showFailure(error.message); });
    connect(model(), &EventTableModel::totalCountChanged, this, [this](qint64 total) {
        if (!model()->isFiltering())
            m_filterBar->showResult(model()->rowCount(), total, -1);
    });
    connect(m_capture, &CaptureController::historyLoading, this, [this](bool loading) {
        if (loading)
            m_filterBar->showRunning(true);
    });
    connect(m_capture, &CaptureController::historyLoaded, this, [this](qint64 events, qint64 ms) {
        m_filterBar->showResult(model()->rowCount(), events, -1);
        if (events > 0)
            Q_EMIT statusMessage(tr("Opened %L1 stored events in %2 ms.").arg(events).arg(ms));
    });

    // A filter change resets the model; the selected event stays selected if it still shows.
    connect(model(), &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_seqBeforeReset = currentSeq(); });
    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        // A jump may take two resets ("only marked" off, then the filter cleared): it waits for
        // the one that shows its row.
        if (m_jumpTo) {
            if (model()->rowOfSeq(m_jumpTo) >= 0)
                selectSeq(std::exchange(m_jumpTo, 0));
            else if (m_filterBar->text().trimmed().isEmpty() && !m_actions.onlyMarked->isChecked())
                m_jumpTo = 0; // everything shows and it is not there: nothing to jump to
        } else if (m_seqBeforeReset && !m_table->isFollowing()) {
            selectSeq(m_seqBeforeReset);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventBrowser::showSelectedEvent);
    connect(m_table, &QWidget::customContextMenuRequested, this, &EventBrowser::showContextMenu);
    connect(m_table, &EventTableView::followingChanged, this, &EventBrowser::showFollowing);
    connect(m_table, &EventTableView::unseenRowsChanged, this, &EventBrowser::showFollowing);
    connect(m_capture, &CaptureController::detailsLoading, m_detail, &EventDetailPane::showLoading);
    connect(m_capture, &CaptureController::detailsReady, m_detail, &EventDetailPane::showDetail);
    connect(m_capture, &CaptureController::detailsFailed, m_detail, &EventDetailPane::showFailure);
    connect(m_detail, &EventDetailPane::filterRequested, m_filterBar, &FilterBar::setText);
    connect(m_detail, &EventDetailPane::seqRequested, this, &EventBrowser::jumpToSeq);
    showFollowing();
}

EventBrowser::~EventBrowser()
{
    if (m_export) {
        m_export->cancel.store(true);
        m_export->thread->wait();
    }
}

EventTableModel *EventBrowser::model() const
{
    return m_capture->model();
}

void EventBrowser::createActions()
{
    const auto make = [this](const QString &text, const char *name, const QKeySequence &key = {},
                             QWidget *owner = nullptr) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        (owner ? owner : this)->addAction(action);
        return action;
    };
    m_actions.follow = make(tr("&Follow New Events"), "followAction", Qt::Key_Space, m_table);
    m_actions.follow->setCheckable(true);
    m_actions.follow->setChecked(true);
    m_actions.follow->setToolTip(
        tr("Keep the newest event in view. Scrolling up or selecting an event pauses (Space)."));
    // Space belongs to buttons and combo boxes elsewhere: it toggles following only in the table.
    m_actions.follow->setShortcutContext(Qt::WidgetShortcut);
    connect(m_actions.follow, &QAction::triggered, this,
            [this](bool on) { m_table->setFollowing(on); });

    m_actions.freeze = make(tr("F&reeze Display"), "freezeAction");
    m_actions.freeze->setCheckable(true);
    m_actions.freeze->setToolTip(
        tr("Keep receiving and storing events, but stop changing the table until unfrozen."));
    connect(m_actions.freeze, &QAction::toggled, this, [this](bool on) {
        model()->setFrozen(on);
        Q_EMIT statusMessage(on ? tr("Display frozen: events are still received and stored.")
                                : tr("Display live again."));
    });

    m_actions.onlyMarked = make(tr("Show &Only Marked Events"), "onlyMarkedAction");
    m_actions.onlyMarked->setCheckable(true);
    connect(m_actions.onlyMarked, &QAction::toggled, model(), &EventTableModel::setShowOnlyMarked);

    m_actions.mark = make(tr("&Mark/Unmark Event"), "markAction", Qt::CTRL | Qt::Key_M);
    connect(m_actions.mark, &QAction::triggered, this, &EventBrowser::toggleMark);
    m_actions.nextMark = make(tr("Next Mark"), "nextMarkAction", Qt::Key_F3);
    connect(m_actions.nextMark, &QAction::triggered, this, [this] { jumpToMark(true); });
    m_actions.previousMark
        = make(tr("Previous Mark"), "previousMarkAction", Qt::SHIFT | Qt::Key_F3);
    connect(m_actions.previousMark, &QAction::triggered, this, [this] { jumpToMark(false); });

    m_actions.copyJson
        = make(tr("&Copy Event JSON"), "copyJsonAction", QKeySequence::Copy, m_table);
    // Text fields and the detail views keep their own Ctrl+C.
    m_actions.copyJson->setShortcutContext(Qt::WidgetShortcut);
    m_actions.copySummary = make(tr("Copy &Summary"), "copySummaryAction");
    m_actions.copyBody = make(tr("Copy Delivery &Body"), "copyBodyAction");
    for (QAction *copy : {m_actions.copyJson, m_actions.copySummary, m_actions.copyBody})
        connect(copy, &QAction::triggered, this, [this, copy] { copyCurrent(copy); });

    m_actions.focusFilter = make(tr("&Edit Filter"), "focusFilterAction", QKeySequence::Find);
    connect(m_actions.focusFilter, &QAction::triggered, this, [this] {
        m_filterBar->edit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->edit()->selectAll();
    });
    // The filter edit handles its own Esc; dialogs and menus keep theirs.
    m_actions.clearFilter = make(tr("C&lear Filter"), "clearFilterAction", Qt::Key_Escape, m_table);
    m_actions.clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(m_actions.clearFilter, &QAction::triggered, this,
            [this] { m_filterBar->setText(QString()); });

    m_actions.exportRows = make(tr("&Export Shown Events…"), "exportAction", Qt::CTRL | Qt::Key_E);
    connect(m_actions.exportRows, &QAction::triggered, this, &EventBrowser::askForExportPath);
}

qint64 EventBrowser::currentSeq() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? model()->seqAt(current.row()) : 0;
}

void EventBrowser::selectSeq(qint64 seq)
{
    const int row = model()->rowOfSeq(seq);
    if (row < 0)
        return;
    const QModelIndex index = model()->index(row, EventTableModel::SummaryColumn);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void EventBrowser::jumpToSeq(qint64 seq)
{
    m_table->setFollowing(false);
    if (model()->rowOfSeq(seq) >= 0) {
        selectSeq(seq);
        return;
    }
    // Hidden by the filter or "only marked": show everything, then select it.
    m_jumpTo = seq;
    m_actions.onlyMarked->setChecked(false);
    if (!m_filterBar->text().trimmed().isEmpty())
        m_filterBar->setText(QString());
    if (model()->rowOfSeq(seq) >= 0 && m_jumpTo) { // nothing was reset (already unfiltered)
        m_jumpTo = 0;
        selectSeq(seq);
    }
    Q_EMIT statusMessage(tr("Showing all events to go to #%1.").arg(seq));
}

void EventBrowser::showSelectedEvent()
{
    const qint64 seq = currentSeq();
    if (seq == 0) {
        m_detail->clear();
        return;
    }
    m_capture->requestDetails(seq);
}

void EventBrowser::showFollowing()
{
    const bool following = m_table->isFollowing();
    m_actions.follow->setChecked(following);
    if (following)
        m_actions.follow->setText(tr("● Following"));
    else if (m_table->unseenRows() > 0)
        m_actions.follow->setText(tr("‖ Paused · %L1 new").arg(m_table->unseenRows()));
    else
        m_actions.follow->setText(tr("‖ Paused"));
}

void EventBrowser::toggleMark()
{
    const qint64 seq = currentSeq();
    if (seq == 0)
        return;
    model()->setMarked(seq, !model()->isMarked(seq));
    Q_EMIT statusMessage(tr("%n marked event(s)", nullptr, model()->markCount()));
}

void EventBrowser::jumpToMark(bool forward)
{
    const QModelIndex current = m_table->currentIndex();
    const int row = model()->nextMarkedRow(current.isValid() ? current.row() : -1, forward);
    if (row < 0) {
        Q_EMIT statusMessage(model()->markCount() ? tr("No other marked event is shown.")
                                                  : tr("No event is marked (Ctrl+M marks one)."));
        return;
    }
    m_table->setFollowing(false);
    selectSeq(model()->seqAt(row));
}

void EventBrowser::copyCurrent(QAction *which)
{
    const qint64 seq = currentSeq();
    if (seq == 0)
        return;
    QString text;
    QString what;
    if (which == m_actions.copySummary) {
        text = model()->rowAt(m_table->currentIndex().row()).summary;
        what = tr("summary");
    } else {
        const Result<QByteArray> bytes = which == m_actions.copyJson ? m_capture->eventJson(seq)
                                                                     : m_capture->deliveryBody(seq);
        if (!bytes.ok()) {
            Q_EMIT statusMessage(bytes.error().message);
            return;
        }
        text = QString::fromUtf8(bytes.value());
        what = which == m_actions.copyJson ? tr("JSON") : tr("delivery body");
    }
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied the %1 of event #%2.").arg(what).arg(seq));
}

void EventBrowser::combineFilter(const QString &expression, const QString &how)
{
    const QString current = m_filterBar->text().trimmed();
    QString combined;
    if (how == u"not")
        combined = QStringLiteral("not (%1)").arg(expression);
    else if (how.isEmpty() || current.isEmpty())
        combined = expression;
    else
        combined = QStringLiteral("(%1) %2 (%3)").arg(current, how, expression);
    m_filterBar->setText(combined);
}

void EventBrowser::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_actions.mark);
    menu.addSeparator();
    menu.addAction(m_actions.copySummary);
    menu.addAction(m_actions.copyJson);
    menu.addAction(m_actions.copyBody);
    const QString expression = index.data(EventTableModel::FilterRole).toString();
    if (!expression.isEmpty()) {
        menu.addSeparator();
        QMenu *apply = menu.addMenu(tr("Apply as Filter"));
        apply->setObjectName(QStringLiteral("applyAsFilterMenu"));
        apply->setToolTip(expression);
        apply->addAction(tr("Selected: %1").arg(expression), this,
                         [this, expression] { combineFilter(expression, QString()); });
        apply->addAction(tr("Not Selected"), this,
                         [this, expression] { combineFilter(expression, QStringLiteral("not")); });
        if (!m_filterBar->text().trimmed().isEmpty()) {
            apply->addAction(tr("…and Selected"), this, [this, expression] {
                combineFilter(expression, QStringLiteral("and"));
            });
            apply->addAction(tr("…or Selected"), this, [this, expression] {
                combineFilter(expression, QStringLiteral("or"));
            });
        }
    }
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void EventBrowser::askForExportPath()
{
    if (m_export) {
        Q_EMIT statusMessage(tr("An export is still running."));
        return;
    }
    const QString directory
        = m_settings
              .value(ExportDirKey,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Shown Events"), directory + u"/events.ndjson",
        tr("NDJSON records (*.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(ExportDirKey, QFileInfo(path).absolutePath());
    exportShownRows(path);
}

void EventBrowser::exportShownRows(const QString &path)
{
    if (m_export)
        return;
    const QString store = m_capture->storePath();
    if (store.isEmpty()) {
        Q_EMIT exportFinished(Error(ErrorKind::Storage, tr("The capture store is not open.")),
                              path);
        return;
    }
    auto seqs = std::make_shared<const std::optional<std::vector<qint64>>>(model()->shownSeqs());
    m_export = std::make_unique<Export>();
    Export *job = m_export.get();
    QPointer<EventBrowser> self(this);
    m_export->thread.reset(QThread::create([self, job, store, path, seqs] {
        const auto result = [&]() -> Result<qint64> {
            auto reader = CaptureReader::open(store);
            if (!reader.ok())
                return reader.error();
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return Error(ErrorKind::Io,
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
            RecordExport::Options options;
            options.cancel = &job->cancel;
            if (*seqs) {
                options.include = [seqs](qint64 seq) {
                    return std::binary_search((*seqs)->begin(), (*seqs)->end(), seq);
                };
            }
            const Result<qint64> written = RecordExport::write(*reader.value(), file, options);
            if (!written.ok())
                return written;
            if (!file.commit())
                return Error(ErrorKind::Io,
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
            return written;
        }();
        QMetaObject::invokeMethod(
            self,
            [self, result, path] {
                if (!self)
                    return;
                self->m_export->thread->wait();
                self->m_export.reset();
                Q_EMIT self->exportFinished(result, path);
            },
            Qt::QueuedConnection);
    }));
    m_export->thread->setObjectName(QStringLiteral("event-export"));
    m_export->thread->start();
    Q_EMIT statusMessage(tr("Exporting to %1…").arg(path));
}

void EventBrowser::restoreLayout()
{
    m_splitter->restoreState(m_settings.value(SplitterKey).toByteArray());
    m_table->horizontalHeader()->restoreState(m_settings.value(HeaderKey).toByteArray());
}

void EventBrowser::saveLayout()
{
    m_settings.setValue(SplitterKey, m_splitter->saveState());
    m_settings.setValue(HeaderKey, m_table->horizontalHeader()->saveState());
}
