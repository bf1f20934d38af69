#include "FilterCases.h"

#include "events/EventDecoder.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace FilterCases {

const QList<Sample> &samples()
{
    static QList<Sample> all;
    if (!all.isEmpty())
        return all;
    const QStringList files = {u"aaa/favorite_events"_s,
                               u"aaa/follow"_s,
                               u"aaa/unfollow"_s,
                               u"aaa/block"_s,
                               u"aaa/direct_message_events"_s,
                               u"aaa/tweet_create_mention"_s,
                               u"xaa/post_create"_s,
                               u"aaa/user_event"_s};
    qint64 seq = 0;
    for (const QString &file : files) {
        QFile f(QString::fromUtf8(AAC_SOURCE_DIR) + u"/resources/fixtures/"_s + file + u".json"_s);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        const QByteArray body = f.readAll();
        for (const DecodedItem &item : EventDecoder::decode(body)) {
            Sample s {file.section(u'/', 1), item.record, body};
            s.record.seq = ++seq;
            s.record.deliveryId = seq;
            s.record.receivedAtMs
                = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch()
                + seq * 60'000;
            s.record.signature = WebhookCrypto::SignatureVerdict::Valid;
            all.append(s);
        }
    }
    all[2].record.signature = WebhookCrypto::SignatureVerdict::Invalid; // unfollow
    all[3].record.signature = WebhookCrypto::SignatureVerdict::Missing; // block
    all[4].record.duplicateOf = 1; // the DM, as a fan-out copy
    all[4].record.duplicateKind = DuplicateKind::Fanout;
    return all;
}

void addSelectionRows()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    const QStringList all = {u"favorite_events"_s,
                             u"follow"_s,
                             u"unfollow"_s,
                             u"block"_s,
                             u"direct_message_events"_s,
                             u"tweet_create_mention"_s,
                             u"post_create"_s,
                             u"user_event"_s};
    QTest::newRow("empty") << QString() << all;
    QTest::newRow("blank") << u"   "_s << all;
    QTest::newRow("type") << u"type == favorite_events"_s << QStringList {u"favorite_events"_s};
    QTest::newRow("issue example") << u"type == favorite_events and user == 2244994945"_s
                                   << QStringList {u"favorite_events"_s};
    QTest::newRow("sig != valid") << u"sig != valid"_s << QStringList {u"unfollow"_s, u"block"_s};
    QTest::newRow("sig == missing") << u"sig == missing"_s << QStringList {u"block"_s};
    QTest::newRow("dup") << u"dup"_s << QStringList {u"direct_message_events"_s};
    QTest::newRow("dup == fanout")
        << u"dup == fanout"_s << QStringList {u"direct_message_events"_s};
    QTest::newRow("not dup and source")
        << u"not dup and source == xaa"_s << QStringList {u"post_create"_s};
    QTest::newRow("json path example")
        << u"$.favorited_status.user.screen_name == \"XDevelopers\""_s
        << QStringList {u"favorite_events"_s};
    QTest::newRow("action") << u"action == unfollow"_s << QStringList {u"unfollow"_s};
    QTest::newRow("grouping")
        << u"(type == follow_events or type == block_events) and action != block"_s
        << QStringList {u"follow"_s, u"unfollow"_s};
    QTest::newRow("symbols") << u"type == follow_events && !(action == follow)"_s
                             << QStringList {u"unfollow"_s};
    QTest::newRow("user by name") << u"user == @xdevelopers"_s
                                  << QStringList {u"favorite_events"_s, u"follow"_s, u"unfollow"_s,
                                                  u"block"_s, u"tweet_create_mention"_s};
    QTest::newRow("actor") << u"actor == 4337869213"_s
                           << QStringList {u"favorite_events"_s, u"follow"_s, u"unfollow"_s,
                                           u"tweet_create_mention"_s};
    QTest::newRow("target contains") << u"target contains 1309"_s << QStringList {u"user_event"_s};
    QTest::newRow("id matches") << u"id matches ^a7ba"_s << QStringList {u"favorite_events"_s};
    QTest::newRow("text in the summary")
        << u"\"Hello World\""_s << QStringList {u"direct_message_events"_s};
    QTest::newRow("text in the body only")
        << u"FuriousCamperTestApp1"_s << QStringList {u"direct_message_events"_s};
    QTest::newRow("text is case-insensitive")
        << u"furiouscampertestapp1"_s << QStringList {u"direct_message_events"_s};
    QTest::newRow("text matches") << u"text matches \"h.llo w\""_s
                                  << QStringList {u"direct_message_events"_s};
    QTest::newRow("dm or revoked")
        << u"dm or revoked"_s << QStringList {u"direct_message_events"_s, u"user_event"_s};
    QTest::newRow("two words are and") << u"revoked app"_s << QStringList {u"user_event"_s};
    QTest::newRow("seq") << u"seq > 6"_s << QStringList {u"post_create"_s, u"user_event"_s};
    QTest::newRow("hash is seq") << u"# <= 2"_s << QStringList {u"favorite_events"_s, u"follow"_s};
    QTest::newRow("time") << u"time >= 2026-11-27T10:07:00Z"_s
                          << QStringList {u"post_create"_s, u"user_event"_s};
    QTest::newRow("seq <") << u"seq < 3"_s << QStringList {u"favorite_events"_s, u"follow"_s};
    QTest::newRow("time <") << u"time < 2026-11-27T10:03:00Z"_s
                            << QStringList {u"favorite_events"_s, u"follow"_s};
    QTest::newRow("time >") << u"time > 2026-11-27T10:07:00Z"_s << QStringList {u"user_event"_s};
    QTest::newRow("source == aaa") << u"source == aaa"_s << QStringList {u"favorite_events"_s,
                                                                         u"follow"_s,
                                                                         u"unfollow"_s,
                                                                         u"block"_s,
                                                                         u"direct_message_events"_s,
                                                                         u"tweet_create_mention"_s,
                                                                         u"user_event"_s};
    QTest::newRow("not matches") << u"not type matches \"^(follow|block)\""_s
                                 << QStringList {u"favorite_events"_s, u"direct_message_events"_s,
                                                 u"tweet_create_mention"_s, u"post_create"_s,
                                                 u"user_event"_s};
    QTest::newRow("delivery") << u"delivery == 4"_s << QStringList {u"block"_s};
    QTest::newRow("json number") << u"$.timestamp_ms > 1522082006000"_s
                                 << QStringList {u"favorite_events"_s};
    QTest::newRow("json array index") << u"$.entities.user_mentions[0].screen_name == XDevelopers"_s
                                      << QStringList {u"tweet_create_mention"_s};
    QTest::newRow("json nested contains") << u"$.message_create.message_data.text contains hello"_s
                                          << QStringList {u"direct_message_events"_s};
    QTest::newRow("json presence") << u"$.user_has_blocked"_s << QStringList();
    QTest::newRow("json missing != x")
        << u"$.type != follow"_s << QStringList {u"favorite_events"_s,
                                                 u"unfollow"_s,
                                                 u"block"_s,
                                                 u"direct_message_events"_s,
                                                 u"tweet_create_mention"_s,
                                                 u"post_create"_s,
                                                 u"user_event"_s};
}

} // namespace FilterCases
