// The capture writer's in-memory dedupe index: prefix hits, keys sharing a prefix, growth, and
// undoing a group that rolled back.
#include "store/DedupeIndex.h"

#include <QCryptographicHash>
#include <QTest>

namespace {

QByteArray md5(int n)
{
    return QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Md5);
}

// Same first 8 bytes, different rest: what find() cannot tell apart without the stored row.
QByteArray sharedPrefix(char last)
{
    return QByteArray("prefix!!") + QByteArray(7, 'x') + last;
}

} // namespace

class TestDedupeIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatWasAdded()
    {
        DedupeIndex index;
        QCOMPARE(index.find(md5(1)).seq, 0);
        for (int i = 1; i <= 5000; ++i) // several growths
            index.add(md5(i), i, false);
        QCOMPARE(index.size(), 5000);
        for (int i = 1; i <= 5000; ++i)
            QCOMPARE(index.find(md5(i)).seq, qint64(i));
        QCOMPARE(index.find(md5(5001)).seq, 0);
    }

    void keysSharingAPrefix()
    {
        DedupeIndex index;
        index.add(sharedPrefix('a'), 1, false);
        const DedupeIndex::Hit candidate = index.find(sharedPrefix('b'));
        QCOMPARE(candidate.seq, 1); // only a candidate: the writer checks the stored key
        QVERIFY(!candidate.exact);
        index.add(sharedPrefix('b'), 2, true);
        const DedupeIndex::Hit b = index.find(sharedPrefix('b'));
        QCOMPARE(b.seq, 2);
        QVERIFY(b.exact);
        QCOMPARE(index.find(sharedPrefix('a')).seq, 1);
    }

    void rollbackForgetsTheGroup()
    {
        DedupeIndex index;
        index.reserve(100);
        index.add(md5(1), 1, false);
        index.beginGroup();
        index.add(md5(2), 2, false);
        index.add(sharedPrefix('a'), 3, false);
        index.add(sharedPrefix('b'), 4, true);
        QVERIFY(index.rollbackGroup());
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.find(md5(1)).seq, 1);
        QCOMPARE(index.find(md5(2)).seq, 0);
        QCOMPARE(index.find(sharedPrefix('b')).seq, 0);

        index.beginGroup();
        index.add(md5(2), 2, false);
        index.commitGroup();
        QCOMPARE(index.find(md5(2)).seq, 2);
    }

    void rollbackAfterGrowthAsksForAReload()
    {
        DedupeIndex index;
        index.beginGroup();
        for (int i = 1; i <= 5000; ++i)
            index.add(md5(i), i, false);
        QVERIFY(!index.rollbackGroup());
    }
};

QTEST_GUILESS_MAIN(TestDedupeIndex)
#include "tst_dedupeindex.moc"
