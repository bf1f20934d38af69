#include "sandbox/PayloadBuilder.h"

#include "sandbox/JsonWriter.h"
#include "sandbox/SandboxWorld.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const char DefaultAvatar[]
    = "https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png";
const char Source[] = "<a href=\"https://x.com\" rel=\"nofollow\">aaconsole Sandbox</a>";
constexpr int ShortTextLength = 140; //!< longer posts arrive truncated, with extended_tweet

// X counts entity indices in code points, QString in UTF-16 units.
int codePoints(const QString &text, int utf16Index)
{
    int count = 0;
    for (int i = 0; i < utf16Index && i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

} // namespace

PayloadBuilder::PayloadBuilder(const SandboxWorld &world, const SandboxApp &app)
    : m_world(world)
    , m_app(app)
{ }

QString PayloadBuilder::xDate(qint64 ms)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                                 u"ddd MMM dd HH:mm:ss +0000 yyyy"_s);
}

QList<PayloadBuilder::Mention> PayloadBuilder::mentions(const QString &text) const
{
    static const QRegularExpression handle(u"(?<![A-Za-z0-9_])@([A-Za-z0-9_]{1,15})"_s);
    QList<Mention> found;
    auto it = handle.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (const SandboxAccount *a = m_world.findUser(m.captured(1))) {
            found.append({a, codePoints(text, int(m.capturedStart(0))),
                          codePoints(text, int(m.capturedEnd(0)))});
        }
    }
    return found;
}

QByteArray PayloadBuilder::user(const SandboxAccount &a) const
{
    JsonWriter w;
    w.beginObject()
        .field("id", a.id.toLongLong())
        .field("id_str", a.id)
        .field("name", a.name)
        .field("screen_name", a.screenName)
        .field("location", a.location)
        .field("description", a.description)
        .key("url")
        .null()
        .flag("protected", false)
        .flag("verified", false)
        .field("followers_count", m_world.followersCount(a.id))
        .field("friends_count", m_world.followingCount(a.id))
        .field("listed_count", 0)
        .field("favourites_count", m_world.likeCount(a.id))
        .field("statuses_count", m_world.postCount(a.id))
        .field("created_at", xDate(a.createdAtMs))
        .field("profile_image_url_https", QLatin1String(DefaultAvatar))
        .endObject();
    return w.take();
}

QByteArray PayloadBuilder::entities(const QString &text) const
{
    JsonWriter w;
    w.beginObject().key("hashtags").beginArray().endArray();
    w.key("urls").beginArray().endArray();
    w.key("user_mentions").beginArray();
    for (const Mention &m : mentions(text)) {
        w.beginObject()
            .field("screen_name", m.account->screenName)
            .field("name", m.account->name)
            .field("id", m.account->id.toLongLong())
            .field("id_str", m.account->id)
            .key("indices")
            .beginArray()
            .integer(m.start)
            .integer(m.end)
            .endArray()
            .endObject();
    }
    w.endArray().key("symbols").beginArray().endArray().endObject();
    return w.take();
}

QByteArray PayloadBuilder::post(const SandboxPost &p) const
{
    const SandboxAccount *author = m_world.account(p.authorId);
    const SandboxPost *repliedTo = p.inReplyToId.isEmpty() ? nullptr : m_world.post(p.inReplyToId);
    const SandboxAccount *repliedUser = repliedTo ? m_world.account(repliedTo->authorId) : nullptr;
    const SandboxPost *quoted = p.quotedId.isEmpty() ? nullptr : m_world.post(p.quotedId);
    const qsizetype length = p.text.toUcs4().size();
    const bool longform = length > ShortTextLength;
    int replies = 0;
    int quotes = 0;
    for (const SandboxPost &other : m_world.posts()) {
        replies += other.inReplyToId == p.id ? 1 : 0;
        quotes += other.quotedId == p.id ? 1 : 0;
    }

    JsonWriter w;
    w.beginObject()
        .field("created_at", xDate(p.createdAtMs))
        .field("id", p.id.toLongLong())
        .field("id_str", p.id);
    if (longform) {
        const QList<uint> ucs4 = p.text.toUcs4();
        w.field("text",
                QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()),
                                  ShortTextLength - 1)
                    + u'…');
        w.key("display_text_range").beginArray().integer(0).integer(ShortTextLength).endArray();
    } else {
        w.field("text", p.text);
    }
    w.field("source", QLatin1String(Source))
        .flag("truncated", longform)
        .idOrNull("in_reply_to_status_id", repliedTo ? repliedTo->id : QString())
        .stringOrNull("in_reply_to_status_id_str", repliedTo ? repliedTo->id : QString())
        .idOrNull("in_reply_to_user_id", repliedUser ? repliedUser->id : QString())
        .stringOrNull("in_reply_to_user_id_str", repliedUser ? repliedUser->id : QString())
        .stringOrNull("in_reply_to_screen_name", repliedUser ? repliedUser->screenName : QString());
    w.key("user").raw(author ? user(*author) : QByteArray("null"));
    w.flag("is_quote_status", quoted != nullptr);
    if (longform) {
        w.key("extended_tweet")
            .beginObject()
            .field("full_text", p.text)
            .key("display_text_range")
            .beginArray()
            .integer(0)
            .integer(length)
            .endArray()
            .key("entities")
            .raw(entities(p.text))
            .endObject();
    }
    w.field("quote_count", quotes)
        .field("reply_count", replies)
        .field("retweet_count", 0)
        .field("favorite_count", m_world.likesOf(p.id))
        .key("entities")
        .raw(entities(longform ? QString() : p.text))
        .flag("favorited", false)
        .flag("retweeted", false)
        .field("filter_level", u"low"_s)
        .field("lang", u"en"_s)
        .field("timestamp_ms", QString::number(p.createdAtMs));
    if (quoted) {
        w.field("quoted_status_id", quoted->id.toLongLong())
            .field("quoted_status_id_str", quoted->id)
            .key("quoted_status")
            .raw(post(*quoted));
    }
    w.endObject();
    return w.take();
}
