// PayloadBuilder, continued: the event payloads themselves (x-api.md §4).
#include "sandbox/PayloadBuilder.h"

#include "sandbox/JsonWriter.h"
#include "sandbox/SandboxWorld.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

QByteArray PayloadBuilder::favorite(const QString &forUserId, const QString &eventId, qint64 atMs,
                                    const SandboxPost &liked, const SandboxAccount &liker) const
{
    JsonWriter w;
    w.beginObject().field("for_user_id", forUserId).key("favorite_events").beginArray();
    w.beginObject()
        .field("id", eventId)
        .field("created_at", xDate(atMs))
        .field("timestamp_ms", atMs)
        .key("favorited_status")
        .raw(post(liked))
        .key("user")
        .raw(user(liker))
        .endObject();
    w.endArray().endObject();
    return w.take();
}

QByteArray PayloadBuilder::relation(const QString &forUserId, const char *key, const QString &type,
                                    qint64 atMs, const SandboxAccount &source,
                                    const SandboxAccount &target) const
{
    JsonWriter w;
    w.beginObject().field("for_user_id", forUserId).key(key).beginArray();
    w.beginObject()
        .field("type", type)
        .field("created_timestamp", QString::number(atMs))
        .key("target")
        .raw(user(target))
        .key("source")
        .raw(user(source))
        .endObject();
    w.endArray().endObject();
    return w.take();
}

QByteArray PayloadBuilder::postCreate(const QString &forUserId, const SandboxPost &created,
                                      bool mentioned, bool userHasBlocked) const
{
    JsonWriter w;
    w.beginObject().field("for_user_id", forUserId);
    if (mentioned) // X's sample sends the flag as a string
        w.field("user_has_blocked", userHasBlocked ? u"true"_s : u"false"_s);
    w.key("tweet_create_events").beginArray().raw(post(created)).endArray().endObject();
    return w.take();
}

QByteArray PayloadBuilder::postDelete(const QString &forUserId, const QString &postId,
                                      const QString &authorId, qint64 atMs) const
{
    JsonWriter w;
    w.beginObject().field("for_user_id", forUserId).key("tweet_delete_events").beginArray();
    w.beginObject()
        .key("status")
        .beginObject()
        .field("id", postId)
        .field("user_id", authorId)
        .endObject()
        .field("timestamp_ms", QString::number(atMs))
        .endObject();
    w.endArray().endObject();
    return w.take();
}

QByteArray PayloadBuilder::dmUsers(const QString &a, const QString &b) const
{
    JsonWriter w;
    w.beginObject();
    for (const QString &id : {a, b}) {
        const SandboxAccount *account = m_world.account(id);
        if (!account || (id == b && a == b))
            continue;
        w.key(id.toLatin1().constData())
            .beginObject()
            .field("id", account->id)
            .field("created_timestamp", QString::number(account->createdAtMs))
            .field("name", account->name)
            .field("screen_name", account->screenName)
            .field("location", account->location)
            .field("description", account->description)
            .flag("protected", false)
            .flag("verified", false)
            .field("followers_count", m_world.followersCount(id))
            .field("friends_count", m_world.followingCount(id))
            .field("statuses_count", m_world.postCount(id))
            .field(
                "profile_image_url_https",
                u"https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png"_s)
            .endObject();
    }
    w.endObject();
    return w.take();
}

QByteArray PayloadBuilder::directMessage(const QString &forUserId,
                                         const SandboxMessage &message) const
{
    JsonWriter w;
    w.beginObject().field("for_user_id", forUserId).key("direct_message_events").beginArray();
    w.beginObject()
        .field("type", u"message_create"_s)
        .field("id", message.id)
        .field("created_timestamp", QString::number(message.createdAtMs))
        .key("message_create")
        .beginObject()
        .key("target")
        .beginObject()
        .field("recipient_id", message.recipientId)
        .endObject()
        .field("sender_id", message.senderId)
        .field("source_app_id", m_app.appId)
        .key("message_data")
        .beginObject()
        .field("text", message.text)
        .key("entities")
        .raw(entities(message.text))
        .endObject()
        .endObject()
        .endObject();
    w.endArray();
    w.key("apps")
        .beginObject()
        .key(m_app.appId.toLatin1().constData())
        .beginObject()
        .field("id", m_app.appId)
        .field("name", m_app.name)
        .field("url", u"https://github.com/aaconsole"_s)
        .endObject()
        .endObject();
    w.key("users").raw(dmUsers(message.senderId, message.recipientId)).endObject();
    return w.take();
}

QByteArray PayloadBuilder::typing(const QString &forUserId, const QString &senderId,
                                  const QString &recipientId, qint64 atMs) const
{
    JsonWriter w;
    w.beginObject()
        .field("for_user_id", forUserId)
        .key("direct_message_indicate_typing_events")
        .beginArray();
    w.beginObject()
        .field("created_timestamp", QString::number(atMs))
        .field("sender_id", senderId)
        .key("target")
        .beginObject()
        .field("recipient_id", recipientId)
        .endObject()
        .endObject();
    w.endArray().key("users").raw(dmUsers(senderId, recipientId)).endObject();
    return w.take();
}

QByteArray PayloadBuilder::read(const QString &forUserId, const QString &senderId,
                                const QString &recipientId, const QString &lastReadId,
                                qint64 atMs) const
{
    JsonWriter w;
    w.beginObject()
        .field("for_user_id", forUserId)
        .key("direct_message_mark_read_events")
        .beginArray();
    w.beginObject()
        .field("created_timestamp", QString::number(atMs))
        .field("sender_id", senderId)
        .key("target")
        .beginObject()
        .field("recipient_id", recipientId)
        .endObject()
        .field("last_read_event_id", lastReadId)
        .endObject();
    w.endArray().key("users").raw(dmUsers(senderId, recipientId)).endObject();
    return w.take();
}

QByteArray PayloadBuilder::revoke(const QString &userId, qint64 atMs) const
{
    const QString when
        = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s)
        + u"+00:00"_s;
    JsonWriter w;
    w.beginObject()
        .key("user_event")
        .beginObject()
        .key("revoke")
        .beginObject()
        .field("date_time", when)
        .key("target")
        .beginObject()
        .field("app_id", m_app.appId)
        .endObject()
        .key("source")
        .beginObject()
        .field("user_id", userId)
        .endObject()
        .endObject()
        .endObject()
        .endObject();
    return w.take();
}

QByteArray PayloadBuilder::replayStatus(const QString &webhookId, const QString &jobId,
                                        bool complete)
{
    JsonWriter w;
    w.beginObject()
        .key("replay_job_status")
        .beginObject()
        .field("webhook_id", webhookId)
        .field("job_state", complete ? u"Complete"_s : u"Incomplete"_s)
        .field("job_state_description",
               complete ? u"Job completed successfully"_s
                        : u"Job failed to deliver all events, please retry your replay job"_s)
        .field("job_id", jobId)
        .endObject()
        .endObject();
    return w.take();
}
