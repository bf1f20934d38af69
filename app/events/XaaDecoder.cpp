// X Activity API envelopes (x-api.md §4 "v2 delivery differences"): {"data": {event_uuid, filter,
// event_type, tag, payload, includes}}. Payload shapes vary by event type and X documents only
// some, so actor and target are looked for in the places the published samples use.
#include "events/DecoderParts.h"
#include "events/PayloadText.h"

#include <QJsonArray>

using namespace PayloadText;

namespace DecoderParts {

namespace {

QString actionFor(const QString &eventType)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("follow.follow"), QStringLiteral("follow")},
        {QStringLiteral("follow.unfollow"), QStringLiteral("unfollow")},
        {QStringLiteral("block.block"), QStringLiteral("block")},
        {QStringLiteral("block.unblock"), QStringLiteral("unblock")},
        {QStringLiteral("mute.mute"), QStringLiteral("mute")},
        {QStringLiteral("mute.unmute"), QStringLiteral("unmute")},
        {QStringLiteral("like.create"), QStringLiteral("favorite")},
        {QStringLiteral("dm.sent"), QStringLiteral("message")},
        {QStringLiteral("dm.received"), QStringLiteral("message")},
        {QStringLiteral("dm.indicate_typing"), QStringLiteral("typing")},
        {QStringLiteral("dm.read"), QStringLiteral("read")},
        {QStringLiteral("chat.sent"), QStringLiteral("message")},
        {QStringLiteral("chat.received"), QStringLiteral("message")},
        {QStringLiteral("oauth.revoke"), QStringLiteral("revoke")},
    };
    if (const auto it = known.constFind(eventType); it != known.constEnd())
        return *it;
    if (eventType.startsWith(u"post.") && eventType.endsWith(u".create"))
        return QStringLiteral("create");
    if (eventType.startsWith(u"profile.update."))
        return QStringLiteral("update");
    const QString last = eventType.section(u'.', -1);
    return last.isEmpty() ? QStringLiteral("unknown") : last;
}

// id → "@username" from includes.users[] (v2 users) and payload.users {id: {data: user}} (legacy
// DMs).
QHash<QString, QString> userNames(const QJsonObject &data, const QJsonObject &payload)
{
    QHash<QString, QString> names;
    const QJsonArray included
        = data.value(QLatin1String("includes")).toObject().value(QLatin1String("users")).toArray();
    for (const QJsonValue &u : included)
        names.insert(id(u.toObject()), handle(u.toObject()));
    const QJsonObject map = payload.value(QLatin1String("users")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        QJsonObject user = it.value().toObject();
        if (user.contains(QLatin1String("data")))
            user = user.value(QLatin1String("data")).toObject();
        names.insert(it.key(), handle(user));
    }
    return names;
}

QString firstId(const QJsonObject &payload, std::initializer_list<const char *> paths)
{
    for (const char *path : paths) {
        QJsonValue v = payload;
        for (const QString &part : QString::fromLatin1(path).split(u'.'))
            v = v.toObject().value(part);
        const QString found = idString(v);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

void decodeXaa(const QJsonObject &data, DecodedItem &out)
{
    EventRecord &r = out.record;
    const QJsonObject payload = data.value(QLatin1String("payload")).toObject();
    r.source = EventSource::Xaa;
    r.type = data.value(QLatin1String("event_type")).toString();
    r.action = actionFor(r.type);
    r.eventId = idString(data.value(QLatin1String("event_uuid")));
    r.forUserId
        = idString(data.value(QLatin1String("filter")).toObject().value(QLatin1String("user_id")));

    const QJsonObject dm
        = payload.value(QLatin1String("direct_message_events")).toArray().at(0).toObject();
    const QJsonObject create = dm.value(QLatin1String("message_create")).toObject();
    if (!dm.isEmpty()) {
        r.actorId = idString(create.value(QLatin1String("sender_id")));
        r.targetId = idString(
            create.value(QLatin1String("target")).toObject().value(QLatin1String("recipient_id")));
        r.createdAt = isoTimestamp(dm.value(QLatin1String("created_timestamp")));
    } else {
        r.actorId = firstId(
            payload,
            {"author_id", "source.id", "source_user_id", "user_id", "sender_id", "user.id"});
        r.targetId = firstId(
            payload,
            {"target.id", "target_user_id", "in_reply_to_user_id", "recipient_id", "app_id"});
        if (r.actorId.isEmpty() && r.type.startsWith(u"profile.update."))
            r.actorId = r.forUserId;
    }
    if (r.createdAt.isEmpty())
        r.createdAt = isoTimestamp(payload.value(QLatin1String("created_at")));
    if (r.createdAt.isEmpty())
        r.createdAt = isoTimestamp(payload.value(QLatin1String("date_time")));

    const QHash<QString, QString> names = userNames(data, payload);
    r.actorName = names.value(r.actorId);
    r.targetName = names.value(r.targetId);
    r.forUserName = names.value(r.forUserId);
    const QString actor = who(r.actorName, r.actorId);
    const QString target = who(r.targetName, r.targetId);

    if (r.action == u"message") {
        const QString text = create.value(QLatin1String("message_data"))
                                 .toObject()
                                 .value(QLatin1String("text"))
                                 .toString();
        r.summary = EventDecoder::tr("DM from %1 to %2: %3").arg(actor, target, excerpt(text));
    } else if (r.type.startsWith(u"post.")) {
        const QString text = excerpt(postText(payload));
        if (r.type == u"post.mention.create") {
            if (r.targetId.isEmpty()) {
                r.targetId = r.forUserId;
                r.targetName = r.forUserName;
            }
            r.summary = EventDecoder::tr("%1 mentioned %2: %3")
                            .arg(actor, who(r.targetName, r.targetId), text);
        } else if (r.type == u"post.reply.create") {
            r.summary = EventDecoder::tr("%1 replied to %2: %3").arg(actor, target, text);
        } else if (r.type == u"post.quote.create") {
            r.summary = EventDecoder::tr("%1 quoted a post: %2").arg(actor, text);
        } else if (r.type == u"post.repost.create") {
            r.summary = EventDecoder::tr("%1 reposted %2").arg(actor, text);
        } else if (r.type == u"post.delete") {
            r.summary = EventDecoder::tr("%1 deleted post %2").arg(actor, id(payload));
        } else {
            r.summary = EventDecoder::tr("%1 posted %2").arg(actor, text);
        }
    } else if (r.action == u"favorite") {
        r.summary = EventDecoder::tr("%1 liked %2").arg(actor, excerpt(postText(payload)));
    } else if (QStringList {QStringLiteral("follow"), QStringLiteral("unfollow"),
                            QStringLiteral("block"), QStringLiteral("unblock"),
                            QStringLiteral("mute"), QStringLiteral("unmute")}
                   .contains(r.action)) {
        r.summary = relationSummary(r.action, actor, target);
    } else if (r.type.startsWith(u"profile.update.")) {
        r.summary = EventDecoder::tr("%1 changed %2: %3 → %4")
                        .arg(actor, r.type.section(u'.', 2),
                             excerpt(payload.value(QLatin1String("before")).toVariant().toString()),
                             excerpt(payload.value(QLatin1String("after")).toVariant().toString()));
    } else if (r.action == u"revoke") {
        r.summary = EventDecoder::tr("%1 revoked access for app %2").arg(actor, r.targetId);
    } else if (!r.targetId.isEmpty()) {
        r.summary = EventDecoder::tr("%1: %2 → %3").arg(r.type, actor, target);
    } else {
        r.summary = EventDecoder::tr("%1: %2").arg(r.type, actor);
    }
    out.activityKey = "xaa|" + r.eventId.toUtf8();
}

} // namespace DecoderParts
