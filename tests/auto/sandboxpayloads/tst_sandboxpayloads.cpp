// The Sandbox's payloads are X's shapes: every event the Sandbox can emit decodes, with the
// existing EventDecoder, into the record a user expects (type, action, for_user_id, actor,
// target), keeps X's key order and 64-bit id literals, and the world behind them is what the
// README promises (well-known owner, deterministic tokens).
#include "events/EventDecoder.h"
#include "sandbox/JsonWriter.h"
#include "sandbox/PayloadBuilder.h"
#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxDefaults.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxWorld.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Owner = QLatin1String(SandboxDefaults::AppOwnerUserId);
const QString Alice = u"1000000002"_s;
const QString Bob = u"1000000003"_s;
const QString OwnerPost = u"1850000000000000001"_s;
constexpr qint64 At = 1767225600000; // 2026-01-01T00:00:00Z

} // namespace

class TestSandboxPayloads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void seededWorldHasTheWellKnownOwner();
    void everyAccountHasADeterministicTokenPair();
    void usersAreFoundByIdOrScreenName();
    void payloadsDecodeAsX_data();
    void payloadsDecodeAsX();
    void mentionsCarryIndicesAndTheBlockedFlag();
    void longPostsArriveTruncatedWithExtendedTweet();
    void keyOrderAndLongIdsSurvive();
    void jsonWriterEscapes();
    void snowflakesGrowAndCarryTheirTime();

private:
    SandboxApp m_app;
    SandboxWorld m_world;
};

void TestSandboxPayloads::init()
{
    m_app = SandboxApp::defaults();
    m_world = SandboxWorld::seeded(m_app);
}

void TestSandboxPayloads::seededWorldHasTheWellKnownOwner()
{
    const SandboxAccount *owner = m_world.account(Owner);
    QVERIFY(owner);
    QCOMPARE(owner->screenName, QLatin1String(SandboxDefaults::AppOwnerScreenName));
    QCOMPARE(owner->token, QLatin1String(SandboxDefaults::AccessToken));
    QCOMPARE(owner->tokenSecret, QLatin1String(SandboxDefaults::AccessTokenSecret));
    QVERIFY(m_world.accounts().size() >= 4);
    QVERIFY(!m_world.postsBy(Owner).isEmpty());
    QCOMPARE(m_world.postsBy(Owner).first().id, OwnerPost);
    QCOMPARE(m_app.credentials().consumerSecret, QLatin1String(SandboxDefaults::ConsumerSecret));
}

void TestSandboxPayloads::everyAccountHasADeterministicTokenPair()
{
    const SandboxWorld again = SandboxWorld::seeded(m_app);
    QSet<QString> tokens;
    for (const SandboxAccount &a : m_world.accounts()) {
        QVERIFY2(!a.token.isEmpty() && !a.tokenSecret.isEmpty(), qPrintable(a.screenName));
        QCOMPARE(again.account(a.id)->token, a.token);
        QCOMPARE(again.account(a.id)->tokenSecret, a.tokenSecret);
        QCOMPARE(m_world.accountWithToken(a.token)->id, a.id);
        tokens.insert(a.token);
    }
    QCOMPARE(tokens.size(), m_world.accounts().size());
    QCOMPARE(SandboxWorld::tokenFor(Alice), m_world.account(Alice)->token);
    QVERIFY(m_world.account(Alice)->token.startsWith(Alice + u'-'));
}

void TestSandboxPayloads::usersAreFoundByIdOrScreenName()
{
    QCOMPARE(m_world.findUser(Alice)->screenName, u"alice"_s);
    QCOMPARE(m_world.findUser(u"@alice"_s)->id, Alice);
    QCOMPARE(m_world.findUser(u"ALICE"_s)->id, Alice);
    QVERIFY(!m_world.findUser(u"@nobody"_s));
    QVERIFY(!m_world.findUser(u"99"_s));
}

void TestSandboxPayloads::payloadsDecodeAsX_data()
{
    QTest::addColumn<QByteArray>("body");
    // type|action|for_user_id|actor_id|target_id
    QTest::addColumn<QStringList>("expected");

    const PayloadBuilder b(m_world, m_app);
    const SandboxAccount &owner = *m_world.account(Owner);
    const SandboxAccount &alice = *m_world.account(Alice);
    const SandboxPost &post = *m_world.post(OwnerPost);
    const auto row = [](const char *name, const QByteArray &body, const QStringList &expected) {
        QTest::newRow(name) << body << expected;
    };
    row("favorite", b.favorite(Owner, SandboxIds::eventId(), At, post, alice),
        {u"favorite_events"_s, u"favorite"_s, Owner, Alice, Owner});
    for (const char *type : {"follow", "unfollow"}) {
        row(type, b.relation(Owner, "follow_events", QLatin1String(type), At, alice, owner),
            {u"follow_events"_s, QLatin1String(type), Owner, Alice, Owner});
    }
    for (const char *type : {"block", "unblock"}) {
        row(type, b.relation(Owner, "block_events", QLatin1String(type), At, owner, alice),
            {u"block_events"_s, QLatin1String(type), Owner, Owner, Alice});
    }
    for (const char *type : {"mute", "unmute"}) {
        row(type, b.relation(Owner, "mute_events", QLatin1String(type), At, owner, alice),
            {u"mute_events"_s, QLatin1String(type), Owner, Owner, Alice});
    }
    const SandboxPost own {u"1900000000000000001"_s, Owner, u"Hello"_s, At, {}, {}};
    row("post", b.postCreate(Owner, own, false, false),
        {u"tweet_create_events"_s, u"create"_s, Owner, Owner, QString()});
    const SandboxPost delta {u"1900000000000000002"_s, Alice, u"hi @sandbox_owner"_s, At, {}, {}};
    m_world.addPost(delta);
    row("mention", b.postCreate(Owner, delta, true, false),
        {u"tweet_create_events"_s, u"create"_s, Owner, Alice, Owner});
    const SandboxPost reply {u"1900000000000000003"_s, Alice, u"agreed"_s, At, OwnerPost, {}};
    m_world.addPost(reply);
    row("reply", b.postCreate(Owner, reply, false, false),
        {u"tweet_create_events"_s, u"create"_s, Owner, Alice, Owner});
    const SandboxPost quote {u"1900000000000000004"_s, Alice, u"look"_s, At, {}, OwnerPost};
    m_world.addPost(quote);
    row("quote", b.postCreate(Owner, quote, false, false),
        {u"tweet_create_events"_s, u"create"_s, Owner, Alice, Owner});
    row("delete", b.postDelete(Owner, OwnerPost, Owner, At),
        {u"tweet_delete_events"_s, u"delete"_s, Owner, Owner, QString()});
    const SandboxMessage dm {u"1900000000000000005"_s, Alice, Owner, u"hi"_s, At};
    row("dm for the recipient", b.directMessage(Owner, dm),
        {u"direct_message_events"_s, u"message"_s, Owner, Alice, Owner});
    row("dm for the sender", b.directMessage(Alice, dm),
        {u"direct_message_events"_s, u"message"_s, Alice, Alice, Owner});
    row("typing", b.typing(Owner, Alice, Owner, At),
        {u"direct_message_indicate_typing_events"_s, u"typing"_s, Owner, Alice, Owner});
    row("read", b.read(Alice, Owner, Alice, dm.id, At),
        {u"direct_message_mark_read_events"_s, u"read"_s, Alice, Owner, Alice});
    row("revoke", b.revoke(Alice, At),
        {u"user_event"_s, u"revoke"_s, QString(), Alice, m_app.appId});
    row("replay status", PayloadBuilder::replayStatus(u"123"_s, u"456"_s, true),
        {u"replay_job_status"_s, u"replay_status"_s, QString(), QString(), QString()});
}

void TestSandboxPayloads::payloadsDecodeAsX()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    QVERIFY2(!QJsonDocument::fromJson(body).isNull(), body.constData()); // valid JSON
    const QList<DecodedItem> items = EventDecoder::decode(body);
    QCOMPARE(items.size(), 1);
    const EventRecord &r = items.first().record;
    QCOMPARE((QStringList {r.type, r.action, r.forUserId, r.actorId, r.targetId}), expected);
    QVERIFY2(!r.summary.isEmpty(), qPrintable(r.summary));
    if (r.type != u"replay_job_status")
        QVERIFY2(!r.createdAt.isEmpty(), body.constData());
}

void TestSandboxPayloads::mentionsCarryIndicesAndTheBlockedFlag()
{
    const PayloadBuilder b(m_world, m_app);
    const SandboxPost post {
        u"1900000000000000010"_s, Alice, u"héllo @bob and @sandbox_owner"_s, At, {}, {}};
    m_world.addPost(post);
    const auto mentions = b.mentions(post.text);
    QCOMPARE(mentions.size(), 2);
    QCOMPARE(mentions.at(0).account->id, Bob);
    QCOMPARE((QList<int> {mentions.at(0).start, mentions.at(0).end}), (QList<int> {6, 10}));
    const QJsonObject payload
        = QJsonDocument::fromJson(b.postCreate(Bob, post, true, true)).object();
    QCOMPARE(payload.value(u"user_has_blocked"_s).toString(), u"true"_s); // a string, as X sends
    const QJsonObject tweet = payload.value(u"tweet_create_events"_s).toArray().first().toObject();
    const auto mentioned
        = tweet.value(u"entities"_s).toObject().value(u"user_mentions"_s).toArray();
    QCOMPARE(mentioned.size(), 2);
    QCOMPARE(mentioned.at(1).toObject().value(u"id_str"_s).toString(), Owner);
    // The author's own copy carries no flag.
    QVERIFY(!QJsonDocument::fromJson(b.postCreate(Alice, post, false, false))
                 .object()
                 .contains(u"user_has_blocked"_s));
}

void TestSandboxPayloads::longPostsArriveTruncatedWithExtendedTweet()
{
    const PayloadBuilder b(m_world, m_app);
    const QString text = QString(150, u'a') + u" @alice"_s;
    const SandboxPost post {u"1900000000000000011"_s, Owner, text, At, {}, {}};
    const QJsonObject tweet = QJsonDocument::fromJson(b.post(post)).object();
    QVERIFY(tweet.value(u"truncated"_s).toBool());
    QCOMPARE(tweet.value(u"text"_s).toString().size(), 140);
    const QJsonObject extended = tweet.value(u"extended_tweet"_s).toObject();
    QCOMPARE(extended.value(u"full_text"_s).toString(), text);
    QCOMPARE(extended.value(u"entities"_s).toObject().value(u"user_mentions"_s).toArray().size(),
             1);
}

void TestSandboxPayloads::keyOrderAndLongIdsSurvive()
{
    const PayloadBuilder b(m_world, m_app);
    const SandboxPost post {u"1924465506158878979"_s, Owner, u"x"_s, At, {}, {}};
    const QByteArray body = b.postCreate(Owner, post, false, false);
    QVERIFY2(body.startsWith("{\"for_user_id\":\"1000000001\",\"tweet_create_events\":[{"),
             body.constData());
    // The literal, not a rounded double (1924465506158879000).
    QVERIFY2(body.contains("\"id\":1924465506158878979,\"id_str\":\"1924465506158878979\""),
             body.constData());
    QCOMPARE(EventDecoder::decode(body).first().record.eventId, post.id);
}

void TestSandboxPayloads::jsonWriterEscapes()
{
    JsonWriter w;
    w.beginObject()
        .field("a", u"quote \" backslash \\ newline \n tab \t bell \x07 é"_s)
        .key("b")
        .beginArray()
        .integer(-9223372036854775807LL)
        .boolean(true)
        .null()
        .endArray()
        .key("c")
        .beginObject()
        .endObject()
        .endObject();
    const QByteArray json = w.take();
    QCOMPARE(
        json,
        QByteArray("{\"a\":\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 \xc3\xa9\","
                   "\"b\":[-9223372036854775807,true,null],\"c\":{}}"));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"a"_s).toString(),
             u"quote \" backslash \\ newline \n tab \t bell \x07 é"_s);
}

void TestSandboxPayloads::snowflakesGrowAndCarryTheirTime()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QString previous = SandboxIds::snowflake();
    for (int i = 0; i < 5000; ++i) { // more than one millisecond's worth of sequence numbers
        const QString next = SandboxIds::snowflake();
        QVERIFY(next.toLongLong() > previous.toLongLong());
        previous = next;
    }
    QVERIFY(SandboxIds::timeOf(previous) >= before);
    QVERIFY(SandboxIds::timeOf(previous) <= QDateTime::currentMSecsSinceEpoch() + 10);
    QCOMPARE(SandboxIds::eventId().size(), 32);
    QCOMPARE(SandboxIds::pin().size(), 7);
}

QTEST_APPLESS_MAIN(TestSandboxPayloads)
#include "tst_sandboxpayloads.moc"
