// The event table filters with its own evaluator (IndexFilter: verdict tables per interned
// string, names looked up on the name columns, JSON paths on the item sliced out of the body).
// It must select exactly what the core's EventFilter selects — the one `export --filter` uses —
// on every case of the language.
#include "FilterCases.h"
#include "events/EventFilter.h"
#include "models/EventRow.h"
#include "models/IndexFilter.h"
#include "models/StringPool.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestIndexFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectsAsTheCoreDoes_data() { FilterCases::addSelectionRows(); }
    void selectsAsTheCoreDoes();
    void stringsInternedAfterCompilingAreDecidedByExtend_data() { FilterCases::addSelectionRows(); }
    void stringsInternedAfterCompilingAreDecidedByExtend();

private:
    static QStringList select(const IndexFilter &filter, const std::vector<EventRow> &rows);
};

QStringList TestIndexFilter::select(const IndexFilter &filter, const std::vector<EventRow> &rows)
{
    QStringList names;
    const QList<FilterCases::Sample> &samples = FilterCases::samples();
    for (size_t i = 0; i < rows.size(); ++i) {
        const FilterCases::Sample &s = samples.at(qsizetype(i));
        if (filter.matches(rows[i], QByteArrayView(s.body)))
            names << s.name;
    }
    return names;
}

void TestIndexFilter::selectsAsTheCoreDoes()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    const auto parsed = EventFilter::parse(filter);
    QVERIFY2(parsed.ok(), qPrintable(filter));
    StringPool strings;
    std::vector<EventRow> rows;
    for (const FilterCases::Sample &s : FilterCases::samples())
        rows.push_back(toEventRow(s.record, strings));
    QCOMPARE(select(IndexFilter(parsed.value().expression(), strings), rows), expected);
}

void TestIndexFilter::stringsInternedAfterCompilingAreDecidedByExtend()
{
    // Live rows bring new types, users and names after the filter was compiled.
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    const auto parsed = EventFilter::parse(filter);
    QVERIFY(parsed.ok());
    StringPool strings;
    IndexFilter compiled(parsed.value().expression(), strings);
    std::vector<EventRow> rows;
    for (const FilterCases::Sample &s : FilterCases::samples())
        rows.push_back(toEventRow(s.record, strings));
    compiled.extend(strings);
    QCOMPARE(select(compiled, rows), expected);
}

QTEST_GUILESS_MAIN(TestIndexFilter)
#include "tst_indexfilter.moc"
