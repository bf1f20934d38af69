// The replay window is checked as X checks it (x-api.md §1d), per flavour, before calling X.
#include "xapi/ReplayWindow.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime Now(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC);
}

class TestReplayWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse();
    void check_data();
    void check();
};

void TestReplayWindow::parse()
{
    QCOMPARE(ReplayWindow::parse(u"202501151130"_s),
             QDateTime(QDate(2025, 1, 15), QTime(11, 30), Qt::UTC));
    QVERIFY(!ReplayWindow::parse(u"20250115113"_s).isValid());
    QVERIFY(!ReplayWindow::parse(u"2025011511300"_s).isValid());
    QVERIFY(!ReplayWindow::parse(u"202502301130"_s).isValid()); // 30 February
    QVERIFY(!ReplayWindow::parse(u"202501152460"_s).isValid());
    QVERIFY(!ReplayWindow::parse(u"2025-01-15 11"_s).isValid());
}

void TestReplayWindow::check_data()
{
    QTest::addColumn<ApiFlavour>("flavour");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("problem");
    const ApiFlavour v2 = ApiFlavour::V2;
    const ApiFlavour v11 = ApiFlavour::V11;
    QTest::newRow("v2 last hours") << v2 << u"202501150900"_s << u"202501151100"_s << QString();
    QTest::newRow("v2 up to now") << v2 << u"202501151100"_s << u"202501151200"_s << QString();
    QTest::newRow("v2 exactly 24 h") << v2 << u"202501141200"_s << u"202501141300"_s << QString();
    QTest::newRow("v2 older than 24 h")
        << v2 << u"202501141159"_s << u"202501141300"_s << u"more than 24 hours ago"_s;
    QTest::newRow("v2 future") << v2 << u"202501151100"_s << u"202501151201"_s
                               << u"in the future"_s;
    QTest::newRow("from after to")
        << v2 << u"202501151100"_s << u"202501151000"_s << u"must be before --to"_s;
    QTest::newRow("equal") << v2 << u"202501151100"_s << u"202501151100"_s
                           << u"must be before --to"_s;
    QTest::newRow("bad from") << v2 << u"2025011511"_s << u"202501151100"_s
                              << u"--from '2025011511' is not a date"_s;
    QTest::newRow("bad to") << v2 << u"202501151000"_s << u"tomorrow"_s
                            << u"--to 'tomorrow' is not a date"_s;
    QTest::newRow("v1.1 four days ago")
        << v11 << u"202501111300"_s << u"202501111500"_s << QString();
    QTest::newRow("v1.1 six days ago")
        << v11 << u"202501091100"_s << u"202501091300"_s << u"more than 5 days ago"_s;
    QTest::newRow("v1.1 from too recent")
        << v11 << u"202501151130"_s << u"202501151140"_s << u"at least 31 minutes before now"_s;
    QTest::newRow("v1.1 to too recent")
        << v11 << u"202501151000"_s << u"202501151155"_s << u"at least 10 minutes before now"_s;
    QTest::newRow("v1.1 edges") << v11 << u"202501151129"_s << u"202501151150"_s << QString();
}

void TestReplayWindow::check()
{
    QFETCH(ApiFlavour, flavour);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, problem);
    const auto result = ReplayWindow::check(from, to, flavour, Now);
    if (problem.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Usage);
    QVERIFY2(result.error().message.contains(problem), qPrintable(result.error().message));
}

QTEST_APPLESS_MAIN(TestReplayWindow)
#include "tst_replaywindow.moc"
