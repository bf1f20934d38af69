#include "sandbox/ActivityEngine.h"

#include "sandbox/ActivityParams.h"
#include "sandbox/Deliverer.h"
#include "sandbox/PayloadBuilder.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WebhookRegistry.h"
#include "util/Logging.h"

using namespace Qt::StringLiterals;

namespace {

using ActivityParams::param;
using ActivityParams::refuse;

} // namespace

ActivityEngine::ActivityEngine(SandboxWorld &world, WebhookRegistry &webhooks, Deliverer &deliverer,
                               const SandboxApp &app)
    : m_world(world)
    , m_webhooks(webhooks)
    , m_deliverer(deliverer)
    , m_app(app)
{ }

QStringList ActivityEngine::actions()
{
    return {u"favorite"_s, u"follow"_s, u"unfollow"_s, u"block"_s,  u"unblock"_s,
            u"mute"_s,     u"unmute"_s, u"post"_s,     u"delete"_s, u"dm"_s,
            u"typing"_s,   u"read"_s,   u"revoke"_s};
}

Result<QJsonObject> ActivityEngine::perform(const QString &action, const QJsonObject &params,
                                            qint64 nowMs)
{
    Result<QJsonObject> r = refuse(404, tr("Unknown action '%1'.").arg(action), "unknown-action");
    if (action == u"favorite")
        r = favorite(params, nowMs);
    else if (action == u"follow" || action == u"unfollow" || action == u"block"
             || action == u"unblock" || action == u"mute" || action == u"unmute")
        r = relation(action, params, nowMs);
    else if (action == u"post")
        r = post(params, nowMs);
    else if (action == u"delete")
        r = remove(params, nowMs);
    else if (action == u"dm")
        r = message(params, nowMs);
    else if (action == u"typing")
        r = typing(params, nowMs);
    else if (action == u"read")
        r = read(params, nowMs);
    else if (action == u"revoke")
        r = revoke(params, nowMs);
    if (r.ok()) {
        r.value().insert(u"action"_s, action);
        qCInfo(lcSandbox).noquote()
            << "activity:" << action << "queued"
            << r.value().value(u"deliveries"_s).toArray().size() << "deliveries";
    }
    return r;
}

Result<const SandboxAccount *> ActivityEngine::account(const QJsonObject &params,
                                                       const char *key) const
{
    const QString text = param(params, key);
    if (text.isEmpty())
        return refuse(
            400, tr("--%1 is missing: give a user id or @screen_name.").arg(QLatin1String(key)),
            "missing-parameter");
    const SandboxAccount *a = m_world.findUser(text);
    if (!a)
        return refuse(
            404, tr("There is no Sandbox account '%1' ('sandbox users' lists them).").arg(text),
            "unknown-user");
    return a;
}

QJsonObject ActivityEngine::who(const SandboxAccount &account)
{
    return {{u"id"_s, account.id}, {u"screen_name"_s, account.screenName}};
}

QJsonArray ActivityEngine::deliver(const QStringList &userIds, const QString &eventType,
                                   const Body &body, qint64 atMs)
{
    QJsonArray queued;
    QStringList seen;
    for (const QString &userId : userIds) {
        if (seen.contains(userId))
            continue;
        seen.append(userId);
        for (const SandboxWebhook &webhook : m_webhooks.all()) {
            // "Invalid webhooks stop receiving events until they pass a CRC check again."
            if (!webhook.valid || !webhook.isSubscribed(userId))
                continue;
            DeliveryEntry entry;
            entry.createdAtMs = atMs;
            entry.webhookId = webhook.id;
            entry.url = webhook.url;
            entry.forUserId = eventType == u"user_event" ? QString() : userId;
            entry.subscriberId = userId;
            entry.eventType = eventType;
            entry.body = body(userId);
            const qint64 id = m_deliverer.enqueue(entry);
            queued.append(QJsonObject {
                {u"id"_s, id}, {u"webhook_id"_s, webhook.id}, {u"for_user_id"_s, userId}});
        }
    }
    return queued;
}

Result<QJsonObject> ActivityEngine::favorite(const QJsonObject &params, qint64 nowMs)
{
    const auto by = account(params, "by");
    if (!by.ok())
        return by.error();
    const SandboxAccount &liker = *by.value();
    const SandboxPost *liked = m_world.post(param(params, "post"));
    if (!liked)
        return refuse(404, tr("There is no post '%1'.").arg(param(params, "post")), "unknown-post");
    if (m_world.likes(liker.id, liked->id))
        return refuse(409, tr("@%1 already likes post %2.").arg(liker.screenName, liked->id),
                      "already-done");
    if (m_world.has(SandboxWorld::Relation::Block, liked->authorId, liker.id))
        return refuse(
            403, tr("@%1 is blocked by the author of post %2.").arg(liker.screenName, liked->id),
            "blocked");
    m_world.setLike(liker.id, liked->id, true);
    const QString eventId = SandboxIds::eventId();
    const SandboxPost post = *liked;
    PayloadBuilder payloads(m_world, m_app);
    const QJsonArray deliveries = deliver(
        {liker.id, post.authorId}, u"favorite_events"_s,
        [&](const QString &forUser) {
            return payloads.favorite(forUser, eventId, nowMs, post, liker);
        },
        nowMs);
    return QJsonObject {{u"by"_s, who(liker)},
                        {u"post_id"_s, post.id},
                        {u"event_id"_s, eventId},
                        {u"deliveries"_s, deliveries}};
}

Result<QJsonObject> ActivityEngine::relation(const QString &action, const QJsonObject &params,
                                             qint64 nowMs)
{
    using Relation = SandboxWorld::Relation;
    const auto by = account(params, "by");
    if (!by.ok())
        return by.error();
    const auto target = account(params, "target");
    if (!target.ok())
        return target.error();
    const SandboxAccount &source = *by.value();
    const SandboxAccount &other = *target.value();
    if (source.id == other.id)
        return refuse(400, tr("@%1 cannot %2 themselves.").arg(source.screenName, action),
                      "same-user");
    const bool undo = action.startsWith(u"un");
    const QString base = undo ? action.mid(2) : action;
    const Relation relation = base == u"follow" ? Relation::Follow
        : base == u"block"                      ? Relation::Block
                                                : Relation::Mute;
    if (m_world.has(relation, source.id, other.id) != undo)
        return refuse(
            409,
            undo ? tr("@%1 does not %2 @%3.").arg(source.screenName, base, other.screenName)
                 : tr("@%1 already does %2 @%3.").arg(source.screenName, base, other.screenName),
            "already-done");
    if (action == u"follow" && m_world.has(Relation::Block, other.id, source.id))
        return refuse(403, tr("@%1 is blocked by @%2.").arg(source.screenName, other.screenName),
                      "blocked");
    m_world.set(relation, source.id, other.id, !undo);
    if (action == u"block") { // blocking ends following in both directions, as on X
        m_world.set(Relation::Follow, source.id, other.id, false);
        m_world.set(Relation::Follow, other.id, source.id, false);
    }
    const char *key = relation == Relation::Follow ? "follow_events"
        : relation == Relation::Block              ? "block_events"
                                                   : "mute_events";
    // X's samples deliver follows and unfollows to both people, blocks and mutes to the source.
    const QStringList recipients = relation == Relation::Follow ? QStringList {source.id, other.id}
                                                                : QStringList {source.id};
    PayloadBuilder payloads(m_world, m_app);
    const QJsonArray deliveries = deliver(
        recipients, QLatin1String(key),
        [&](const QString &forUser) {
            return payloads.relation(forUser, key, action, nowMs, source, other);
        },
        nowMs);
    return QJsonObject {
        {u"by"_s, who(source)}, {u"target"_s, who(other)}, {u"deliveries"_s, deliveries}};
}
