// Account Activity API payloads (x-api.md §4): one function per event kind.
#include "events/DecoderParts.h"
#include "events/PayloadText.h"

#include <QJsonArray>

using namespace PayloadText;

namespace DecoderParts {

namespace {

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

void setActor(EventRecord &r, const QJsonObject &user)
{
    r.actorId = id(user);
    r.actorName = handle(user);
}

void setTarget(EventRecord &r, const QJsonObject &user)
{
    r.targetId = id(user);
    r.targetName = handle(user);
}

// "@name" of `userId` among the post's mentions (long posts list them in extended_tweet).
QString mentionedName(const QJsonObject &post, const QString &userId)
{
    for (const QJsonObject &entities :
         {obj(post, "entities"), obj(obj(post, "extended_tweet"), "entities")}) {
        for (const QJsonValue &mention : entities.value(QLatin1String("user_mentions")).toArray()) {
            if (id(mention.toObject()) == userId)
                return handle(mention.toObject());
        }
    }
    return {};
}

void decodePost(const QJsonObject &post, const AaaContext &context, DecodedItem &out)
{
    EventRecord &r = out.record;
    r.action = QStringLiteral("create");
    r.eventId = id(post);
    r.createdAt = isoTimestamp(post.value(QLatin1String("created_at")));
    if (r.createdAt.isEmpty())
        r.createdAt = isoTimestamp(post.value(QLatin1String("timestamp_ms")));
    setActor(r, obj(post, "user"));
    const QString text = excerpt(postText(post));
    const QString actor = who(r.actorName, r.actorId);

    const QJsonObject reposted = obj(post, "retweeted_status");
    const QJsonObject quoted = obj(post, "quoted_status");
    const QString replyTo = id(post, QStringLiteral("in_reply_to_user_id"));
    if (!reposted.isEmpty()) {
        setTarget(r, obj(reposted, "user"));
        r.summary = EventDecoder::tr("%1 reposted %2's post %3")
                        .arg(actor, who(r.targetName, r.targetId), excerpt(postText(reposted)));
    } else if (!quoted.isEmpty()) {
        setTarget(r, obj(quoted, "user"));
        r.summary
            = EventDecoder::tr("%1 quoted %2: %3").arg(actor, who(r.targetName, r.targetId), text);
    } else if (!replyTo.isEmpty()) {
        r.targetId = replyTo;
        const QString name = str(post, "in_reply_to_screen_name");
        r.targetName = name.isEmpty() ? QString() : u'@' + name;
        r.summary = EventDecoder::tr("%1 replied to %2: %3")
                        .arg(actor, who(r.targetName, r.targetId), text);
    } else if (!context.forUserId.isEmpty() && !r.actorId.isEmpty()
               && r.actorId != context.forUserId) {
        // Someone else's post delivered to the subscribed user: it mentions them.
        r.targetId = context.forUserId;
        r.targetName = mentionedName(post, context.forUserId);
        if (r.targetName.isEmpty())
            r.targetName = context.nameOf(context.forUserId);
        r.summary = EventDecoder::tr("%1 mentioned %2: %3")
                        .arg(actor, who(r.targetName, r.targetId), text);
    } else {
        r.summary = EventDecoder::tr("%1 posted %2").arg(actor, text);
    }
    out.activityKey = "post|" + r.eventId.toUtf8();
}

void decodeFavorite(const QJsonObject &item, DecodedItem &out)
{
    EventRecord &r = out.record;
    r.action = QStringLiteral("favorite");
    r.eventId = id(item);
    r.createdAt = isoTimestamp(item.value(QLatin1String("created_at")));
    if (r.createdAt.isEmpty())
        r.createdAt = isoTimestamp(item.value(QLatin1String("timestamp_ms")));
    setActor(r, obj(item, "user"));
    const QJsonObject post = obj(item, "favorited_status");
    setTarget(r, obj(post, "user"));
    r.summary = EventDecoder::tr("%1 liked %2's post %3")
                    .arg(who(r.actorName, r.actorId), who(r.targetName, r.targetId),
                         excerpt(postText(post)));
    out.activityKey = "favorite|" + r.eventId.toUtf8();
}

// follow_events, block_events, mute_events (and the unfollow/unblock/unmute keys older payloads
// use): the `type` member says which, falling back to the key.
void decodeRelation(const QString &key, const QJsonObject &item, DecodedItem &out)
{
    EventRecord &r = out.record;
    const QString fromKey = key.section(u'_', 0, 0);
    r.action = str(item, "type").isEmpty() ? fromKey : str(item, "type");
    setActor(r, obj(item, "source"));
    setTarget(r, obj(item, "target"));
    const QString when = str(item, "created_timestamp");
    r.createdAt = isoTimestamp(item.value(QLatin1String("created_timestamp")));
    r.eventId = QStringLiteral("%1:%2:%3:%4").arg(r.action, r.actorId, r.targetId, when);
    r.summary
        = relationSummary(r.action, who(r.actorName, r.actorId), who(r.targetName, r.targetId));
    out.activityKey = "relation|" + r.eventId.toUtf8();
}

void lookUpDmNames(EventRecord &r, const AaaContext &context)
{
    r.actorName = context.nameOf(r.actorId);
    r.targetName = context.nameOf(r.targetId);
}

void decodeDirectMessage(const QJsonObject &item, const AaaContext &context, DecodedItem &out)
{
    EventRecord &r = out.record;
    r.action = QStringLiteral("message");
    r.eventId = id(item);
    r.createdAt = isoTimestamp(item.value(QLatin1String("created_timestamp")));
    const QJsonObject create = obj(item, "message_create");
    r.actorId = idString(create.value(QLatin1String("sender_id")));
    r.targetId = idString(obj(create, "target").value(QLatin1String("recipient_id")));
    lookUpDmNames(r, context);
    r.summary = EventDecoder::tr("DM from %1 to %2: %3")
                    .arg(who(r.actorName, r.actorId), who(r.targetName, r.targetId),
                         excerpt(str(obj(create, "message_data"), "text")));
    out.activityKey = "dm|" + r.eventId.toUtf8();
}

void decodeTyping(const QJsonObject &item, const AaaContext &context, DecodedItem &out)
{
    EventRecord &r = out.record;
    r.action = QStringLiteral("typing");
    r.actorId = idString(item.value(QLatin1String("sender_id")));
    r.targetId = idString(obj(item, "target").value(QLatin1String("recipient_id")));
    r.createdAt = isoTimestamp(item.value(QLatin1String("created_timestamp")));
    lookUpDmNames(r, context);
    r.eventId
        = QStringLiteral("%1:%2:%3").arg(r.actorId, r.targetId, str(item, "created_timestamp"));
    r.summary = EventDecoder::tr("%1 is typing a DM to %2")
                    .arg(who(r.actorName, r.actorId), who(r.targetName, r.targetId));
    out.activityKey = "typing|" + r.eventId.toUtf8();
}

void decodeRead(const QJsonObject &item, const AaaContext &context, DecodedItem &out)
{
    EventRecord &r = out.record;
    r.action = QStringLiteral("read");
    r.actorId = idString(item.value(QLatin1String("sender_id")));
    r.targetId = idString(obj(item, "target").value(QLatin1String("recipient_id")));
    r.createdAt = isoTimestamp(item.value(QLatin1String("created_timestamp")));
    lookUpDmNames(r, context);
    const QString upTo = idString(item.value(QLatin1String("last_read_event_id")));
    r.eventId = QStringLiteral("%1:%2:%3").arg(r.actorId, r.targetId, upTo);
    r.summary = EventDecoder::tr("%1 read the DMs with %2 (up to %3)")
                    .arg(who(r.actorName, r.actorId), who(r.targetName, r.targetId), upTo);
    out.activityKey = "read|" + r.eventId.toUtf8();
}

void decodePostDelete(const QJsonObject &item, const AaaContext &context, DecodedItem &out)
{
    EventRecord &r = out.record;
    r.action = QStringLiteral("delete");
    const QJsonObject status = obj(item, "status");
    r.eventId = id(status);
    r.actorId = id(status, QStringLiteral("user_id"));
    r.actorName = context.nameOf(r.actorId);
    r.createdAt = isoTimestamp(item.value(QLatin1String("timestamp_ms")));
    r.summary = EventDecoder::tr("%1 deleted post %2").arg(who(r.actorName, r.actorId), r.eventId);
    out.activityKey = "post_delete|" + r.eventId.toUtf8();
}

} // namespace

QString relationSummary(const QString &action, const QString &actor, const QString &target)
{
    if (action == u"follow")
        return EventDecoder::tr("%1 followed %2").arg(actor, target);
    if (action == u"unfollow")
        return EventDecoder::tr("%1 unfollowed %2").arg(actor, target);
    if (action == u"block")
        return EventDecoder::tr("%1 blocked %2").arg(actor, target);
    if (action == u"unblock")
        return EventDecoder::tr("%1 unblocked %2").arg(actor, target);
    if (action == u"mute")
        return EventDecoder::tr("%1 muted %2").arg(actor, target);
    if (action == u"unmute")
        return EventDecoder::tr("%1 unmuted %2").arg(actor, target);
    return EventDecoder::tr("%1 %2 %3").arg(actor, action, target);
}

QString AaaContext::nameOf(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    return handle(users.value(userId).toObject());
}

bool decodeAaaItem(const QString &key, const QJsonValue &value, const AaaContext &context,
                   DecodedItem &out)
{
    const QJsonObject item = value.toObject();
    EventRecord &r = out.record;
    r.source = EventSource::Aaa;
    r.type = key;
    r.forUserId = context.forUserId;

    if (key == u"tweet_create_events")
        decodePost(item, context, out);
    else if (key == u"favorite_events")
        decodeFavorite(item, out);
    else if (key == u"follow_events" || key == u"unfollow_events" || key == u"block_events"
             || key == u"unblock_events" || key == u"mute_events" || key == u"unmute_events")
        decodeRelation(key, item, out);
    else if (key == u"direct_message_events")
        decodeDirectMessage(item, context, out);
    else if (key == u"direct_message_indicate_typing_events")
        decodeTyping(item, context, out);
    else if (key == u"direct_message_mark_read_events")
        decodeRead(item, context, out);
    else if (key == u"tweet_delete_events")
        decodePostDelete(item, context, out);
    else
        return false;

    // The subscribed user's name, from whichever party of the event it is.
    if (r.forUserId == r.actorId)
        r.forUserName = r.actorName;
    else if (r.forUserId == r.targetId)
        r.forUserName = r.targetName;
    if (r.forUserName.isEmpty())
        r.forUserName = context.nameOf(r.forUserId);
    return true;
}

void decodeAaaObject(const QString &key, const QJsonObject &object, const AaaContext &context,
                     DecodedItem &out)
{
    EventRecord &r = out.record;
    r.source = EventSource::Aaa;
    r.type = key;
    r.forUserId = context.forUserId;
    if (key == u"replay_job_status") {
        r.action = QStringLiteral("replay_status");
        r.eventId = idString(object.value(QLatin1String("job_id")));
        const QString state = str(object, "job_state");
        r.summary = EventDecoder::tr("Replay job %1 for webhook %2: %3 (%4)")
                        .arg(r.eventId, idString(object.value(QLatin1String("webhook_id"))), state,
                             str(object, "job_state_description"));
        out.activityKey = "replay|" + r.eventId.toUtf8() + '|' + state.toUtf8();
        return;
    }
    // user_event: {"revoke": {date_time, target: {app_id}, source: {user_id}}}. It carries no
    // for_user_id; the revoking user is the actor.
    const QJsonObject revoke = obj(object, "revoke");
    r.action = revoke.isEmpty() ? QStringLiteral("unknown") : QStringLiteral("revoke");
    r.actorId = idString(obj(revoke, "source").value(QLatin1String("user_id")));
    r.targetId = idString(obj(revoke, "target").value(QLatin1String("app_id")));
    r.createdAt = isoTimestamp(revoke.value(QLatin1String("date_time")));
    r.eventId = QStringLiteral("%1:%2:%3").arg(r.actorId, r.targetId, str(revoke, "date_time"));
    r.summary = revoke.isEmpty()
        ? EventDecoder::tr("Unrecognised user_event: %1").arg(object.keys().join(u", "))
        : EventDecoder::tr("%1 revoked access for app %2")
              .arg(who(context.nameOf(r.actorId), r.actorId), r.targetId);
    out.activityKey = "user_event|" + r.eventId.toUtf8();
}

} // namespace DecoderParts
