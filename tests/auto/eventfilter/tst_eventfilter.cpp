// The display-filter language: what each filter selects among X's sample events, and what a user
// is told, and where, when a filter is wrong.
#include "FilterCases.h"
#include "events/EventDecoder.h"
#include "events/EventFilter.h"
#include "events/FilterParser.h"
#include "events/FilterText.h"
#include "events/JsonPath.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList select(const QString &filterText)
{
    const auto filter = EventFilter::parse(filterText);
    if (!filter.ok())
        return {u"error: "_s + filter.error().message};
    QStringList names;
    for (const FilterCases::Sample &s : FilterCases::samples()) {
        if (filter.value().matches(s.record, s.body))
            names << s.name;
    }
    return names;
}

} // namespace

class TestEventFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selects_data();
    void selects();
    void errorsSayWhatAndWhere_data();
    void errorsSayWhatAndWhere();
    void jsonPaths();
    void timeOfDayIsToday();
    void literalsReadBackExactly();
    void regexPrefilterKeepsTheMeaning_data();
    void regexPrefilterKeepsTheMeaning();
};

void TestEventFilter::selects_data()
{
    FilterCases::addSelectionRows();
}

void TestEventFilter::selects()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    QCOMPARE(select(filter), expected);
}

void TestEventFilter::errorsSayWhatAndWhere_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("no value") << u"type =="_s << 8 << u"expected a value after '=='"_s;
    QTest::newRow("single =") << u"type = x"_s << 6 << u"use == to compare"_s;
    QTest::newRow("unclosed (") << u"(type == a"_s << 11
                                << u"missing ')' to close the '(' at column 1"_s;
    QTest::newRow("stray )") << u"type == a)"_s << 10 << u"')' without a matching '('"_s;
    QTest::newRow("not a number") << u"seq > abc"_s << 7 << u"'abc' is not a number"_s;
    QTest::newRow("ordering text")
        << u"type < 3"_s << 6 << u"< and > compare times and numbers; type is text"_s;
    QTest::newRow("text ==") << u"text == x"_s << 6 << u"text supports contains and matches"_s;
    QTest::newRow("unterminated") << u"user == \"abc"_s << 9 << u"this string has no closing \""_s;
    QTest::newRow("bad json path")
        << u"$.a..b == 1"_s << 5 << u"in this JSON path, expected a member name after '.'"_s;
    QTest::newRow("bad regex") << u"text matches \"(\""_s << 16
                               << u"invalid regular expression: missing closing parenthesis"_s;
    QTest::newRow("sig value") << u"sig == good"_s << 8 << u"sig is valid, invalid or missing"_s;
    QTest::newRow("not a time")
        << u"time > yesterday"_s << 8
        << u"'yesterday' is not a time (use 2026-11-27T12:00:00, 2026-11-27 or 12:00)"_s;
    QTest::newRow("operator first")
        << u"== 3"_s << 1 << u"'==' needs a field on its left, such as type == …"_s;
    QTest::newRow("dangling and") << u"type == a and"_s << 14
                                  << u"the filter ends where a field, a word or '(' is expected"_s;
    QTest::newRow("keyword first")
        << u"or x"_s << 1 << u"expected a field, a word or '(' here, not 'or'"_s;
}

void TestEventFilter::errorsSayWhatAndWhere()
{
    QFETCH(QString, filter);
    QFETCH(int, column);
    QFETCH(QString, message);
    std::optional<FilterParser::Failure> failure;
    FilterParser::parse(filter, &failure);
    QVERIFY(failure);
    QCOMPARE(failure->message, message);
    QCOMPARE(failure->column, column);
    const auto parsed = EventFilter::parse(filter);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, u"column %1: %2"_s.arg(column).arg(message));
}

void TestEventFilter::jsonPaths()
{
    const QByteArray json = R"({"a": {"b c": [10, {"d": "x\"y"}], "e": null}, "f": true})";
    const auto raw = [&](const QString &text) {
        const auto path = JsonPath::parse(text);
        Q_ASSERT(path);
        const auto found = path->find(json);
        return found ? found->toByteArray() : QByteArray("<none>");
    };
    QCOMPARE(raw(u"$"_s), json);
    QCOMPARE(raw(u"$.a[\"b c\"][0]"_s), QByteArray("10"));
    QCOMPARE(raw(u"$.a['b c'][1].d"_s), QByteArray(R"("x\"y")"));
    QCOMPARE(JsonValueText::toText(raw(u"$.a['b c'][1].d"_s)), u"x\"y"_s);
    QCOMPARE(raw(u"$.a.e"_s), QByteArray("null"));
    QCOMPARE(raw(u"$.a['b c'][2]"_s), QByteArray("<none>"));
    QCOMPARE(raw(u"$.f.g"_s), QByteArray("<none>"));
    QCOMPARE(JsonPath::parse(u"$.a['b c'][1].d"_s)->toString(), u"$.a.b c[1].d"_s);

    // In a filter, spaces and operator characters inside ["…"] are part of the path.
    std::optional<FilterParser::Failure> failure;
    const FilterExpression spaced
        = FilterParser::parse(u"$.a[\"b c\"][1].d == 'x\"y' and $[\"f\"]"_s, &failure);
    QVERIFY2(!failure, qPrintable(failure ? failure->message : QString()));
    const auto &both = spaced.nodes[size_t(spaced.root)];
    QCOMPARE(both.kind, FilterExpression::Node::Kind::And);
    QVERIFY(FilterMatch::json(spaced.nodes[size_t(both.left)], json));
    QVERIFY(FilterMatch::json(spaced.nodes[size_t(both.right)], json));
}

void TestEventFilter::timeOfDayIsToday()
{
    const QDateTime now(QDate(2026, 11, 27), QTime(15, 30));
    std::optional<FilterParser::Failure> failure;
    const FilterExpression e = FilterParser::parse(u"time > 12:00"_s, &failure, now);
    QVERIFY(!failure);
    QCOMPARE(e.nodes.at(size_t(e.root)).number,
             QDateTime(QDate(2026, 11, 27), QTime(12, 0)).toMSecsSinceEpoch());
}

void TestEventFilter::literalsReadBackExactly()
{
    const QStringList values = {u"favorite_events"_s, u"2244994945"_s,  u"two words"_s,   u"and"_s,
                                u"say \"hi\""_s,      u"back\\slash"_s, u"a==b"_s,        u"(x)"_s,
                                u"$.not.a.path"_s,    u"it's"_s,        u"@XDevelopers"_s};
    for (const QString &value : values) {
        const QString filter = u"text contains "_s + FilterText::value(value);
        std::optional<FilterParser::Failure> failure;
        const FilterExpression parsed = FilterParser::parse(filter, &failure);
        QVERIFY2(!failure, qPrintable(filter));
        const auto &node = parsed.nodes[size_t(parsed.root)];
        QCOMPARE(node.kind, FilterExpression::Node::Kind::Compare);
        QCOMPARE(node.value, value);
    }
    QCOMPARE(FilterText::value(u"favorite_events"_s), u"favorite_events"_s); // no clutter
}

void TestEventFilter::regexPrefilterKeepsTheMeaning_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("required");
    QTest::newRow("class") << u"Burlington, M[A-Z]"_s << QByteArray("burlington, m");
    QTest::newRow("optional") << u"colou?r ok"_s << QByteArray("colo");
    QTest::newRow("alternative") << u"abcd|xyz"_s << QByteArray();
    QTest::newRow("inline options") << u"(?x)hello world"_s << QByteArray();
    QTest::newRow("class first") << u"[hello]world"_s << QByteArray("world");
    QTest::newRow("plus") << u"hel+o"_s << QByteArray("hel");
    QTest::newRow("escaped dot") << u"x\\.com"_s << QByteArray("x.com");
    QTest::newRow("count") << u"ab{0,2}cde"_s << QByteArray("cde");
    QTest::newRow("group") << u"(hello)? there"_s << QByteArray(" there");
    QTest::newRow("too short") << u"a.b"_s << QByteArray();
}

void TestEventFilter::regexPrefilterKeepsTheMeaning()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, required);
    std::optional<FilterParser::Failure> failure;
    const FilterExpression parsed
        = FilterParser::parse(u"text matches "_s + FilterText::value(pattern), &failure);
    QVERIFY(!failure);
    const auto &node = parsed.nodes[size_t(parsed.root)];
    QCOMPARE(node.requiredLower, required);
    // Whatever is skipped, the answer is the regular expression's own.
    const QList<QByteArray> bodies
        = {"Burlington, MA", "burlington, m5", "color ok",    "colour ok", "xyz",   "hello world",
           "helloworld",     "oworld",         "hello",       "helllo",    "x.com", "xycom",
           "acde",           "abbcde",         "hello there", " there",    "a-b",   "nothing"};
    for (const QByteArray &body : bodies) {
        const bool direct = node.regex.match(QString::fromUtf8(body)).hasMatch();
        QCOMPARE(FilterMatch::fullText(node, QString(), body), direct);
    }
}

QTEST_APPLESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
