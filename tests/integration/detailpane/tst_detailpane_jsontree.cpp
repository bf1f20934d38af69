// The JSON tree of the detail pane without widgets: the model passes QAbstractItemModelTester on
// every fixture, keeps X's key order and 64-bit literals, and writes paths and filters that the
// filter language reads back and that select the event they came from.
#include "DetailFixture.h"
#include "events/EventDecoder.h"
#include "events/EventFilter.h"
#include "events/FilterParser.h"
#include "events/FilterText.h"
#include "models/JsonTreeModel.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using DetailFixture::fixture;

namespace {

std::shared_ptr<const JsonTree> treeOf(const QByteArray &json)
{
    return std::make_shared<JsonTree>(JsonTree::parse(json));
}

//! The index of the node at `path` (e.g. "$.favorited_status.user"), found through the model.
QModelIndex find(const JsonTreeModel &model, const QString &path,
                 const QModelIndex &parent = QModelIndex())
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString here = index.data(JsonTreeModel::PathRole).toString();
        if (here == path)
            return index;
        if (path.startsWith(here + u'.') || path.startsWith(here + u'[')) {
            if (const QModelIndex found = find(model, path, index); found.isValid())
                return found;
        }
    }
    return {};
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestJsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTesterOnEveryFixture_data();
    void modelTesterOnEveryFixture();
    void keyOrderValuesAndTypes();
    void sixtyFourBitNumbersStayExact();
    void scalarAndEmptyDocuments();
    void malformedJsonIsRefused_data();
    void malformedJsonIsRefused();
    void pathsUseFilterSyntax();
    void filtersReadBackAndSelectTheEvent_data();
    void filtersReadBackAndSelectTheEvent();
    void unnameableMembersGetNoFilter();
    void longStringsAreCutForDisplayOnly();
    void fourMiBTreeBuildTime();
};

void TestJsonTree::modelTesterOnEveryFixture_data()
{
    QTest::addColumn<QString>("name");
    QDirIterator it(QStringLiteral(AAC_SOURCE_DIR "/resources/fixtures"), {u"*.json"_s},
                    QDir::Files, QDirIterator::Subdirectories);
    const QString root = QStringLiteral(AAC_SOURCE_DIR "/resources/fixtures/");
    while (it.hasNext()) {
        const QString name = it.next().mid(root.size());
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestJsonTree::modelTesterOnEveryFixture()
{
    QFETCH(QString, name);
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto tree = treeOf(fixture(name));
    model.setTree(tree);
    if (!tree->isValid()) {
        QCOMPARE(name, u"odd/truncated_body.json"_s);
        QCOMPARE(model.rowCount(), 0);
        return;
    }
    // Every node is reachable exactly once through the model, and its parent leads back.
    qsizetype reached = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, JsonTreeModel::ValueColumn, parent);
            QCOMPARE(index.parent(), parent);
            QVERIFY(!cell(index, JsonTreeModel::TypeColumn).isEmpty());
            ++reached;
            walk(index.siblingAtColumn(0));
        }
    };
    walk({});
    QCOMPARE(reached, tree->size() - 1); // all but the invisible root
    model.setTree(treeOf(fixture(u"aaa/follow.json"_s))); // a reset under the tester
    model.setTree(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTree::keyOrderValuesAndTypes()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<DecodedItem> items = EventDecoder::decode(fixture(u"aaa/favorite_events.json"_s));
    QCOMPARE(items.size(), 1);
    const EventRecord &r = items[0].record;
    model.setTree(treeOf(fixture(u"aaa/favorite_events.json"_s).mid(r.itemOffset, r.itemLength)));

    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, JsonTreeModel::KeyColumn).data().toString();
    // X's order, not QJsonDocument's alphabetical one.
    QCOMPARE(keys,
             (QStringList {u"id"_s, u"created_at"_s, u"timestamp_ms"_s, u"favorited_status"_s,
                           u"user"_s}));
    const QModelIndex id = model.index(0, 0);
    QCOMPARE(cell(id, JsonTreeModel::ValueColumn), u"\"a7ba59eab0bfcba386f7acedac279542\""_s);
    QCOMPARE(cell(id, JsonTreeModel::TypeColumn), u"string"_s);
    QCOMPARE(cell(model.index(2, 0), JsonTreeModel::ValueColumn), u"1522082006140"_s);
    QCOMPARE(cell(model.index(2, 0), JsonTreeModel::TypeColumn), u"number"_s);

    const QModelIndex status = model.index(3, 0);
    QCOMPARE(cell(status, JsonTreeModel::TypeColumn), u"object"_s);
    QCOMPARE(cell(status, JsonTreeModel::ValueColumn),
             u"{" + QString::number(model.rowCount(status)) + u"}");
    const QModelIndex hashtags = find(model, u"$.favorited_status.entities.hashtags"_s);
    QVERIFY(hashtags.isValid());
    QCOMPARE(cell(hashtags, JsonTreeModel::ValueColumn), u"[0]"_s);
    QCOMPARE(cell(hashtags, JsonTreeModel::TypeColumn), u"array"_s);
    const QModelIndex truncated = find(model, u"$.favorited_status.truncated"_s);
    QCOMPARE(cell(truncated, JsonTreeModel::ValueColumn), u"false"_s);
    QCOMPARE(cell(truncated, JsonTreeModel::TypeColumn), u"bool"_s);
    const QModelIndex reply = find(model, u"$.favorited_status.in_reply_to_status_id"_s);
    QCOMPARE(cell(reply, JsonTreeModel::TypeColumn), u"null"_s);
}

void TestJsonTree::sixtyFourBitNumbersStayExact()
{
    // 2^53 + 1 and beyond: a double would turn them into other numbers.
    const QByteArray json = R"({"id": 1234567890123456789, "next": 9007199254740993,
        "max": 18446744073709551615, "neg": -9223372036854775808, "real": -0.5e-10})";
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(treeOf(json));
    const QStringList expected
        = {u"1234567890123456789"_s, u"9007199254740993"_s, u"18446744073709551615"_s,
           u"-9223372036854775808"_s, u"-0.5e-10"_s};
    for (int row = 0; row < expected.size(); ++row) {
        const QModelIndex index = model.index(row, JsonTreeModel::ValueColumn);
        QCOMPARE(index.data().toString(), expected[row]);
        QCOMPARE(index.data(JsonTreeModel::CopyValueRole).toString(), expected[row]);
    }
    QCOMPARE(model.index(0, 0).data(JsonTreeModel::FilterRole).toString(),
             u"$.id == 1234567890123456789"_s);

    // The same in a real payload: a post id above 2^53, unquoted.
    const QByteArray quote = fixture(u"aaa/tweet_create_quote.json"_s);
    const EventRecord r = EventDecoder::decode(quote).at(0).record;
    model.setTree(treeOf(quote.mid(r.itemOffset, r.itemLength)));
    QCOMPARE(cell(find(model, u"$.id"_s), JsonTreeModel::ValueColumn), u"973561234567890944"_s);
    const QString filter = find(model, u"$.id"_s).data(JsonTreeModel::FilterRole).toString();
    QCOMPARE(filter, u"$.id == 973561234567890944"_s);
    QVERIFY(EventFilter::parse(filter).value().matches(r, quote));
    QVERIFY(!EventFilter::parse(u"$.id == 973561234567890945"_s).value().matches(r, quote));
}

void TestJsonTree::scalarAndEmptyDocuments()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTree(treeOf(" \"just text\" "));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model.index(0, 0), JsonTreeModel::KeyColumn), u"$"_s);
    QCOMPARE(model.index(0, 0).data(JsonTreeModel::PathRole).toString(), u"$"_s);
    QCOMPARE(model.index(0, 0).data(JsonTreeModel::CopyValueRole).toString(), u"just text"_s);
    model.setTree(treeOf("{}"));
    QCOMPARE(model.rowCount(), 0);
    model.setTree(treeOf(R"([[], {}, [1, [2, [3]]]])"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(cell(model.index(0, 0), JsonTreeModel::ValueColumn), u"[0]"_s);
    QCOMPARE(cell(model.index(1, 0), JsonTreeModel::ValueColumn), u"{0}"_s);
    const QModelIndex deep = find(model, u"$[2][1][1][0]"_s);
    QCOMPARE(cell(deep, JsonTreeModel::ValueColumn), u"3"_s);
    QCOMPARE(cell(deep, JsonTreeModel::KeyColumn), u"[0]"_s);
    QCOMPARE(find(model, u"$[2][1]"_s).data(JsonTreeModel::CopyValueRole).toString(), u"[2,[3]]"_s);
}

void TestJsonTree::malformedJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("empty") << QByteArray("  ") << qsizetype(2);
    QTest::newRow("truncated") << fixture(u"odd/truncated_body.json"_s)
                               << qsizetype(fixture(u"odd/truncated_body.json"_s).size());
    QTest::newRow("trailing comma") << QByteArray(R"({"a": 1,})") << qsizetype(8);
    QTest::newRow("bare word") << QByteArray(R"({"a": yes})") << qsizetype(6);
    QTest::newRow("leading zero") << QByteArray("[01]") << qsizetype(2);
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << qsizetype(3);
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << qsizetype(3);
    QTest::newRow("two values") << QByteArray("{} {}") << qsizetype(3);
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << qsizetype(5);
    QTest::newRow("deep and unclosed") << QByteArray(100000, '[') << qsizetype(100000);
}

void TestJsonTree::malformedJsonIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, offset);
    const JsonTree tree = JsonTree::parse(json);
    QVERIFY(!tree.isValid());
    QVERIFY(!tree.error().isEmpty());
    QCOMPARE(tree.errorOffset(), offset);
    JsonTreeModel model;
    model.setTree(std::make_shared<JsonTree>(tree));
    QCOMPARE(model.rowCount(), 0);
}

void TestJsonTree::pathsUseFilterSyntax()
{
    QByteArray body = fixture(u"aaa/tweet_create_events.json"_s);
    body.replace(R"("hashtags": [])", R"("hashtags": [{"text": "XDev", "indices": [0, 5]}])");
    const EventRecord r = EventDecoder::decode(body).at(0).record;
    JsonTreeModel model;
    model.setTree(treeOf(body.mid(r.itemOffset, r.itemLength)));
    for (const QString &path : {u"$.entities.hashtags[0].text"_s, u"$.user.screen_name"_s,
                                u"$.entities.hashtags[0].indices[1]"_s}) {
        const QModelIndex index = find(model, path);
        QVERIFY2(index.isValid(), qPrintable(path));
        // JsonPath reads the path back to the same value.
        const auto parsed = JsonPath::parse(path);
        QVERIFY(parsed);
        QCOMPARE(JsonValueText::toText(*parsed->find(body.mid(r.itemOffset, r.itemLength))),
                 index.data(JsonTreeModel::CopyValueRole).toString());
    }
    QCOMPARE(FilterText::path({u"a b"_s, 2, u"x-y"_s, u"say \"hi\""_s}),
             u"$[\"a b\"][2].x-y['say \"hi\"']"_s);
}

void TestJsonTree::filtersReadBackAndSelectTheEvent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("filter");
    QTest::newRow("string") << u"$.id"_s << u"$.id == \"fav-2\""_s;
    QTest::newRow("number") << u"$.timestamp_ms"_s << u"$.timestamp_ms == 1522082040000"_s;
    QTest::newRow("nested string")
        << u"$.user.screen_name"_s << u"$.user.screen_name == \"furiouscamper\""_s;
    QTest::newRow("object") << u"$.favorited_status"_s << u"$.favorited_status"_s;
    QTest::newRow("quotes and backslashes")
        << u"$.favorited_status.text"_s
        << u"$.favorited_status.text == \"say \\\"hi\\\" \\\\ é\""_s;
}

void TestJsonTree::filtersReadBackAndSelectTheEvent()
{
    QFETCH(QString, path);
    QFETCH(QString, filter);
    // Two items of one delivery: the filter must pick the second and not the first.
    QByteArray body = fixture(u"odd/several_arrays.json"_s);
    body.replace(R"("text": "second")", R"("text": "say \"hi\" \\ \u00e9")");
    const QList<DecodedItem> items = EventDecoder::decode(body);
    const EventRecord &first = items[0].record;
    const EventRecord &second = items[1].record;
    JsonTreeModel model;
    model.setTree(treeOf(body.mid(second.itemOffset, second.itemLength)));
    const QModelIndex index = find(model, path);
    QVERIFY(index.isValid());
    const QString written = index.data(JsonTreeModel::FilterRole).toString();
    QCOMPARE(written, filter);

    std::optional<FilterParser::Failure> failure;
    FilterParser::parse(written, &failure);
    QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
    const EventFilter parsed = EventFilter::parse(written).value();
    QVERIFY(parsed.matches(second, body));
    if (path != u"$.favorited_status")
        QVERIFY(!parsed.matches(first, body));
}

void TestJsonTree::unnameableMembersGetNoFilter()
{
    JsonTreeModel model;
    model.setTree(treeOf(R"({"a b": 1, "x==y": "v", "ok-key_1": true, "": null, "q'\"]": 2})"));
    QCOMPARE(model.index(0, 0).data(JsonTreeModel::PathRole).toString(), u"$[\"a b\"]"_s);
    // Spaces and operators inside ["…"] belong to the path.
    QCOMPARE(model.index(0, 0).data(JsonTreeModel::FilterRole).toString(), u"$[\"a b\"] == 1"_s);
    QCOMPARE(model.index(1, 0).data(JsonTreeModel::FilterRole).toString(),
             u"$[\"x==y\"] == \"v\""_s);
    // Both quotes and a ']' in one name: JsonPath has no way to write it.
    QCOMPARE(model.index(4, 0).data(JsonTreeModel::FilterRole).toString(), QString());
    QCOMPARE(model.index(2, 0).data(JsonTreeModel::FilterRole).toString(), u"$.ok-key_1 == true"_s);
    QCOMPARE(model.index(3, 0).data(JsonTreeModel::FilterRole).toString(), u"$[\"\"] == null"_s);
}

void TestJsonTree::longStringsAreCutForDisplayOnly()
{
    const QString text = QString(5000, u'x') + u"é\n" + QString(5000, u'y');
    const QByteArray json = "{\"long\": \"" + text.toUtf8().replace("\n", "\\n") + "\"}";
    JsonTreeModel model;
    model.setTree(treeOf(json));
    const QModelIndex value = model.index(0, JsonTreeModel::ValueColumn);
    QVERIFY(value.data().toString().size() < 400);
    QVERIFY(value.data().toString().endsWith(u"…"_s));
    QCOMPARE(value.data(JsonTreeModel::CopyValueRole).toString(), text);
}

void TestJsonTree::fourMiBTreeBuildTime()
{
    // Prints the figure for the report; the limit only catches a quadratic parser.
    QByteArray body = R"({"for_user_id":"1","favorite_events":[{"id":"big","items":[)";
    int n = 0;
    while (body.size() < 4 * 1024 * 1024 - 200) {
        ++n;
        body += R"({"id":)" + QByteArray::number(1'000'000'000'000'000'000LL + n)
            + R"(,"screen_name":"user)" + QByteArray::number(n) + R"(","verified":false},)";
    }
    body.chop(1);
    body += "]}]}";
    QElapsedTimer clock;
    clock.start();
    const JsonTree tree = JsonTree::parse(body);
    const qint64 ms = clock.elapsed();
    QVERIFY(tree.isValid());
    qInfo("JsonTree::parse of %.1f MiB: %lld nodes in %lld ms", body.size() / 1048576.0,
          qint64(tree.size()), ms);
    QVERIFY(ms < 5000);
}

QTEST_MAIN(TestJsonTree)
#include "tst_detailpane_jsontree.moc"
