// Every sample payload of x-api.md §4 (resources/fixtures) decodes into the records a user expects.
#include "events/EventDecoder.h"
#include "events/JsonSpan.h"
#include "events/PayloadText.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QString::fromUtf8(AAC_SOURCE_DIR) + u"/resources/fixtures/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// One expected record: type|action|for_user_id|actor_id|target_id|event_id|summary
using Expected = QStringList;

} // namespace

class TestEventDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samples_data();
    void samples();
    void itemBytesAreKeptExactly();
    void longIdsKeepEveryDigit();
    void payloadMarkupIsPlainText();
    void malformedBodies_data();
    void malformedBodies();
    void activityKeysMatchAcrossCopies();
    void timestamps();
    void timestampFormsMatchQDateTime_data();
    void timestampFormsMatchQDateTime();
};

void TestEventDecoder::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<Expected>>("expected");

    const auto row = [](const char *file, QList<Expected> expected) {
        QTest::newRow(file) << QString::fromLatin1(file) << expected;
    };
    row("aaa/tweet_create_events.json",
        {{u"tweet_create_events"_s, u"create"_s, u"2244994945"_s, u"2244994945"_s, QString(),
          u"973555004052652032"_s,
          u"@XDevelopers posted \"Just a test to see how the Account Acti…\""_s}});
    row("aaa/tweet_create_mention.json",
        {{u"tweet_create_events"_s, u"create"_s, u"2244994945"_s, u"4337869213"_s, u"2244994945"_s,
          u"973559254023000064"_s,
          u"@tester mentioned @XDevelopers: \"@XDevelopers hello from the test account\""_s}});
    row("aaa/tweet_create_reply.json",
        {{u"tweet_create_events"_s, u"create"_s, u"2244994945"_s, u"4337869213"_s, u"2244994945"_s,
          u"973560011143909376"_s,
          u"@tester replied to @XDevelopers: \"@XDevelopers thanks, that helped\""_s}});
    row("aaa/tweet_create_quote.json",
        {{u"tweet_create_events"_s, u"create"_s, u"2244994945"_s, u"4337869213"_s, u"2244994945"_s,
          u"973561234567890944"_s,
          u"@tester quoted @XDevelopers: \"Look at this <b>one</b> & more\""_s}});
    row("aaa/tweet_create_repost.json",
        {{u"tweet_create_events"_s, u"create"_s, u"2244994945"_s, u"4337869213"_s, u"2244994945"_s,
          u"973562000000000000"_s,
          u"@tester reposted @XDevelopers's post \"Just a test to see how the Account Acti…\""_s}});
    row("aaa/tweet_create_longform.json",
        {{u"tweet_create_events"_s, u"create"_s, u"1603419180975409153"_s, u"1603419180975409153"_s,
          QString(), u"1924465506158878979"_s,
          u"@historybot posted \"The Antikythera Mechanism: A Window int…\""_s}});
    row("aaa/favorite_events.json",
        {{u"favorite_events"_s, u"favorite"_s, u"2244994945"_s, u"4337869213"_s, u"2244994945"_s,
          u"a7ba59eab0bfcba386f7acedac279542"_s,
          u"@tester liked @XDevelopers's post \"Just a test to see how the Account Acti…\""_s}});
    row("aaa/follow.json",
        {{u"follow_events"_s, u"follow"_s, u"2244994945"_s, u"4337869213"_s, u"2244994945"_s,
          u"follow:4337869213:2244994945:1517588749178"_s, u"@tester followed @XDevelopers"_s}});
    row("aaa/unfollow.json",
        {{u"follow_events"_s, u"unfollow"_s, u"2244994945"_s, u"4337869213"_s, u"2244994945"_s,
          u"unfollow:4337869213:2244994945:1517588749178"_s,
          u"@tester unfollowed @XDevelopers"_s}});
    row("aaa/block.json",
        {{u"block_events"_s, u"block"_s, u"2244994945"_s, u"2244994945"_s, u"4337869213"_s,
          u"block:2244994945:4337869213:1517588749178"_s, u"@XDevelopers blocked @tester"_s}});
    row("aaa/unblock.json",
        {{u"block_events"_s, u"unblock"_s, u"2244994945"_s, u"2244994945"_s, u"4337869213"_s,
          u"unblock:2244994945:4337869213:1517588749178"_s, u"@XDevelopers unblocked @tester"_s}});
    row("aaa/mute.json",
        {{u"mute_events"_s, u"mute"_s, u"2244994945"_s, u"2244994945"_s, u"4337869213"_s,
          u"mute:2244994945:4337869213:1517588749178"_s, u"@XDevelopers muted @tester"_s}});
    row("aaa/unmute.json",
        {{u"mute_events"_s, u"unmute"_s, u"2244994945"_s, u"2244994945"_s, u"4337869213"_s,
          u"unmute:2244994945:4337869213:1517588749178"_s, u"@XDevelopers unmuted @tester"_s}});
    row("aaa/user_event.json",
        {{u"user_event"_s, u"revoke"_s, QString(), u"63046977"_s, u"13090192"_s,
          u"63046977:13090192:2018-05-24T09:48:12+00:00"_s,
          u"user 63046977 revoked access for app 13090192"_s}});
    row("aaa/direct_message_events.json",
        {{u"direct_message_events"_s, u"message"_s, u"4337869213"_s, u"3001969357"_s,
          u"4337869213"_s, u"954491830116155396"_s,
          u"DM from @furiouscamper to @Harris_0ff: \"Hello World!\""_s}});
    row("aaa/direct_message_indicate_typing_events.json",
        {{u"direct_message_indicate_typing_events"_s, u"typing"_s, u"4337869213"_s, u"3284025577"_s,
          u"3001969357"_s, u"3284025577:3001969357:1518127183443"_s,
          u"@bogusbogart is typing a DM to @furiouscamper"_s}});
    row("aaa/direct_message_mark_read_events.json",
        {{u"direct_message_mark_read_events"_s, u"read"_s, u"4337869213"_s, u"199566737"_s,
          u"3001969357"_s, u"199566737:3001969357:963085315333238788"_s,
          u"@LeBraat read the DMs with @furiouscamper (up to 963085315333238788)"_s}});
    row("aaa/tweet_delete_events.json",
        {{u"tweet_delete_events"_s, u"delete"_s, u"930524282358325248"_s, u"930524282358325248"_s,
          QString(), u"1045405559317569537"_s,
          u"user 930524282358325248 deleted post 1045405559317569537"_s}});
    row("aaa/replay_job_status_complete.json",
        {{u"replay_job_status"_s, u"replay_status"_s, QString(), QString(), QString(),
          u"1095098195724558337"_s,
          u"Replay job 1095098195724558337 for webhook 1234577122340233217: Complete (Job "
          u"completed successfully)"_s}});
    row("aaa/replay_job_status_incomplete.json",
        {{u"replay_job_status"_s, u"replay_status"_s, QString(), QString(), QString(),
          u"1093226942650736640"_s,
          u"Replay job 1093226942650736640 for webhook 123451374207332352: Incomplete (Job failed "
          u"to deliver all events, please retry your replay job)"_s}});
    row("xaa/profile_update_bio.json",
        {{u"profile.update.bio"_s, u"update"_s, u"1111111111111111111"_s, u"1111111111111111111"_s,
          QString(), u"-8917909039855612786"_s,
          u"user 1111111111111111111 changed bio: \"Building with the X API\" → \"Building with "
          u"the "
          u"X API @XDevelopers\""_s}});
    row("xaa/oauth_revoke.json",
        {{u"oauth.revoke"_s, u"revoke"_s, QString(), u"1111111111111111111"_s, u"29820954"_s,
          u"5934540941047412905"_s,
          u"user 1111111111111111111 revoked access for app 29820954"_s}});
    row("xaa/post_create.json",
        {{u"post.create"_s, u"create"_s, u"1111111111111111111"_s, u"1111111111111111111"_s,
          QString(), u"2080761390344937796"_s,
          u"@ExampleUser posted \"Building something new with the X API\""_s}});
    row("xaa/dm_sent.json",
        {{u"dm.sent"_s, u"message"_s, u"1111111111111111111"_s, u"1111111111111111111"_s,
          u"2244994945"_s, u"-3577827201104920132"_s,
          u"DM from @ExampleUser to @XDevelopers: \"Thanks for the update!\""_s}});
    row("odd/several_arrays.json",
        {{u"favorite_events"_s, u"favorite"_s, u"2244994945"_s, u"4337869213"_s, u"2244994945"_s,
          u"fav-1"_s, u"@tester liked @XDevelopers's post \"first\""_s},
         {u"favorite_events"_s, u"favorite"_s, u"2244994945"_s, u"3001969357"_s, u"2244994945"_s,
          u"fav-2"_s, u"@furiouscamper liked @XDevelopers's post \"second\""_s},
         {u"follow_events"_s, u"follow"_s, u"2244994945"_s, u"3001969357"_s, u"2244994945"_s,
          u"follow:3001969357:2244994945:1517588749178"_s,
          u"@furiouscamper followed @XDevelopers"_s},
         {u"brand_new_events"_s, u"unknown"_s, u"2244994945"_s, QString(), QString(), u"*"_s,
          u"Unrecognised event type \"brand_new_events\""_s}});
}

void TestEventDecoder::samples()
{
    QFETCH(QString, file);
    QFETCH(QList<Expected>, expected);
    const QList<DecodedItem> items = EventDecoder::decode(fixture(file));
    QCOMPARE(items.size(), expected.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const EventRecord &r = items.at(i).record;
        const Expected &e = expected.at(i);
        QCOMPARE(r.type, e.at(0));
        QCOMPARE(r.action, e.at(1));
        QCOMPARE(r.forUserId, e.at(2));
        QCOMPARE(r.actorId, e.at(3));
        QCOMPARE(r.targetId, e.at(4));
        if (e.at(5) != u"*")
            QCOMPARE(r.eventId, e.at(5));
        QVERIFY(!r.eventId.isEmpty());
        QCOMPARE(r.summary, e.at(6));
        QVERIFY(!items.at(i).activityKey.isEmpty());
        QCOMPARE(r.source, file.startsWith(u"xaa/") ? EventSource::Xaa : EventSource::Aaa);
    }
}

void TestEventDecoder::itemBytesAreKeptExactly()
{
    const QByteArray body = fixture(u"odd/several_arrays.json"_s);
    const QList<DecodedItem> items = EventDecoder::decode(body);
    QCOMPARE(items.size(), 4);
    // Each span is exactly one item of the raw body, whitespace and key order included.
    const QByteArray second
        = body.mid(items.at(1).record.itemOffset, items.at(1).record.itemLength);
    QVERIFY(second.startsWith("{\"id\": \"fav-2\""));
    QVERIFY(second.endsWith('}'));
    QVERIFY(QJsonDocument::fromJson(second).isObject());
    QVERIFY(JsonSpan::compact(second).startsWith(
        "{\"id\":\"fav-2\",\"created_at\":\"Mon Mar 26 16:34:00"));
}

void TestEventDecoder::longIdsKeepEveryDigit()
{
    const QByteArray body = fixture(u"aaa/tweet_create_longform.json"_s);
    const QList<DecodedItem> items = EventDecoder::decode(body);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().record.eventId, u"1924465506158878979"_s); // id_str, not the rounded id
    const QByteArray item
        = body.mid(items.first().record.itemOffset, items.first().record.itemLength);
    QVERIFY(item.contains("\"id\": 1924465506158879000")); // the literal as X sent it

    // Without an id_str twin, a 64-bit integer id keeps all its digits too.
    const QList<DecodedItem> numeric = EventDecoder::decode(
        R"({"for_user_id": 2244994945, "tweet_delete_events": [{"status": {"id": 1045405559317569537, "user_id": 930524282358325248}}]})");
    QCOMPARE(numeric.first().record.eventId, u"1045405559317569537"_s);
    QCOMPARE(numeric.first().record.forUserId, u"2244994945"_s);
    QCOMPARE(numeric.first().record.actorId, u"930524282358325248"_s);
}

void TestEventDecoder::payloadMarkupIsPlainText()
{
    const QList<DecodedItem> items
        = EventDecoder::decode(fixture(u"aaa/tweet_create_quote.json"_s));
    QVERIFY(items.first().record.summary.contains(u"<b>one</b> & more"_s));
}

void TestEventDecoder::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("summaryStart");
    QTest::newRow("truncated JSON")
        << fixture(u"odd/truncated_body.json"_s) << u"malformed"_s << u"Body is not JSON:"_s;
    QTest::newRow("form body") << QByteArray("a=1&b=2") << u"malformed"_s << u"Body is not JSON:"_s;
    QTest::newRow("empty body") << QByteArray() << u"malformed"_s << u"Body is not JSON:"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << u"malformed"_s
                            << u"Body is not JSON:"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << u"unknown"_s
                           << u"Body is JSON but not an object"_s;
    QTest::newRow("no events") << QByteArray(R"({"for_user_id":"1"})") << u"unknown"_s
                               << u"Delivery without events (members: for_user_id)"_s;
    QTest::newRow("empty array") << QByteArray(R"({"for_user_id":"1","favorite_events":[]})")
                                 << u"favorite_events"_s << u"Unrecognised event type"_s;
    // Deeper than Qt's parser accepts: reported, not crashed on.
    QTest::newRow("deeply nested") << QByteArray(5000, '[') + QByteArray(5000, ']')
                                   << u"malformed"_s << u"Body is not JSON:"_s;
}

void TestEventDecoder::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, type);
    QFETCH(QString, summaryStart);
    const QList<DecodedItem> items = EventDecoder::decode(body);
    QCOMPARE(items.size(), 1); // nothing is dropped: one record even for garbage
    QCOMPARE(items.first().record.type, type);
    QCOMPARE(items.first().record.action, u"unknown"_s);
    QVERIFY2(items.first().record.summary.startsWith(summaryStart),
             qPrintable(items.first().record.summary));
    QVERIFY(!items.first().activityKey.isEmpty());
}

void TestEventDecoder::activityKeysMatchAcrossCopies()
{
    // The same DM delivered for each participant: same activity, different for_user_id.
    QByteArray forSender = fixture(u"aaa/direct_message_events.json"_s);
    QByteArray forRecipient = forSender;
    forRecipient.replace("\"for_user_id\": \"4337869213\"", "\"for_user_id\": \"3001969357\"");
    const auto a = EventDecoder::decode(forSender);
    const auto b = EventDecoder::decode(forRecipient);
    QCOMPARE(a.first().activityKey, b.first().activityKey);
    QVERIFY(a.first().record.forUserId != b.first().record.forUserId);

    const auto follow = EventDecoder::decode(fixture(u"aaa/follow.json"_s));
    const auto unfollow = EventDecoder::decode(fixture(u"aaa/unfollow.json"_s));
    QVERIFY(follow.first().activityKey != unfollow.first().activityKey);
    const auto garbage = EventDecoder::decode("not json");
    QCOMPARE(EventDecoder::decode("not json").first().activityKey, garbage.first().activityKey);
    QVERIFY(EventDecoder::decode("not json!").first().activityKey != garbage.first().activityKey);
}

void TestEventDecoder::timestamps()
{
    QCOMPARE(EventDecoder::decode(fixture(u"aaa/favorite_events.json"_s)).first().record.createdAt,
             u"2018-03-26T16:33:26.000Z"_s);
    QCOMPARE(EventDecoder::decode(fixture(u"aaa/follow.json"_s)).first().record.createdAt,
             u"2018-02-02T16:25:49.178Z"_s);
    QCOMPARE(EventDecoder::decode(fixture(u"aaa/user_event.json"_s)).first().record.createdAt,
             u"2018-05-24T09:48:12.000Z"_s);
    QCOMPARE(EventDecoder::decode(fixture(u"xaa/post_create.json"_s)).first().record.createdAt,
             u"2026-07-24T21:05:48.000Z"_s);
}

void TestEventDecoder::timestampFormsMatchQDateTime_data()
{
    // isoTimestamp formats and parses by hand (it runs for every stored event); QDateTime is the
    // reference it must agree with.
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    const auto utc = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    for (const qint64 ms :
         {qint64(0), qint64(1), qint64(951'782'400'000) /* 2000-02-29 */, qint64(1'522'082'006'140),
          qint64(4'102'444'799'999), qint64(253'402'300'799'999), qint64(253'402'300'800'000),
          qint64(-1), qint64(-86'400'001)}) {
        QTest::addRow("number %lld", ms) << QJsonValue(ms) << utc(ms);
        QTest::addRow("string %lld", ms) << QJsonValue(QString::number(ms)) << utc(ms);
    }
    const auto twitter = [](const char *text) { return QJsonValue(QString::fromLatin1(text)); };
    QTest::newRow("offset ahead") << twitter("Mon Mar 26 16:33:26 +0130 2018")
                                  << u"2018-03-26T15:03:26.000Z"_s;
    QTest::newRow("offset behind across midnight")
        << twitter("Sat Dec 31 23:59:59 -0100 2016") << u"2017-01-01T00:59:59.000Z"_s;
    QTest::newRow("leap day") << twitter("Thu Feb 29 12:00:00 +0000 2024")
                              << u"2024-02-29T12:00:00.000Z"_s;
    QTest::newRow("no such day") << twitter("Fri Feb 29 12:00:00 +0000 2023") << QString();
    QTest::newRow("no such month") << twitter("Fri Foo 01 12:00:00 +0000 2023") << QString();
    QTest::newRow("hour 24") << twitter("Fri Feb 03 24:00:00 +0000 2023") << QString();
    QTest::newRow("year 0") << twitter("Fri Feb 03 10:00:00 +0000 0000") << QString();
    QTest::newRow("surrounding space")
        << twitter("  Mon Mar 26 16:33:26 +0000 2018 ") << u"2018-03-26T16:33:26.000Z"_s;
    QTest::newRow("non-ASCII day name") // \w is ASCII-only, as it was with the expression
        << QJsonValue(u"Mön Mar 26 16:33:26 +0000 2018"_s) << QString();
    QTest::newRow("one digit day") << twitter("Mon Mar 6 16:33:26 +0000 2018") << QString();
    QTest::newRow("ISO with offset")
        << twitter("2018-03-26T18:33:26.5+02:00") << u"2018-03-26T16:33:26.500Z"_s;
    QTest::newRow("fraction") << QJsonValue(1.5) << utc(0);
    QTest::newRow("bool") << QJsonValue(true) << QString();
}

void TestEventDecoder::timestampFormsMatchQDateTime()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(PayloadText::isoTimestamp(value), expected);
}

QTEST_GUILESS_MAIN(TestEventDecoder)
#include "tst_eventdecoder.moc"
