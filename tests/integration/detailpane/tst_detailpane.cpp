// The detail pane as a user drives it: events captured into a real store, read back through the
// DetailLoader on its worker thread, shown in the four tabs; links, buttons and context menus
// clicked with QTest; a 4 MiB delivery that must not freeze the window.
#include "DetailFixture.h"
#include "events/EventFilter.h"
#include "events/FilterParser.h"
#include "models/JsonTreeModel.h"
#include "widgets/EventDetailPane.h"
#include "widgets/detail/ChunkedTextView.h"
#include "widgets/detail/JsonHighlighter.h"
#include "widgets/detail/JsonTreeTab.h"
#include "widgets/detail/RawBodyTab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace DetailFixture;

namespace {

QString labelText(const QWidget *root, const QString &name)
{
    const auto *label = root->findChild<QLabel *>(name);
    if (!label)
        qFatal("no label %s", qPrintable(name));
    return label->text();
}

//! The tree row at `path`, expanding the way there as a user would.
QModelIndex findNode(QTreeView *view, const QString &path, const QModelIndex &parent = {})
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const QString here = index.data(JsonTreeModel::PathRole).toString();
        if (here == path)
            return index;
        if (path.startsWith(here + u'.') || path.startsWith(here + u'[')) {
            view->expand(index);
            return findNode(view, path, index);
        }
    }
    return {};
}

//! Opens the tree's context menu on `index` with a right click and clicks the entry `text`.
void clickContextMenuEntry(QTreeView *view, const QModelIndex &index, const QString &text)
{
    view->scrollTo(index);
    const QPoint at = view->visualRect(index).center();
    bool clicked = false;
    QTimer::singleShot(0, view, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (action->text() == text) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                clicked = true;
                return;
            }
        }
        menu->close();
    });
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at); // select, as a user would
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
    QVERIFY2(clicked, qPrintable(text));
}

QByteArray fourMiBBody()
{
    // One favorite whose post carries a very long entity list: a single compact 4 MiB line, as X
    // sends bodies, which is the worst case for a text view.
    QByteArray body = fixture(u"aaa/favorite_events.json"_s).simplified();
    QByteArray mentions = R"("user_mentions": [)";
    int n = 0;
    while (mentions.size() < 4 * 1024 * 1024 - body.size() - 100) {
        ++n;
        mentions += R"({"screen_name": "user)" + QByteArray::number(n) + R"(", "id": )"
            + QByteArray::number(1'200'000'000'000'000'000LL + n) + R"(, "indices": [0, 9]},)";
    }
    mentions.chop(1);
    mentions += ']';
    body.replace(R"("user_mentions": [])", mentions);
    return body;
}

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void summaryShowsTheDecodedFields();
    void markupInPayloadIsShownLiterally();
    void linksAskForFilters();
    void duplicateLinkJumpsToTheFirstCopy();
    void tabsAreReachedByClicks();
    void treeShowsTheItemAndPassesTheModelTester();
    void contextMenuCopiesPathAndValue();
    void applyAsFilterSelectsThisEvent();
    void expandAndCollapseAll();
    void rawShowsTheBodyExactly();
    void prettyPrintKeepsKeyOrder();
    void malformedBody();
    void severalArraysShowTheirOwnItem();
    void xaaEnvelope();
    void headersAndSignatureVerdicts_data();
    void headersAndSignatureVerdicts();
    void invalidUtf8Body();
    void longLinesAndLineEndsSurviveTheView();
    void highlighterColoursEachPart();
    void newerSelectionWins();
    void fourMiBDeliveryKeepsTheWindowResponsive();

private:
    //! Stores `body` and shows its record `index` in the pane through the loader.
    EventRecord show(const QByteArray &body, int index = 0, Signing signing = Signing::Valid);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<DetailLoader> m_loader;
    std::unique_ptr<EventDetailPane> m_pane;
};

void TestDetailPane::init()
{
    m_store = std::make_unique<Store>();
    m_loader = std::make_unique<DetailLoader>();
    m_loader->setStore(m_store->path());
    m_loader->setConsumerSecret(Secret);
    m_pane = std::make_unique<EventDetailPane>();
    connect(m_loader.get(), &DetailLoader::loaded, m_pane.get(), &EventDetailPane::showDetail);
    connect(m_loader.get(), &DetailLoader::failed, m_pane.get(),
            [this](qint64, const Error &error) { m_pane->showFailure(error); });
    m_pane->resize(1100, 650);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestDetailPane::cleanup()
{
    m_pane.reset();
    m_loader.reset();
    m_store.reset();
}

EventRecord TestDetailPane::show(const QByteArray &body, int index, Signing signing)
{
    const QList<EventRecord> records = m_store->add(delivery(body, signing));
    const EventRecord record = records.value(index);
    QSignalSpy loaded(m_loader.get(), &DetailLoader::loaded);
    m_pane->showLoading(record.seq);
    m_loader->load(record.seq);
    if (!loaded.wait(10000))
        qFatal("event #%lld was not loaded", record.seq);
    return record;
}

void TestDetailPane::summaryShowsTheDecodedFields()
{
    const EventRecord r = show(fixture(u"aaa/favorite_events.json"_s));
    const QWidget *pane = m_pane.get();
    QCOMPARE(labelText(pane, u"detailStatus"_s), u"Event #%1"_s.arg(r.seq));
    QCOMPARE(labelText(pane, u"summarySeq"_s), u"#%1"_s.arg(r.seq));
    QVERIFY(labelText(pane, u"summaryReceived"_s).endsWith(u"2025-11-27T03:25:31.669Z UTC"_s));
    QCOMPARE(labelText(pane, u"summarySource"_s), u"Account Activity API (aaa)"_s);
    QCOMPARE(pane->findChild<QPushButton *>(u"summaryTypeLink"_s)->text(), u"favorite_events"_s);
    QCOMPARE(labelText(pane, u"summaryTypeLinkText"_s), u"/ favorite"_s);
    QCOMPARE(pane->findChild<QPushButton *>(u"summaryUserLink"_s)->text(), u"2244994945"_s);
    QCOMPARE(labelText(pane, u"summaryUserLinkText"_s), u"@XDevelopers"_s);
    QCOMPARE(pane->findChild<QPushButton *>(u"summaryActorLink"_s)->text(), u"4337869213"_s);
    QCOMPARE(labelText(pane, u"summaryActorLinkText"_s), u"@tester"_s);
    QCOMPARE(labelText(pane, u"summaryEventId"_s), u"a7ba59eab0bfcba386f7acedac279542"_s);
    QCOMPARE(labelText(pane, u"summarySignature"_s), u"✓ valid"_s);
    QVERIFY(!pane->findChild<QPushButton *>(u"summaryDuplicateLink"_s)->isVisible());
    QCOMPARE(labelText(pane, u"summaryDelivery"_s), u"#%1"_s.arg(r.deliveryId));
    QCOMPARE(labelText(pane, u"summaryRemote"_s), u"127.0.0.1"_s);
    QVERIFY(labelText(pane, u"detailSummary"_s).startsWith(u"@tester liked @XDevelopers's post"_s));
}

void TestDetailPane::markupInPayloadIsShownLiterally()
{
    show(fixture(u"aaa/tweet_create_quote.json"_s));
    auto *summary = m_pane->findChild<QLabel *>(u"detailSummary"_s);
    QVERIFY2(summary->text().contains(u"<b>one</b> & more"_s), qPrintable(summary->text()));
    QCOMPARE(summary->textFormat(), Qt::PlainText);
    // Every label of the pane that can hold payload text is plain text.
    for (const QLabel *label : m_pane->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"summary"_s)
            || label->objectName().startsWith(u"detail"_s))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }

    // Names with markup and '&': shown as written, never as a mnemonic or a tag.
    EventRecord r;
    r.seq = 7;
    r.type = u"odd&type"_s;
    r.actorId = u"1&2"_s;
    r.actorName = u"@<i>x</i>"_s;
    m_pane->showLoading(r.seq);
    m_pane->showDetail(DetailLoader::prepare(r, std::nullopt, "{}", {}));
    auto *actor = m_pane->findChild<QPushButton *>(u"summaryActorLink"_s);
    QCOMPARE(actor->text(), u"1&&2"_s); // QAbstractButton shows "&&" as "&"
    QCOMPARE(labelText(m_pane.get(), u"summaryActorLinkText"_s), u"@<i>x</i>"_s);
    QCOMPARE(m_pane->findChild<QPushButton *>(u"summaryTypeLink"_s)->text(), u"odd&&type"_s);
}

void TestDetailPane::linksAskForFilters()
{
    const QByteArray body = fixture(u"aaa/favorite_events.json"_s);
    const EventRecord r = show(body);
    QSignalSpy filters(m_pane.get(), &EventDetailPane::filterRequested);
    const QList<std::pair<QString, QString>> links = {
        {u"summaryUserLink"_s, u"user == 2244994945"_s},
        {u"summaryActorLink"_s, u"actor == 4337869213"_s},
        {u"summaryTargetLink"_s, u"target == 2244994945"_s},
        {u"summaryTypeLink"_s, u"type == favorite_events"_s},
    };
    for (const auto &[name, filter] : links) {
        auto *link = m_pane->findChild<QPushButton *>(name);
        QVERIFY(link->isVisible());
        QTest::mouseClick(link, Qt::LeftButton);
        QCOMPARE(filters.takeFirst().at(0).toString(), filter);
        // The filter the link writes selects this event.
        const auto parsed = EventFilter::parse(filter);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().matches(r, body));
    }
    // Keyboard too: the links are buttons.
    auto *user = m_pane->findChild<QPushButton *>(u"summaryUserLink"_s);
    user->setFocus();
    QTest::keyClick(user, Qt::Key_Space);
    QCOMPARE(filters.count(), 1);
}

void TestDetailPane::duplicateLinkJumpsToTheFirstCopy()
{
    const QByteArray body = fixture(u"aaa/follow.json"_s);
    const EventRecord first = m_store->add(delivery(body)).at(0);
    const EventRecord again = show(body); // X sent it again
    QCOMPARE(again.duplicateOf, first.seq);
    auto *link = m_pane->findChild<QPushButton *>(u"summaryDuplicateLink"_s);
    QVERIFY(link->isVisible());
    QCOMPARE(link->text(), u"#%1"_s.arg(first.seq));
    QVERIFY(labelText(m_pane.get(), u"summaryDuplicateLinkText"_s).startsWith(u"redelivery"_s));
    QSignalSpy jumps(m_pane.get(), &EventDetailPane::seqRequested);
    QSignalSpy filters(m_pane.get(), &EventDetailPane::filterRequested);
    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(jumps.count(), 1);
    QCOMPARE(jumps.at(0).at(0).toLongLong(), first.seq);
    QCOMPARE(filters.count(), 0);
}

void TestDetailPane::tabsAreReachedByClicks()
{
    show(fixture(u"aaa/follow.json"_s));
    QTabBar *bar = m_pane->tabBar();
    QCOMPARE(bar->count(), 4);
    const QStringList titles = {u"Summary"_s, u"JSON tree"_s, u"Raw"_s, u"Headers && signature"_s};
    for (int i = 3; i >= 0; --i) {
        QCOMPARE(bar->tabText(i), titles[i]);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
        QCOMPARE(m_pane->currentIndex(), i);
        QVERIFY(m_pane->currentWidget()->isVisible());
    }
}

void TestDetailPane::treeShowsTheItemAndPassesTheModelTester()
{
    JsonTreeModel *model = m_pane->jsonTreeTab()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    show(fixture(u"aaa/favorite_events.json"_s));
    m_pane->setCurrentIndex(EventDetailPane::JsonTreeTabIndex);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->index(0, JsonTreeModel::KeyColumn).data().toString(), u"id"_s);
    QCOMPARE(model->index(3, JsonTreeModel::KeyColumn).data().toString(), u"favorited_status"_s);
    QTreeView *view = m_pane->jsonTreeTab()->view();
    QVERIFY(view->isExpanded(model->index(3, 0))); // the first level is open
    // The next event replaces the tree (a model reset under the tester).
    show(fixture(u"aaa/follow.json"_s));
    QCOMPARE(model->index(0, JsonTreeModel::KeyColumn).data().toString(), u"type"_s);
}

void TestDetailPane::contextMenuCopiesPathAndValue()
{
    QByteArray body = fixture(u"aaa/tweet_create_events.json"_s);
    body.replace(R"("hashtags": [])", R"("hashtags": [{"text": "XDev", "indices": [0, 5]}])");
    show(body);
    m_pane->setCurrentIndex(EventDetailPane::JsonTreeTabIndex);
    QTreeView *view = m_pane->jsonTreeTab()->view();
    QClipboard *clipboard = QGuiApplication::clipboard();

    const QModelIndex hashtag = findNode(view, u"$.entities.hashtags[0].text"_s);
    QVERIFY(hashtag.isValid());
    clickContextMenuEntry(view, hashtag, u"Copy path"_s);
    QCOMPARE(clipboard->text(), u"$.entities.hashtags[0].text"_s);
    clickContextMenuEntry(view, hashtag, u"Copy value"_s);
    QCOMPARE(clipboard->text(), u"XDev"_s); // unquoted

    const QModelIndex name = findNode(view, u"$.user.screen_name"_s);
    clickContextMenuEntry(view, name, u"Copy path"_s);
    QCOMPARE(clipboard->text(), u"$.user.screen_name"_s);

    const QModelIndex entities = findNode(view, u"$.entities"_s);
    clickContextMenuEntry(view, entities, u"Copy value"_s);
    QCOMPARE(clipboard->text(),
             u"{\"hashtags\":[{\"text\":\"XDev\",\"indices\":[0,5]}],\"urls\":[],"
             "\"user_mentions\":[],\"symbols\":[]}"_s); // compact, X's key order

    // Ctrl+C in the tree copies the current value.
    view->setFocus();
    view->setCurrentIndex(findNode(view, u"$.id_str"_s));
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), u"973555004052652032"_s);
}

void TestDetailPane::applyAsFilterSelectsThisEvent()
{
    const QByteArray body = fixture(u"odd/several_arrays.json"_s);
    const QList<EventRecord> records = m_store->add(delivery(body));
    QCOMPARE(records.size(), 4);
    const EventRecord &second = records[1];
    QSignalSpy loaded(m_loader.get(), &DetailLoader::loaded);
    m_loader->load(second.seq);
    QVERIFY(loaded.wait());
    m_pane->setCurrentIndex(EventDetailPane::JsonTreeTabIndex);
    QTreeView *view = m_pane->jsonTreeTab()->view();
    auto *apply = m_pane->findChild<QToolButton *>(u"treeApplyFilterButton"_s);
    QSignalSpy filters(m_pane.get(), &EventDetailPane::filterRequested);

    const QList<std::pair<QString, QString>> cases = {
        {u"$.user.screen_name"_s, u"$.user.screen_name == \"furiouscamper\""_s},
        {u"$.timestamp_ms"_s, u"$.timestamp_ms == 1522082040000"_s},
        {u"$.favorited_status.id_str"_s, u"$.favorited_status.id_str == \"973555004052652099\""_s},
    };
    for (const auto &[path, expected] : cases) {
        view->setCurrentIndex(findNode(view, path));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(filters.count(), 1);
        const QString filter = filters.takeFirst().at(0).toString();
        QCOMPARE(filter, expected);
        std::optional<FilterParser::Failure> failure;
        FilterParser::parse(filter, &failure);
        QVERIFY(!failure);
        const EventFilter parsed = EventFilter::parse(filter).value();
        QVERIFY(parsed.matches(second, body));
        QVERIFY(!parsed.matches(records[0], body)); // the other favorite of the same delivery
    }

    // Through the context menu as well.
    clickContextMenuEntry(view, findNode(view, u"$.id"_s), u"Apply as filter"_s);
    QCOMPARE(filters.takeFirst().at(0).toString(), u"$.id == \"fav-2\""_s);
}

void TestDetailPane::expandAndCollapseAll()
{
    show(fixture(u"aaa/favorite_events.json"_s));
    m_pane->setCurrentIndex(EventDetailPane::JsonTreeTabIndex);
    QTreeView *view = m_pane->jsonTreeTab()->view();
    const QModelIndex user = findNode(view, u"$.favorited_status.user"_s);
    view->collapseAll();
    QTest::mouseClick(m_pane->findChild<QToolButton *>(u"treeExpandAllButton"_s), Qt::LeftButton);
    QVERIFY(view->isExpanded(user));
    QVERIFY(view->isExpanded(user.parent()));
    QTest::mouseClick(m_pane->findChild<QToolButton *>(u"treeCollapseAllButton"_s), Qt::LeftButton);
    QVERIFY(!view->isExpanded(user));
    QVERIFY(!view->isExpanded(user.parent()));
}

void TestDetailPane::rawShowsTheBodyExactly()
{
    const QByteArray body = fixture(u"aaa/direct_message_events.json"_s);
    show(body);
    m_pane->setCurrentIndex(EventDetailPane::RawTabIndex);
    ChunkedTextView *raw = m_pane->rawTab()->view();
    QCOMPARE(raw->objectName(), u"detailRaw"_s);
    QVERIFY(raw->isComplete());
    QCOMPARE(raw->shownText(), QString::fromUtf8(body));
    QCOMPARE(raw->font().fixedPitch() || QFontInfo(raw->font()).fixedPitch(), true);
    // Coloured: a key and a string of the first lines carry different formats.
    const QTextBlock line = raw->document()->findBlockByNumber(1); // "  "for_user_id": "…",
    QVERIFY(!line.layout()->formats().isEmpty());
    QVERIFY(labelText(m_pane.get(), u"rawNote"_s).contains(u"B"_s)); // the body's size
    // Select all + copy gives the body.
    raw->setFocus();
    raw->selectAll();
    raw->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(body));
}

void TestDetailPane::prettyPrintKeepsKeyOrder()
{
    // Compact, as X sends it.
    const QByteArray body = fixture(u"aaa/favorite_events.json"_s).simplified();
    show(body);
    m_pane->setCurrentIndex(EventDetailPane::RawTabIndex);
    ChunkedTextView *raw = m_pane->rawTab()->view();
    auto *pretty = m_pane->findChild<QCheckBox *>(u"rawPrettyToggle"_s);
    QVERIFY(pretty->isEnabled());
    QCOMPARE(raw->shownText(), QString::fromUtf8(body));
    QTest::mouseClick(pretty, Qt::LeftButton);
    QVERIFY(pretty->isChecked());
    const QString text = raw->shownText();
    QVERIFY(
        text.startsWith(u"{\n  \"for_user_id\": \"2244994945\",\n  \"favorite_events\": [\n"_s));
    QVERIFY(text.indexOf(u"\"created_at\""_s) < text.indexOf(u"\"timestamp_ms\""_s));
    QVERIFY(text.contains(u"\"id\": 973555004052652032,"_s)); // the literal, not a double
    QTest::mouseClick(pretty, Qt::LeftButton);
    QCOMPARE(raw->shownText(), QString::fromUtf8(body));
}

void TestDetailPane::malformedBody()
{
    const QByteArray body = fixture(u"odd/truncated_body.json"_s);
    const EventRecord r = show(body);
    QCOMPARE(r.type, u"malformed"_s);
    auto *pretty = m_pane->findChild<QCheckBox *>(u"rawPrettyToggle"_s);
    QVERIFY(!pretty->isEnabled());
    QCOMPARE(m_pane->rawTab()->view()->shownText(), QString::fromUtf8(body));
    const QString note = labelText(m_pane.get(), u"rawNote"_s);
    QVERIFY2(note.startsWith(u"Not JSON at byte %1:"_s.arg(body.size())), qPrintable(note));
    QVERIFY(note.contains(u"exactly as received"_s));
    m_pane->setCurrentIndex(EventDetailPane::JsonTreeTabIndex);
    auto *treeNote = m_pane->findChild<QLabel *>(u"treeNote"_s);
    QVERIFY(treeNote->isVisible());
    QVERIFY(treeNote->text().startsWith(u"This item is not JSON"_s));
    QCOMPARE(m_pane->jsonTreeTab()->model()->rowCount(), 0);
    QCOMPARE(labelText(m_pane.get(), u"summaryTypeLinkText"_s), u"/ unknown"_s);
}

void TestDetailPane::severalArraysShowTheirOwnItem()
{
    const QByteArray body = fixture(u"odd/several_arrays.json"_s);
    const EventRecord follow = show(body, 2);
    QCOMPARE(follow.type, u"follow_events"_s);
    JsonTreeModel *model = m_pane->jsonTreeTab()->model();
    QCOMPARE(model->index(0, 0).data().toString(), u"type"_s);
    QCOMPARE(model->index(0, JsonTreeModel::ValueColumn).data().toString(), u"\"follow\""_s);
    QCOMPARE(m_pane->findChild<QPushButton *>(u"summaryActorLink"_s)->text(), u"3001969357"_s);
    // The raw tab shows the whole delivery, all arrays.
    QCOMPARE(m_pane->rawTab()->view()->shownText(), QString::fromUtf8(body));

    const EventRecord unknown = show(body, 3);
    QCOMPARE(unknown.action, u"unknown"_s);
    QCOMPARE(m_pane->findChild<QPushButton *>(u"summaryTypeLink"_s)->text(), u"brand_new_events"_s);
    QCOMPARE(model->index(0, 0).data().toString(), u"something"_s);
}

void TestDetailPane::xaaEnvelope()
{
    show(fixture(u"xaa/post_create.json"_s));
    QCOMPARE(labelText(m_pane.get(), u"summarySource"_s), u"X Activity API (xaa)"_s);
    QCOMPARE(m_pane->findChild<QPushButton *>(u"summaryTypeLink"_s)->text(), u"post.create"_s);
    QSignalSpy filters(m_pane.get(), &EventDetailPane::filterRequested);
    QTest::mouseClick(m_pane->findChild<QPushButton *>(u"summaryTypeLink"_s), Qt::LeftButton);
    QCOMPARE(filters.at(0).at(0).toString(), u"type == post.create"_s);
    JsonTreeModel *model = m_pane->jsonTreeTab()->model();
    QCOMPARE(model->index(0, 0).data().toString(), u"data"_s);
}

void TestDetailPane::headersAndSignatureVerdicts_data()
{
    QTest::addColumn<int>("signing");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("valid") << int(Signing::Valid)
                           << u"Valid: the HMAC-SHA256 of the %1 body bytes"_s;
    QTest::newRow("invalid") << int(Signing::OtherSecret)
                             << u"Invalid: the received signature does not match the one computed "
                                "from the %1 body bytes: the body was changed or the secret "
                                "differs."_s;
    QTest::newRow("missing") << int(Signing::None) << u"Missing: the request had no"_s;
}

void TestDetailPane::headersAndSignatureVerdicts()
{
    QFETCH(int, signing);
    QFETCH(QString, verdict);
    const QByteArray body = fixture(u"aaa/follow.json"_s);
    show(body, 0, Signing(signing));
    QTabBar *bar = m_pane->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {},
                      bar->tabRect(EventDetailPane::HeadersTabIndex).center());
    const QString shown = labelText(m_pane.get(), u"detailVerdict"_s);
    if (verdict.contains(u"%1"_s))
        verdict = verdict.arg(QLocale().toString(body.size()));
    QVERIFY2(shown.startsWith(verdict), qPrintable(shown));

    const QString computed = QString::fromLatin1(WebhookCrypto::signature(Secret, body));
    QCOMPARE(labelText(m_pane.get(), u"detailComputedSignature"_s), computed);
    const QString received = labelText(m_pane.get(), u"detailReceivedSignature"_s);
    if (Signing(signing) == Signing::Valid)
        QCOMPARE(received, computed);
    else if (Signing(signing) == Signing::OtherSecret)
        QCOMPARE(received, QString::fromLatin1(WebhookCrypto::signature("another-app", body)));
    else
        QCOMPARE(received, u"(none)"_s);
    QCOMPARE(labelText(m_pane.get(), u"detailRequest"_s),
             u"POST /webhook?x=1 — answered HTTP %1"_s.arg(
                 Signing(signing) == Signing::OtherSecret ? 401 : 200));
    QCOMPARE(labelText(m_pane.get(), u"detailRemote"_s), u"127.0.0.1"_s);

    auto *headers = m_pane->findChild<QTableWidget *>(u"detailHeaders"_s);
    QStringList names;
    for (int row = 0; row < headers->rowCount(); ++row)
        names << headers->item(row, 0)->text();
    QStringList expected = {u"Host"_s, u"Content-Type"_s};
    if (Signing(signing) != Signing::None)
        expected << u"X-Twitter-Webhooks-Signature"_s;
    expected << u"x-custom-Spelling"_s; // order and spelling as sent
    QCOMPARE(names, expected);
    QCOMPARE(headers->item(int(expected.size()) - 1, 1)->text(), u"kept as sent"_s);
}

void TestDetailPane::invalidUtf8Body()
{
    QByteArray body = R"({"for_user_id": "1", "favorite_events": [{"id": "x", "text": "bad )";
    body += "\xff\xfe\xc3 \x80 end\"}]}";
    show(body);
    ChunkedTextView *raw = m_pane->rawTab()->view();
    QVERIFY(raw->isComplete());
    const QString text = raw->shownText();
    QCOMPARE(text.count(QChar(QChar::ReplacementCharacter)), 4);
    QVERIFY(text.startsWith(u"{\"for_user_id\": \"1\""_s));
    QVERIFY(text.endsWith(u" end\"}]}"_s));
    QVERIFY(labelText(m_pane.get(), u"rawNote"_s).contains(u"not valid UTF-8"_s));
    QVERIFY(m_pane->findChild<QCheckBox *>(u"rawPrettyToggle"_s)->isEnabled());
    // QJsonDocument refuses the bytes, so the decoder files the body as malformed; the tree is
    // built from the bytes themselves, and the bad bytes come out as replacement characters.
    QTreeView *view = m_pane->jsonTreeTab()->view();
    const QModelIndex bad = findNode(view, u"$.favorite_events[0].text"_s);
    QVERIFY(bad.isValid());
    QCOMPARE(bad.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             u"\"bad \ufffd\ufffd\ufffd \ufffd end\""_s);

    // A NUL byte and a lone CR inside a string: not JSON by RFC 8259 (QJsonDocument lets them
    // pass), shown as they are.
    QByteArray nul = "{\"text\": \"a";
    nul += QByteArray("\0\r", 2);
    nul += "b\"}";
    show(nul);
    QCOMPARE(raw->content(), QString::fromUtf8(nul));
    QVERIFY(raw->isComplete());
    QVERIFY(m_pane->findChild<QLabel *>(u"treeNote"_s)->text().contains(u"control character"_s));
}

void TestDetailPane::longLinesAndLineEndsSurviveTheView()
{
    // Lines far longer than a block, CR LF, a lone CR and U+2029 in the text itself: the view
    // splits and the document turns line ends into blocks, yet the text comes back unchanged.
    QString text = u"first\r\n"_s + QString(3 * ChunkedTextView::MaxBlockLength + 17, u'a')
        + u"\rmid"_s + QChar(QChar::ParagraphSeparator) + u"x,"_s.repeated(9000) + u"\n\nend"_s;
    ChunkedTextView view;
    view.resize(600, 300);
    view.show();
    view.setContent(text);
    QTRY_VERIFY(view.isComplete());
    QVERIFY(view.document()->blockCount() > 8);
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s)
        .replace(u'\r', u'\n')
        .replace(QChar(QChar::ParagraphSeparator), u'\n');
    QCOMPARE(view.shownText(), normalised);
    view.selectAll();
    view.copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    // A part of the long line, across a split, copies without a line break.
    QTextCursor part(view.document());
    part.setPosition(8 + ChunkedTextView::MaxBlockLength - 2);
    part.setPosition(8 + ChunkedTextView::MaxBlockLength + 5, QTextCursor::KeepAnchor);
    view.setTextCursor(part);
    view.copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString(6, u'a'));
}

void TestDetailPane::highlighterColoursEachPart()
{
    ChunkedTextView view; // as the Raw tab has it
    QTextDocument &document = *view.document();
    JsonHighlighter highlighter(&document);
    // The second line continues a string the first one opened, as a split long line does.
    view.setContent(
        u"{\"key\": \"va\\\"l\", \"n\": -1.5e3, \"t\": true, \"z\": null, \"s\": \"open\n"
        "still string\", \"k2\": 1}"_s);
    const auto colourAt = [&](int blockNumber, const QString &needle) {
        const QTextBlock block = document.findBlockByNumber(blockNumber);
        const int at = int(block.text().indexOf(needle));
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (at >= range.start && at < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    const QColor key = colourAt(0, u"\"key\""_s);
    const QColor string = colourAt(0, u"\"va"_s);
    const QColor number = colourAt(0, u"-1.5e3"_s);
    const QColor literal = colourAt(0, u"true"_s);
    QVERIFY(key.isValid() && string.isValid() && number.isValid() && literal.isValid());
    QCOMPARE(QSet<QRgb>({key.rgb(), string.rgb(), number.rgb(), literal.rgb()}).size(), 4);
    QCOMPARE(colourAt(0, u"null"_s), literal);
    QCOMPARE(colourAt(0, u"\"n\""_s), key);
    QCOMPARE(colourAt(0, u"l\""_s), string); // past the escaped quote, still the string
    QCOMPARE(colourAt(1, u"still"_s), string); // carried over from the line before
    QCOMPARE(colourAt(1, u"\"k2\""_s), key);
    QCOMPARE(colourAt(1, u"1}"_s), number);
}

void TestDetailPane::newerSelectionWins()
{
    const EventRecord big = m_store->add(delivery(fourMiBBody())).at(0);
    const EventRecord small = m_store->add(delivery(fixture(u"aaa/follow.json"_s))).at(0);
    QSignalSpy loaded(m_loader.get(), &DetailLoader::loaded);
    m_pane->showLoading(big.seq);
    m_loader->load(big.seq);
    QCOMPARE(labelText(m_pane.get(), u"detailStatus"_s), u"Loading event #%1…"_s.arg(big.seq));
    m_pane->showLoading(small.seq);
    m_loader->load(small.seq);
    QVERIFY(loaded.wait(10000));
    QTest::qWait(300); // the big one would have arrived by now if it were not dropped
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).value<EventDetail>().record.seq, small.seq);
    QCOMPARE(labelText(m_pane.get(), u"detailStatus"_s), u"Event #%1"_s.arg(small.seq));

    // A late answer for an earlier selection does not replace what is shown.
    EventRecord stale = big;
    m_pane->showDetail(DetailLoader::prepare(stale, std::nullopt, "{}", {}));
    QCOMPARE(labelText(m_pane.get(), u"detailStatus"_s), u"Event #%1"_s.arg(small.seq));
    // Nor after the selection was cleared.
    m_pane->clear();
    m_pane->showDetail(DetailLoader::prepare(small, std::nullopt, "{}", {}));
    QCOMPARE(labelText(m_pane.get(), u"detailStatus"_s), QString());
}

void TestDetailPane::fourMiBDeliveryKeepsTheWindowResponsive()
{
    const QByteArray body = fourMiBBody();
    QVERIFY(body.size() > 4 * 1024 * 1024 - 4096 && body.size() <= 4 * 1024 * 1024);
    const EventRecord r = m_store->add(delivery(body)).at(0);
    m_pane->setCurrentIndex(EventDetailPane::RawTabIndex);

    // For the report: what a plain setPlainText of this body costs on the GUI thread.
    {
        QPlainTextEdit plain;
        plain.resize(800, 400);
        plain.show();
        QElapsedTimer clock;
        clock.start();
        plain.setPlainText(QString::fromUtf8(body));
        qInfo("QPlainTextEdit::setPlainText of %.1f MiB on one line: %lld ms",
              body.size() / 1048576.0, clock.elapsed());
    }

    // A 10 ms timer measures how long the event loop is held at a time while the event loads,
    // arrives and fills the Raw tab.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this,
            [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    QElapsedTimer total;
    total.start();
    sinceTick.start();
    ticker.start();
    QSignalSpy loaded(m_loader.get(), &DetailLoader::loaded);
    m_pane->showLoading(r.seq);
    m_loader->load(r.seq);
    QCOMPARE(labelText(m_pane.get(), u"detailStatus"_s), u"Loading event #%1…"_s.arg(r.seq));
    QVERIFY(loaded.wait(20000));
    const qint64 loadedAfter = total.elapsed();
    ChunkedTextView *raw = m_pane->rawTab()->view();
    QTRY_VERIFY_WITH_TIMEOUT(raw->isComplete(), 60000);
    const qint64 filledAfter = total.elapsed();
    ticker.stop();
    qInfo("4 MiB event: loaded and prepared after %lld ms, Raw tab complete after %lld ms, "
          "longest GUI stall %lld ms",
          loadedAfter, filledAfter, longestGap);
    QVERIFY2(longestGap < 200, qPrintable(QString::number(longestGap)));

    // All of it is there, and the Raw tab says colouring is off at this size.
    QCOMPARE(raw->shownText(), QString::fromUtf8(body));
    QVERIFY(labelText(m_pane.get(), u"rawNote"_s).contains(u"No syntax colouring above"_s));
    QVERIFY(raw->document()->blockCount() > body.size() / ChunkedTextView::MaxBlockLength);
    // And the tree has the whole item.
    JsonTreeModel *model = m_pane->jsonTreeTab()->model();
    QVERIFY(model->nodeCount() > 100000);
    m_pane->setCurrentIndex(EventDetailPane::JsonTreeTabIndex);
    QTreeView *view = m_pane->jsonTreeTab()->view();
    const QModelIndex mentions = findNode(view, u"$.favorited_status.entities.user_mentions"_s);
    QVERIFY(mentions.isValid());
    const int count = model->rowCount(mentions);
    QVERIFY(count > 40000);
    const QModelIndex lastId
        = findNode(view, u"$.favorited_status.entities.user_mentions[%1].id"_s.arg(count - 1));
    QCOMPARE(lastId.siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             QString::number(1'200'000'000'000'000'000LL + count));
    // "Expand all" on a tree this size opens the first levels only, and quickly.
    QElapsedTimer expand;
    expand.start();
    QTest::mouseClick(m_pane->findChild<QToolButton *>(u"treeExpandAllButton"_s), Qt::LeftButton);
    qInfo("Expand all on %lld nodes: %lld ms", qint64(model->nodeCount()), expand.elapsed());
    QVERIFY(expand.elapsed() < 2000);
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
