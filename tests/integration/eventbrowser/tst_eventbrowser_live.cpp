// The main window capturing live: real deliveries over loopback appear in the table in batches;
// selecting one shows its JSON and signature; the text filter; the table follows the tail only at
// the bottom; the history is back after a restart.
#include "AppTranslator.h"
#include "CaptureController.h"
#include "MainWindow.h"
#include "RawHttpClient.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookCrypto.h"
#include "widgets/EventDetailPane.h"
#include "widgets/EventTableView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Secret = "gui-test-consumer-secret";

QByteArray fixture(const QString &name)
{
    QFile file(QString::fromUtf8(AAC_SOURCE_DIR) + u"/resources/fixtures/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray signedPost(const QByteArray &body)
{
    return RawHttpClient::post(
        "/webhook", body,
        {"X-Twitter-Webhooks-Signature: " + WebhookCrypto::signature(Secret, body)});
}

QByteArray uniqueFavorite(int n)
{
    QByteArray body = fixture(u"aaa/favorite_events.json"_s);
    return body.replace("a7ba59eab0bfcba386f7acedac279542",
                        QByteArray("fav-" + QByteArray::number(n)));
}

} // namespace

class TestEventBrowserLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void liveEventsArriveInBatches();
    void selectingARowShowsJsonAndSignature();
    void payloadTextIsNeverMarkup();
    void textFilter();
    void followsTheTailOnlyAtTheBottom();
    void frozenDisplayKeepsReceiving();
    void historyIsBackAfterRestart();

private:
    void openWindow();
    int send(const QList<QByteArray> &requests);
    EventTableModel *model() const { return m_window->captureController()->model(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemoryCredentialStore m_keychain;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestEventBrowserLive::initTestCase()
{
    installAppTranslators(*qApp, QLocale(QLocale::English)); // as the application does at start
}

void TestEventBrowserLive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_dir->filePath(u"data"_s).toUtf8());
    qputenv("X_CONSUMER_SECRET", Secret);
    m_settings
        = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    // The first run's Sandbox profile, on a free port; X_CONSUMER_SECRET overrides its secret.
    m_profiles = std::make_unique<ProfileStore>(*m_settings, m_keychain);
    m_profiles->initialize();
    Profile sandbox = *m_profiles->profile(m_profiles->activeName());
    sandbox.responder.port = 0;
    sandbox.apiBase = u"http://127.0.0.1:0"_s; // its emulator on a free port too
    QVERIFY(m_profiles->update(sandbox).ok());
    openWindow();
}

void TestEventBrowserLive::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestEventBrowserLive::openWindow()
{
    m_tester.reset();
    m_window = std::make_unique<MainWindow>(*m_settings, *m_profiles);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->startCapture();
    QTRY_VERIFY(m_window->captureController()->isRunning());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

int TestEventBrowserLive::send(const QList<QByteArray> &requests)
{
    RawHttpClient client;
    if (!client.connectTo(quint16(m_window->captureController()->url().port())))
        return 0;
    int ok = 0;
    for (const QByteArray &request : requests) {
        client.send(request);
        if (client.readResponse().status == 200)
            ++ok;
    }
    return ok;
}

void TestEventBrowserLive::liveEventsArriveInBatches()
{
    auto *status = m_window->findChild<QLabel *>(u"responderLabel"_s);
    QVERIFY(status->text().startsWith(u"● Listening on http://127.0.0.1:"_s));

    QSignalSpy inserts(model(), &QAbstractItemModel::rowsInserted);
    QList<QByteArray> requests;
    for (int i = 0; i < 300; ++i)
        requests << signedPost(uniqueFavorite(i));
    QCOMPARE(send(requests), 300);
    QTRY_COMPARE(model()->rowCount(), 300);
    QVERIFY2(inserts.count() < 30,
             qPrintable(QString::number(inserts.count()))); // batched, not per row
    QCOMPARE(m_window->findChild<QLabel *>(u"countLabel"_s)->text(), u"300 events"_s);

    const QModelIndex summary = model()->index(0, EventTableModel::SummaryColumn);
    QCOMPARE(summary.data().toString(),
             u"@tester liked @XDevelopers's post \"Just a test to see how the Account Acti…\""_s);
    QCOMPARE(model()->index(0, EventTableModel::SignatureColumn).data().toString(), u"✓ valid"_s);
    QCOMPARE(model()->index(0, EventTableModel::ForUserColumn).data().toString(),
             u"2244994945 (@XDevelopers)"_s);

    // A redelivery and an unsigned POST are visible as such.
    send({signedPost(uniqueFavorite(0)), RawHttpClient::post("/webhook", uniqueFavorite(999))});
    QTRY_COMPARE(model()->rowCount(), 302);
    QCOMPARE(model()->index(300, EventTableModel::DuplicateColumn).data().toString(),
             u"redelivery of #1"_s);
    QCOMPARE(model()->index(301, EventTableModel::SignatureColumn).data().toString(),
             u"– missing"_s);

    RawHttpClient crc;
    QVERIFY(crc.connectTo(quint16(m_window->captureController()->url().port())));
    crc.send(RawHttpClient::get("/webhook?crc_token=abc"));
    QCOMPARE(crc.readResponse().status, 200);
    QTRY_VERIFY(m_window->findChild<QLabel *>(u"crcLabel"_s)->text().startsWith(u"Last CRC "_s));
}

void TestEventBrowserLive::selectingARowShowsJsonAndSignature()
{
    QCOMPARE(send({signedPost(fixture(u"aaa/follow.json"_s)),
                   signedPost(fixture(u"aaa/favorite_events.json"_s))}),
             2);
    QTRY_COMPARE(model()->rowCount(), 2);
    auto *view = m_window->findChild<EventTableView *>(u"eventTable"_s);
    const QRect cell = view->visualRect(model()->index(1, EventTableModel::SummaryColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());

    // The body exactly as received, on the Raw tab; X's key order, not alphabetical: id,
    // created_at, timestamp_ms, favorited_status, user.
    auto *raw = m_window->findChild<QPlainTextEdit *>(u"detailRaw"_s);
    QTRY_VERIFY(raw->toPlainText().contains(u"\"id\": \"a7ba59eab0bfcba386f7acedac279542\""_s));
    QVERIFY(raw->toPlainText().indexOf(u"\"created_at\""_s)
            < raw->toPlainText().indexOf(u"\"timestamp_ms\""_s));
    auto *tree = m_window->findChild<QTreeView *>(u"detailTree"_s);
    QCOMPARE(tree->model()->index(0, 1).data().toString(),
             u"\"a7ba59eab0bfcba386f7acedac279542\""_s);

    auto *detail = m_window->findChild<EventDetailPane *>(u"eventDetail"_s);
    detail->setCurrentIndex(EventDetailPane::HeadersTabIndex);
    const QString verdict = m_window->findChild<QLabel *>(u"detailVerdict"_s)->text();
    QVERIFY2(verdict.startsWith(u"Valid:"_s), qPrintable(verdict));
    const QString expected = QString::fromLatin1(
        WebhookCrypto::signature(Secret, fixture(u"aaa/favorite_events.json"_s)));
    QCOMPARE(m_window->findChild<QLabel *>(u"detailReceivedSignature"_s)->text(), expected);
    QCOMPARE(m_window->findChild<QLabel *>(u"detailComputedSignature"_s)->text(), expected);
    auto *headers = m_window->findChild<QTableWidget *>(u"detailHeaders"_s);
    QStringList names;
    for (int r = 0; r < headers->rowCount(); ++r)
        names << headers->item(r, 0)->text();
    QVERIFY(names.contains(u"X-Twitter-Webhooks-Signature"_s));

    // Keyboard: Up selects the follow event.
    QTest::keyClick(view, Qt::Key_Up);
    QTRY_VERIFY(raw->toPlainText().contains(u"\"type\": \"follow\""_s));
}

void TestEventBrowserLive::payloadTextIsNeverMarkup()
{
    QCOMPARE(send({signedPost(fixture(u"aaa/tweet_create_quote.json"_s))}), 1);
    QTRY_COMPARE(model()->rowCount(), 1);
    auto *view = m_window->findChild<EventTableView *>(u"eventTable"_s);
    view->selectRow(0);
    auto *summary = m_window->findChild<QLabel *>(u"detailSummary"_s);
    QTRY_VERIFY(summary->text().contains(u"<b>one</b> & more"_s));
    QCOMPARE(summary->textFormat(), Qt::PlainText);
}

void TestEventBrowserLive::textFilter()
{
    QCOMPARE(send({signedPost(fixture(u"aaa/follow.json"_s)),
                   signedPost(fixture(u"aaa/favorite_events.json"_s)),
                   signedPost(fixture(u"aaa/unfollow.json"_s)),
                   signedPost(fixture(u"aaa/direct_message_events.json"_s))}),
             4);
    QTRY_COMPARE(model()->rowCount(), 4);
    auto *filter = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
    QTest::keyClicks(filter, u"type == follow_events"_s);
    QTRY_COMPARE(model()->rowCount(), 2); // follow and unfollow
    filter->clear();
    QTest::keyClicks(filter, u"UNFOLLOWED @xdev"_s); // case-insensitive
    QTRY_COMPARE(model()->rowCount(), 1);

    // Live events that match appear; others are kept but hidden.
    send({signedPost(fixture(u"aaa/unfollow.json"_s).replace("1517588749178", "1517588749999")),
          signedPost(uniqueFavorite(7))});
    QTRY_COMPARE(model()->totalCount(), 6);
    QTRY_COMPARE(model()->rowCount(), 2);

    QTest::keyClick(filter, Qt::Key_Escape);
    QTRY_COMPARE(model()->rowCount(), 6);
}

void TestEventBrowserLive::followsTheTailOnlyAtTheBottom()
{
    QList<QByteArray> first;
    for (int i = 0; i < 120; ++i)
        first << signedPost(uniqueFavorite(i));
    QCOMPARE(send(first), 120);
    QTRY_COMPARE(model()->rowCount(), 120);
    auto *view = m_window->findChild<EventTableView *>(u"eventTable"_s);
    auto *follow = m_window->findChild<QAction *>(u"followAction"_s);
    QTRY_VERIFY(view->isAtBottom()); // a new window follows
    QVERIFY(view->verticalScrollBar()->maximum() > 0);
    QVERIFY(follow->isChecked());
    QCOMPARE(follow->text(), u"● Following"_s);

    QList<QByteArray> more;
    for (int i = 120; i < 160; ++i)
        more << signedPost(uniqueFavorite(i));
    QCOMPARE(send(more), 40);
    QTRY_COMPARE(model()->rowCount(), 160);
    QTRY_VERIFY(view->isAtBottom()); // followed

    // The user turns the mouse wheel up to read: following pauses, new rows are counted.
    const QPoint middle = view->viewport()->rect().center();
    QWheelEvent wheel(middle, view->viewport()->mapToGlobal(middle), QPoint(), QPoint(0, 360),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QTRY_VERIFY(!follow->isChecked());
    const int readingAt = view->verticalScrollBar()->value();
    QVERIFY(readingAt < view->verticalScrollBar()->maximum());
    view->resetColumns(); // once counted every new row twice
    QList<QByteArray> later;
    for (int i = 160; i < 200; ++i)
        later << signedPost(uniqueFavorite(i));
    QCOMPARE(send(later), 40);
    QTRY_COMPARE(model()->rowCount(), 200);
    QTest::qWait(100);
    QCOMPARE(view->verticalScrollBar()->value(), readingAt); // stayed where the user is
    QCOMPARE(follow->text(), u"‖ Paused · 40 new"_s);

    // Space in the table resumes and jumps to the newest row.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(follow->isChecked());
    QTRY_VERIFY(view->isAtBottom());
    QCOMPARE(follow->text(), u"● Following"_s);

    // Selecting a row by clicking pauses too; the toolbar button resumes.
    const QRect cell = view->visualRect(model()->index(195, EventTableModel::SummaryColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(!follow->isChecked());
    send({signedPost(uniqueFavorite(500))});
    QTRY_COMPARE(model()->rowCount(), 201);
    QCOMPARE(view->currentIndex().row(), 195);
    auto *toolBar = m_window->findChild<QToolBar *>(u"captureToolBar"_s);
    QTest::mouseClick(toolBar->widgetForAction(follow), Qt::LeftButton);
    QVERIFY(follow->isChecked());
    QTRY_VERIFY(view->isAtBottom());
}

void TestEventBrowserLive::frozenDisplayKeepsReceiving()
{
    QCOMPARE(send({signedPost(uniqueFavorite(1)), signedPost(uniqueFavorite(2))}), 2);
    QTRY_COMPARE(model()->rowCount(), 2);
    auto *freeze = m_window->findChild<QAction *>(u"freezeAction"_s);
    auto *toolBar = m_window->findChild<QToolBar *>(u"captureToolBar"_s);
    QTest::mouseClick(toolBar->widgetForAction(freeze), Qt::LeftButton);
    QVERIFY(freeze->isChecked());

    // Stored and counted, but the table does not move.
    QCOMPARE(send({signedPost(uniqueFavorite(3)), signedPost(uniqueFavorite(4)),
                   signedPost(uniqueFavorite(5))}),
             3);
    QTRY_COMPARE(model()->totalCount(), 5);
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"countLabel"_s)->text(), u"5 events"_s);
    QTest::qWait(200); // several flush intervals
    QCOMPARE(model()->rowCount(), 2);

    QTest::mouseClick(toolBar->widgetForAction(freeze), Qt::LeftButton);
    QVERIFY(!freeze->isChecked());
    QTRY_COMPARE(model()->rowCount(), 5);
    QCOMPARE(model()->index(4, EventTableModel::EventIdColumn).data().toString(), u"fav-5"_s);
}

void TestEventBrowserLive::historyIsBackAfterRestart()
{
    QCOMPARE(send({signedPost(fixture(u"aaa/follow.json"_s)), signedPost(uniqueFavorite(1))}), 2);
    QTRY_COMPARE(model()->rowCount(), 2);
    m_window->close();
    openWindow();
    QTRY_COMPARE(model()->rowCount(), 2);
    QCOMPARE(model()->index(0, EventTableModel::KindColumn).data().toString(),
             u"follow_events / follow"_s);
}

QTEST_MAIN(TestEventBrowserLive)
#include "tst_eventbrowser_live.moc"
