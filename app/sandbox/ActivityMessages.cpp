// ActivityEngine, continued: posts, deletions, DMs, typing, read receipts and revocations.

#include "sandbox/ActivityEngine.h"

#include "sandbox/ActivityParams.h"
#include "sandbox/PayloadBuilder.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxWorld.h"
#include "sandbox/WebhookRegistry.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxPostLength = 4000; //!< X's long posts; longer than 140 arrive truncated
constexpr int MaxMessageLength = 10000; //!< X's DM limit

using ActivityParams::param;
using ActivityParams::refuse;

} // namespace

Result<QJsonObject> ActivityEngine::post(const QJsonObject &params, qint64 nowMs)
{
    const auto by = account(params, "by");
    if (!by.ok())
        return by.error();
    const SandboxAccount &author = *by.value();
    const QString text = params.value(u"text"_s).toString();
    if (text.trimmed().isEmpty() || text.size() > MaxPostLength)
        return refuse(400, tr("--text must hold 1 to %1 characters.").arg(MaxPostLength),
                      "bad-text");
    const QString replyTo = param(params, "reply_to");
    const QString quote = param(params, "quote");
    if (!replyTo.isEmpty() && !quote.isEmpty())
        return refuse(400, tr("A post is either a reply (--reply-to) or a quote (--quote)."),
                      "bad-parameters");
    const QString referenced = replyTo.isEmpty() ? quote : replyTo;
    const SandboxPost *other = referenced.isEmpty() ? nullptr : m_world.post(referenced);
    if (!referenced.isEmpty() && !other)
        return refuse(404, tr("There is no post '%1'.").arg(referenced), "unknown-post");
    if (other && m_world.has(SandboxWorld::Relation::Block, other->authorId, author.id))
        return refuse(
            403, tr("@%1 is blocked by the author of post %2.").arg(author.screenName, other->id),
            "blocked");

    // Copied now: adding the new post below may move the others in memory.
    const QString otherAuthor = other ? other->authorId : QString();

    SandboxPost created;
    created.id = SandboxIds::snowflake();
    created.authorId = author.id;
    created.text = text;
    created.createdAtMs = nowMs;
    created.inReplyToId = replyTo;
    created.quotedId = quote;
    m_world.addPost(created);

    PayloadBuilder payloads(m_world, m_app);
    QStringList recipients {author.id};
    QStringList mentioned;
    for (const auto &m : payloads.mentions(text)) {
        recipients.append(m.account->id);
        mentioned.append(m.account->id);
    }
    if (!otherAuthor.isEmpty())
        recipients.append(otherAuthor);
    const QJsonArray deliveries = deliver(
        recipients, u"tweet_create_events"_s,
        [&](const QString &forUser) {
            const bool isMentioned = forUser != author.id && mentioned.contains(forUser);
            return payloads.postCreate(
                forUser, created, isMentioned,
                m_world.has(SandboxWorld::Relation::Block, forUser, author.id));
        },
        nowMs);
    QJsonObject result {
        {u"by"_s, who(author)}, {u"post_id"_s, created.id}, {u"deliveries"_s, deliveries}};
    if (!replyTo.isEmpty())
        result.insert(u"reply_to"_s, replyTo);
    if (!quote.isEmpty())
        result.insert(u"quote"_s, quote);
    return result;
}

Result<QJsonObject> ActivityEngine::remove(const QJsonObject &params, qint64 nowMs)
{
    const auto by = account(params, "by");
    if (!by.ok())
        return by.error();
    const SandboxAccount &author = *by.value();
    const SandboxPost *existing = m_world.post(param(params, "post"));
    if (!existing)
        return refuse(404, tr("There is no post '%1'.").arg(param(params, "post")), "unknown-post");
    if (existing->authorId != author.id)
        return refuse(403,
                      tr("Post %1 is not @%2's; only its author can delete it.")
                          .arg(existing->id, author.screenName),
                      "not-author");
    const QString postId = existing->id;
    m_world.removePost(postId);
    PayloadBuilder payloads(m_world, m_app);
    const QJsonArray deliveries = deliver(
        {author.id}, u"tweet_delete_events"_s,
        [&](const QString &forUser) {
            return payloads.postDelete(forUser, postId, author.id, nowMs);
        },
        nowMs);
    return QJsonObject {
        {u"by"_s, who(author)}, {u"post_id"_s, postId}, {u"deliveries"_s, deliveries}};
}

Result<QJsonObject> ActivityEngine::message(const QJsonObject &params, qint64 nowMs)
{
    const auto from = account(params, "from");
    if (!from.ok())
        return from.error();
    const auto to = account(params, "to");
    if (!to.ok())
        return to.error();
    const QString text = params.value(u"text"_s).toString();
    if (text.trimmed().isEmpty() || text.size() > MaxMessageLength)
        return refuse(400, tr("--text must hold 1 to %1 characters.").arg(MaxMessageLength),
                      "bad-text");
    const SandboxAccount &sender = *from.value();
    const SandboxAccount &recipient = *to.value();
    if (m_world.has(SandboxWorld::Relation::Block, recipient.id, sender.id))
        return refuse(403,
                      tr("@%1 cannot send messages to @%2, who blocks them.")
                          .arg(sender.screenName, recipient.screenName),
                      "blocked");
    SandboxMessage dm {SandboxIds::snowflake(), sender.id, recipient.id, text, nowMs};
    m_world.addMessage(dm);
    PayloadBuilder payloads(m_world, m_app);
    // "If two subscribed users are in the same DM conversation, your webhook receives duplicate
    // events (one per user)."
    const QJsonArray deliveries = deliver(
        {sender.id, recipient.id}, u"direct_message_events"_s,
        [&](const QString &forUser) { return payloads.directMessage(forUser, dm); }, nowMs);
    return QJsonObject {{u"from"_s, who(sender)},
                        {u"to"_s, who(recipient)},
                        {u"message_id"_s, dm.id},
                        {u"deliveries"_s, deliveries}};
}

Result<QJsonObject> ActivityEngine::typing(const QJsonObject &params, qint64 nowMs)
{
    const auto from = account(params, "from");
    if (!from.ok())
        return from.error();
    const auto to = account(params, "to");
    if (!to.ok())
        return to.error();
    const SandboxAccount &sender = *from.value();
    const SandboxAccount &recipient = *to.value();
    PayloadBuilder payloads(m_world, m_app);
    const QJsonArray deliveries = deliver(
        {sender.id, recipient.id}, u"direct_message_indicate_typing_events"_s,
        [&](const QString &forUser) {
            return payloads.typing(forUser, sender.id, recipient.id, nowMs);
        },
        nowMs);
    return QJsonObject {
        {u"from"_s, who(sender)}, {u"to"_s, who(recipient)}, {u"deliveries"_s, deliveries}};
}

Result<QJsonObject> ActivityEngine::read(const QJsonObject &params, qint64 nowMs)
{
    const auto by = account(params, "by");
    if (!by.ok())
        return by.error();
    const auto from = account(params, "from");
    if (!from.ok())
        return from.error();
    const SandboxAccount &reader = *by.value();
    const SandboxAccount &sender = *from.value();
    const SandboxMessage *last = m_world.lastMessage(sender.id, reader.id);
    if (!last)
        return refuse(
            409,
            tr("@%1 has no DM from @%2 to mark as read.").arg(reader.screenName, sender.screenName),
            "no-message");
    const QString lastId = last->id;
    PayloadBuilder payloads(m_world, m_app);
    // The read receipt's sender is the reader; its target the person whose DMs were read.
    const QJsonArray deliveries = deliver(
        {reader.id, sender.id}, u"direct_message_mark_read_events"_s,
        [&](const QString &forUser) {
            return payloads.read(forUser, reader.id, sender.id, lastId, nowMs);
        },
        nowMs);
    return QJsonObject {{u"by"_s, who(reader)},
                        {u"from"_s, who(sender)},
                        {u"last_read_event_id"_s, lastId},
                        {u"deliveries"_s, deliveries}};
}

Result<QJsonObject> ActivityEngine::revoke(const QJsonObject &params, qint64 nowMs)
{
    const auto by = account(params, "by");
    if (!by.ok())
        return by.error();
    SandboxAccount *user = m_world.account(by.value()->id);
    if (!user->authorized)
        return refuse(409, tr("@%1 has already revoked the app.").arg(user->screenName),
                      "already-done");
    PayloadBuilder payloads(m_world, m_app);
    const QString userId = user->id;
    const QJsonArray deliveries = deliver(
        {userId}, u"user_event"_s, [&](const QString &) { return payloads.revoke(userId, nowMs); },
        nowMs);
    // "Revoke events when a user removes app authorization (subscription auto-deleted)."
    user->authorized = false;
    m_webhooks.unsubscribeEverywhere(userId);
    return QJsonObject {{u"by"_s, who(*user)}, {u"deliveries"_s, deliveries}};
}
