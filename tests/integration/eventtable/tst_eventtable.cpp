// The event browser over a stored capture of varied events, driven with real key presses and
// clicks under the offscreen platform: the filter bar (valid, invalid, JSON path, history, saved,
// quick filters), marks, the context menu, copying, column layout across restarts, export.
#include "AppTranslator.h"
#include "CaptureController.h"
#include "MainWindow.h"
#include "SampleCapture.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "events/FilterParser.h"
#include "models/EventTableModel.h"
#include "store/CaptureReader.h"
#include "store/StorePaths.h"
#include "widgets/EventBrowser.h"
#include "widgets/EventDetailPane.h"
#include "widgets/EventTableView.h"
#include "widgets/FilterBar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

constexpr int Deliveries = 120; // includes a redelivery (#100) and invalid signatures (#50, #100)

int expectedCount(const std::function<bool(qint64 n)> &select)
{
    int count = 0;
    for (qint64 n = 0; n < Deliveries; ++n)
        count += select(n) ? 1 : 0;
    return count;
}

int countOf(const QByteArray &kind)
{
    return expectedCount([&](qint64 n) { return SampleCapture::kindOf(n) == kind; });
}

// Clicks through a context menu as it opens: each step is the start of an item's text.
void clickMenuPath(const QStringList &path)
{
    auto remaining = std::make_shared<QStringList>(path);
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, remaining] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            const QString text = QString(action->text()).remove(u'&');
            if (!text.startsWith(remaining->first()) || !action->isVisible())
                continue;
            remaining->removeFirst();
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            if (remaining->isEmpty())
                poll->deleteLater();
            return;
        }
    });
    poll->start();
}

} // namespace

class TestEventTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void filtersTypedInTheBar();
    void historyWithTheUpArrowAndSavedFilters();
    void quickFilterButtons();
    void aRunningFilterGivesWayToTheNextKeystroke();
    void marksWithKeysAndTheContextMenu();
    void contextMenuAppliesAFieldAsFilter();
    void copiesTheSelectedEvent();
    void columnLayoutRestoredAfterRestart();
    void exportWritesTheShownRows();
    void rowsShowTheirKindAndTheirProblems();
    void detailLinksFilterAndJumpInTheTable();
    void menusShowTheShortcuts();

private:
    void openWindow();
    void typeFilter(const QString &text);
    EventTableModel *model() const { return m_window->captureController()->model(); }
    EventTableView *view() const { return m_window->findChild<EventTableView *>(u"eventTable"_s); }
    FilterBar *bar() const { return m_window->findChild<FilterBar *>(u"filterBar"_s); }
    QLineEdit *edit() const { return m_window->findChild<QLineEdit *>(u"filterEdit"_s); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    void clickRow(int row, int column = EventTableModel::SummaryColumn,
                  Qt::MouseButton button = Qt::LeftButton);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEventTable::initTestCase()
{
    installAppTranslators(*qApp, QLocale(QLocale::English));
}

void TestEventTable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_dir->filePath(u"data"_s).toUtf8());
    qputenv("X_CONSUMER_SECRET", "event-table-test-secret");
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(*m_settings, m_keychain);
    m_profiles->initialize();
    Profile sandbox = *m_profiles->profile(m_profiles->activeName());
    sandbox.responder.port = 0;
    sandbox.apiBase = u"http://127.0.0.1:0"_s; // its emulator on a free port too
    QVERIFY(m_profiles->update(sandbox).ok());
    const QString store = StorePaths::captureDatabase(m_profiles->activeName());
    QVERIFY(QDir().mkpath(QFileInfo(store).absolutePath()));
    QVERIFY(SampleCapture::write(store, Deliveries).ok());
    openWindow();
}

void TestEventTable::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestEventTable::openWindow()
{
    m_tester.reset();
    m_window = std::make_unique<MainWindow>(*m_settings, *m_profiles);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_window->startCapture();
    QTRY_COMPARE(model()->rowCount(), Deliveries);
}

void TestEventTable::typeFilter(const QString &text)
{
    edit()->setFocus();
    edit()->selectAll();
    QTest::keyClick(edit(), Qt::Key_Backspace);
    QTest::keyClicks(edit(), text);
}

void TestEventTable::clickRow(int row, int column, Qt::MouseButton button)
{
    const QModelIndex index = model()->index(row, column);
    view()->scrollTo(index);
    const QRect cell = view()->visualRect(index);
    QVERIFY(cell.isValid());
    QTest::mouseClick(view()->viewport(), button, {}, cell.center());
    if (button == Qt::RightButton) { // what the platform sends after a right click
        QContextMenuEvent menu(QContextMenuEvent::Mouse, cell.center(),
                               view()->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(view()->viewport(), &menu);
    }
}

void TestEventTable::filtersTypedInTheBar()
{
    auto *error = m_window->findChild<QLabel *>(u"filterError"_s);
    QCOMPARE(bar()->state(), FilterBar::State::Empty);

    typeFilter(u"type == favorite_events"_s);
    QCOMPARE(bar()->state(), FilterBar::State::Valid);
    const int favorites = countOf("favorite");
    QVERIFY(favorites > 10);
    QTRY_COMPARE(model()->rowCount(), favorites);
    for (int row = 0; row < model()->rowCount(); ++row)
        QCOMPARE(model()->index(row, 0).data(EventTableModel::ActionRole).toString(),
                 u"favorite"_s);
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"filterResult"_s)->text().section(u" · "_s, 0, 0),
                 u"%1 of %2 events"_s.arg(favorites).arg(Deliveries));

    // A mistake says what and where, and leaves the last good filter applied.
    typeFilter(u"type == favorite_events and"_s);
    QCOMPARE(bar()->state(), FilterBar::State::Invalid);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"Column 28: "_s), qPrintable(error->text()));
    QTest::qWait(300);
    QCOMPARE(model()->rowCount(), favorites);

    typeFilter(u"user == 2244994945 and action == favorite"_s);
    QVERIFY(!error->isVisible());
    const int expected = expectedCount(
        [](qint64 n) { return n % 20 < 6 && SampleCapture::kindOf(n) == "favorite"; });
    QVERIFY(expected > 0 && expected < favorites);
    QTRY_COMPARE(model()->rowCount(), expected);
    typeFilter(u"sig != valid"_s);
    QTRY_COMPARE(model()->rowCount(), expectedCount([](qint64 n) {
                     return SampleCapture::verdictOf(n) != WebhookCrypto::SignatureVerdict::Valid;
                 }));

    // A JSON path into the event (read from the store on a worker).
    typeFilter(u"$.favorited_status.user.screen_name == \"XDevelopers\""_s);
    QTRY_COMPARE(model()->rowCount(), favorites);
    typeFilter(u"$.message_create.message_data.text contains hello"_s);
    QTRY_COMPARE(model()->rowCount(), countOf("dm"));

    QTest::keyClick(edit(), Qt::Key_Escape);
    QCOMPARE(edit()->text(), QString());
    QCOMPARE(bar()->state(), FilterBar::State::Empty);
    QTRY_COMPARE(model()->rowCount(), Deliveries);

    // From the table: Ctrl+F goes to the filter with its text selected; Esc in the table clears.
    typeFilter(u"dup"_s);
    QTRY_COMPARE(model()->rowCount(), 1);
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit()->hasFocus());
    QCOMPARE(edit()->selectedText(), u"dup"_s);
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
    QTest::keyClick(view(), Qt::Key_Escape);
    QCOMPARE(edit()->text(), QString());
    QTRY_COMPARE(model()->rowCount(), Deliveries);
}

void TestEventTable::historyWithTheUpArrowAndSavedFilters()
{
    typeFilter(u"dup"_s);
    QTest::keyClick(edit(), Qt::Key_Return);
    QTRY_COMPARE(model()->rowCount(), 1);
    typeFilter(u"action == follow"_s);
    QTest::keyClick(edit(), Qt::Key_Return);
    QTRY_COMPARE(model()->rowCount(), countOf("follow"));

    typeFilter(u"act"_s);
    QTest::keyClick(edit(), Qt::Key_Up);
    QCOMPARE(edit()->text(), u"action == follow"_s);
    QTest::keyClick(edit(), Qt::Key_Up);
    QCOMPARE(edit()->text(), u"dup"_s);
    QTRY_COMPARE(model()->rowCount(), 1);
    QTest::keyClick(edit(), Qt::Key_Down);
    QTest::keyClick(edit(), Qt::Key_Down);
    QCOMPARE(edit()->text(), u"act"_s); // back to what was being typed

    // Saved filters are offered in the Saved menu, and both lists survive a restart.
    bar()->saveFilter(u"Unsigned or forged"_s, u"sig != valid"_s);
    m_window->close();
    openWindow();
    QCOMPARE(bar()->history().mid(0, 2), (QStringList {u"action == follow"_s, u"dup"_s}));
    clickMenuPath({u"Unsigned or forged"_s});
    QTest::mouseClick(m_window->findChild<QToolButton *>(u"savedFilters"_s), Qt::LeftButton);
    QTRY_COMPARE(edit()->text(), u"sig != valid"_s);
    QTRY_COMPARE(model()->rowCount(), expectedCount([](qint64 n) {
                     return SampleCapture::verdictOf(n) != WebhookCrypto::SignatureVerdict::Valid;
                 }));
}

void TestEventTable::quickFilterButtons()
{
    auto *likes = m_window->findChild<QToolButton *>(u"quickFilter_Likes"_s);
    QVERIFY(likes && likes->isVisible());
    QTest::mouseClick(likes, Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), countOf("favorite"));
    QTest::mouseClick(likes, Qt::LeftButton); // again: off
    QTRY_COMPARE(model()->rowCount(), Deliveries);

    QTest::mouseClick(m_window->findChild<QToolButton *>(u"quickFilter_DMs"_s), Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), countOf("dm") + countOf("dm.sent"));
    QTest::mouseClick(m_window->findChild<QToolButton *>(u"quickFilter_Duplicates"_s),
                      Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), countOf("redelivery"));
}

void TestEventTable::aRunningFilterGivesWayToTheNextKeystroke()
{
    QSignalSpy applied(model(), &EventTableModel::filterApplied);
    std::optional<FilterParser::Failure> failure;
    // Body filters run on a worker; the second call cancels the first, whose result never shows.
    model()->setFilter(FilterParser::parse(u"text contains \"Hello World\""_s, &failure));
    QVERIFY(model()->isFiltering());
    model()->setFilter(FilterParser::parse(u"text contains XDevelopers"_s, &failure));
    QTRY_COMPARE(applied.count(), 1);
    QTest::qWait(100);
    QCOMPARE(applied.count(), 1);
    const int mentions = expectedCount(
        [](qint64 n) { return SampleCapture::delivery(n).body.toLower().contains("xdevelopers"); });
    QVERIFY(mentions > 0 && mentions < Deliveries);
    QCOMPARE(model()->rowCount(), mentions);
    QCOMPARE(applied.at(0).at(0).toLongLong(), mentions);
}

void TestEventTable::marksWithKeysAndTheContextMenu()
{
    clickRow(3);
    QTest::keyClick(view(), Qt::Key_M, Qt::ControlModifier);
    QVERIFY(model()->index(3, 0).data(EventTableModel::MarkedRole).toBool());
    QCOMPARE(model()->index(3, 0).data().toString(), u"▶ 4"_s);
    clickRow(10);
    QTest::keyClick(view(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(model()->markCount(), 2);

    clickRow(0);
    QTest::keyClick(view(), Qt::Key_F3);
    QCOMPARE(view()->currentIndex().row(), 3);
    QTest::keyClick(view(), Qt::Key_F3);
    QCOMPARE(view()->currentIndex().row(), 10);
    QTest::keyClick(view(), Qt::Key_F3); // wraps around
    QCOMPARE(view()->currentIndex().row(), 3);
    QTest::keyClick(view(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view()->currentIndex().row(), 10);

    action(u"onlyMarkedAction"_s)->trigger();
    QTRY_COMPARE(model()->rowCount(), 2);
    // Unmarking from the context menu takes the row out of the marked-only view.
    clickMenuPath({u"Mark/Unmark Event"_s});
    clickRow(1, EventTableModel::SummaryColumn, Qt::RightButton);
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->seqAt(0), 4);
    action(u"onlyMarkedAction"_s)->trigger();
    QTRY_COMPARE(model()->rowCount(), Deliveries);
}

void TestEventTable::contextMenuAppliesAFieldAsFilter()
{
    const int row = 27; // for_user 3000000007
    const QString user = model()->index(row, EventTableModel::ForUserColumn).data().toString();
    QVERIFY2(user.startsWith(u"3000000007"_s), qPrintable(user));
    clickMenuPath({u"Apply as Filter"_s, u"Selected: user == 3000000007"_s});
    clickRow(row, EventTableModel::ForUserColumn, Qt::RightButton);
    QTRY_COMPARE(edit()->text(), u"user == 3000000007"_s);
    QTRY_COMPARE(model()->rowCount(), expectedCount([](qint64 n) { return n % 20 == 7; }));

    // "…and Selected" narrows what is there.
    clickMenuPath({u"Apply as Filter"_s, u"…and Selected"_s});
    clickRow(0, EventTableModel::KindColumn, Qt::RightButton);
    const QString kind = model()->index(0, EventTableModel::KindColumn).data().toString();
    QTRY_VERIFY(edit()->text().startsWith(u"(user == 3000000007) and (type == "_s));
    QTRY_VERIFY(model()->rowCount() >= 1);
    for (int r = 0; r < model()->rowCount(); ++r)
        QCOMPARE(model()->index(r, EventTableModel::KindColumn).data().toString(), kind);
}

void TestEventTable::copiesTheSelectedEvent()
{
    clickRow(7);
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    auto reader = CaptureReader::open(m_window->captureController()->storePath());
    QVERIFY(reader.ok());
    const auto record = reader.value()->event(8);
    QVERIFY(record.ok() && record.value());
    QTRY_COMPARE(QApplication::clipboard()->text().toUtf8(),
                 reader.value()->itemJson(*record.value()).value());
    QVERIFY(m_window->findChild<QLabel *>(u"messageLabel"_s)->text().contains(u"#8"_s));

    clickMenuPath({u"Copy Delivery Body"_s});
    clickRow(7, EventTableModel::SummaryColumn, Qt::RightButton);
    QTRY_COMPARE(QApplication::clipboard()->text().toUtf8(), SampleCapture::delivery(7).body);
    clickMenuPath({u"Copy Summary"_s});
    clickRow(7, EventTableModel::SummaryColumn, Qt::RightButton);
    QTRY_COMPARE(QApplication::clipboard()->text(),
                 model()->index(7, EventTableModel::SummaryColumn).data().toString());
}

void TestEventTable::columnLayoutRestoredAfterRestart()
{
    QHeaderView *header = view()->horizontalHeader();
    QVERIFY(header->isSectionHidden(EventTableModel::ActorColumn)); // a first run's choice
    QVERIFY(!header->isSectionHidden(EventTableModel::TimeColumn));
    // The header's menu shows Actor and hides Time; a column is dragged to the front.
    const auto rightClickHeader = [&header] { // by reference: the window is reopened below
        const QPoint at(20, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::RightButton, {}, at);
        QContextMenuEvent menu(QContextMenuEvent::Mouse, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &menu);
    };
    clickMenuPath({u"Actor"_s});
    rightClickHeader();
    QTRY_VERIFY(!header->isSectionHidden(EventTableModel::ActorColumn));
    clickMenuPath({u"Time"_s});
    rightClickHeader();
    QTRY_VERIFY(header->isSectionHidden(EventTableModel::TimeColumn));
    header->moveSection(header->visualIndex(EventTableModel::KindColumn), 0);
    header->resizeSection(EventTableModel::SummaryColumn, 333);

    m_window->close();
    openWindow();
    header = view()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(EventTableModel::ActorColumn));
    QVERIFY(header->isSectionHidden(EventTableModel::TimeColumn));
    QCOMPARE(header->logicalIndex(0), int(EventTableModel::KindColumn));
    QCOMPARE(header->sectionSize(EventTableModel::SummaryColumn), 333);

    // Reset Columns brings back the first run's layout.
    clickMenuPath({u"Reset Columns"_s});
    rightClickHeader();
    QTRY_VERIFY(header->isSectionHidden(EventTableModel::ActorColumn));
    QVERIFY(!header->isSectionHidden(EventTableModel::TimeColumn));
    QCOMPARE(header->logicalIndex(0), int(EventTableModel::SeqColumn));
    QCOMPARE(header->sectionSize(EventTableModel::SummaryColumn), 380);
}

void TestEventTable::exportWritesTheShownRows()
{
    typeFilter(u"action == follow or action == unfollow"_s);
    const int shown = countOf("follow") + countOf("unfollow");
    QTRY_COMPARE(model()->rowCount(), shown);
    auto *browser = m_window->eventBrowser();
    std::optional<Result<qint64>> outcome;
    connect(browser, &EventBrowser::exportFinished, this,
            [&](const Result<qint64> &written) { outcome.emplace(written); });
    const QString path = m_dir->filePath(u"follows.ndjson"_s);
    browser->exportShownRows(path);
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->ok());
    QCOMPARE(outcome->value(), shown);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), shown);
    for (const QByteArray &line : lines)
        QVERIFY(line.contains("\"type\":\"follow_events\""));
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"messageLabel"_s)
                    ->text()
                    .startsWith(u"Exported %1 events to "_s.arg(shown)));

    // Ctrl+E asks where to (the dialog blocks: it is answered as it opens).
    bool asked = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            asked = dialog->acceptMode() == QFileDialog::AcceptSave;
            dialog->reject();
        }
    });
    poll.start();
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(asked);
}

QTEST_MAIN(TestEventTable)
void TestEventTable::rowsShowTheirKindAndTheirProblems()
{
    const QColor problem(0xff, 0xd7, 0xd5); // forged signatures, malformed bodies
    const QColor unsigned_(0xff, 0xf3, 0xbf);
    QSet<QRgb> kindTints;
    int problems = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model()->index(row, column).data(role);
        };
        const QString kind = cell(EventTableModel::KindColumn).toString();
        const QString signature = cell(EventTableModel::SignatureColumn).toString();
        const QColor background
            = cell(EventTableModel::SummaryColumn, Qt::BackgroundRole).value<QBrush>().color();
        QVERIFY2(!cell(EventTableModel::KindColumn, Qt::DecorationRole).value<QIcon>().isNull(),
                 qPrintable(kind));
        if (signature.contains(u"invalid"_s) || kind.startsWith(u"malformed"_s)) {
            QCOMPARE(background, problem);
            ++problems;
        } else if (signature.contains(u"missing"_s)) {
            QCOMPARE(background, unsigned_);
        } else {
            QVERIFY2(background != problem && background != unsigned_, qPrintable(kind));
            kindTints.insert(background.rgb());
        }
    }
    QVERIFY(problems >= 2); // #50 and #100 are forged
    QVERIFY2(kindTints.size() >= 4, "each kind has its own tint");
}

void TestEventTable::detailLinksFilterAndJumpInTheTable()
{
    // The redelivery alone, and only marked rows on top: its first copy is hidden twice over.
    typeFilter(u"dup"_s);
    QTRY_COMPARE(model()->rowCount(), 1);
    clickRow(0);
    auto *pane = m_window->findChild<EventDetailPane *>();
    QVERIFY(pane);
    auto *duplicate = pane->findChild<QPushButton *>(u"summaryDuplicateLink"_s);
    QTRY_VERIFY(duplicate->isVisible());
    const qint64 first = duplicate->text().mid(1).toLongLong(); // "#N"
    QVERIFY(first > 0);
    QTest::keyClick(view(), Qt::Key_M, Qt::ControlModifier);
    action(u"onlyMarkedAction"_s)->trigger();
    QTRY_COMPARE(model()->rowCount(), 1);

    QTest::mouseClick(duplicate, Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), Deliveries);
    QVERIFY(edit()->text().isEmpty());
    QVERIFY(!action(u"onlyMarkedAction"_s)->isChecked());
    QTRY_COMPARE(
        model()->index(view()->currentIndex().row(), EventTableModel::SeqColumn).data().toString(),
        QString::number(first));

    // The first copy's type, as a filter, from its Summary tab.
    auto *typeLink = pane->findChild<QPushButton *>(u"summaryTypeLink"_s);
    QTRY_VERIFY(typeLink->isVisible());
    const QString type = typeLink->text();
    QTest::mouseClick(typeLink, Qt::LeftButton);
    QTRY_COMPARE(edit()->text(), u"type == "_s + type);
    QTRY_VERIFY(model()->rowCount() > 0 && model()->rowCount() < Deliveries);
    for (int row = 0; row < model()->rowCount(); ++row) {
        QVERIFY(model()
                    ->index(row, EventTableModel::KindColumn)
                    .data()
                    .toString()
                    .startsWith(type + u" / "_s));
    }
}

void TestEventTable::menusShowTheShortcuts()
{
    // What a user reads in the menus is what the keys do.
    QMap<QString, QString> shortcuts;
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *item : menu->menu()->actions()) {
            if (!item->shortcut().isEmpty())
                shortcuts.insert(QString(item->text()).remove(u'&'),
                                 item->shortcut().toString(QKeySequence::PortableText));
        }
    }
    const QStringList expected
        = {u"Ctrl+M"_s, u"F3"_s, u"Shift+F3"_s, u"Ctrl+F"_s, u"Ctrl+C"_s, u"Ctrl+E"_s, u"Space"_s};
    for (const QString &key : expected)
        QVERIFY2(shortcuts.values().contains(key), qPrintable(key + u" not in a menu"_s));
}

#include "tst_eventtable.moc"
