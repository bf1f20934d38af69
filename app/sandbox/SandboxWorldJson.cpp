// SandboxWorld, continued: the world as JSON in the state file.
#include "sandbox/SandboxWorld.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonArray pairs(const QSet<QString> &set)
{
    QStringList sorted(set.begin(), set.end());
    sorted.sort();
    QJsonArray array;
    for (const QString &p : std::as_const(sorted))
        array.append(QJsonArray {p.section(u'>', 0, 0), p.section(u'>', 1, 1)});
    return array;
}

QSet<QString> pairsFrom(const QJsonValue &value)
{
    QSet<QString> set;
    for (const QJsonValue item : value.toArray()) {
        const QJsonArray p = item.toArray();
        if (p.size() == 2)
            set.insert(p.at(0).toString() + u'>' + p.at(1).toString());
    }
    return set;
}

qint64 ms(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toVariant().toLongLong();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject SandboxWorld::toJson() const
{
    QJsonArray accounts;
    for (const SandboxAccount &a : m_accounts) {
        accounts.append(QJsonObject {{u"id"_s, a.id},
                                     {u"screen_name"_s, a.screenName},
                                     {u"name"_s, a.name},
                                     {u"location"_s, a.location},
                                     {u"description"_s, a.description},
                                     {u"created_at_ms"_s, a.createdAtMs},
                                     {u"access_token"_s, a.token},
                                     {u"access_token_secret"_s, a.tokenSecret},
                                     {u"authorized"_s, a.authorized}});
    }
    QJsonArray posts;
    for (const SandboxPost &p : m_posts) {
        posts.append(QJsonObject {{u"id"_s, p.id},
                                  {u"author_id"_s, p.authorId},
                                  {u"text"_s, p.text},
                                  {u"created_at_ms"_s, p.createdAtMs},
                                  {u"in_reply_to_id"_s, p.inReplyToId},
                                  {u"quoted_id"_s, p.quotedId}});
    }
    QJsonArray messages;
    for (const SandboxMessage &m : m_messages) {
        messages.append(QJsonObject {{u"id"_s, m.id},
                                     {u"sender_id"_s, m.senderId},
                                     {u"recipient_id"_s, m.recipientId},
                                     {u"text"_s, m.text},
                                     {u"created_at_ms"_s, m.createdAtMs}});
    }
    return {{u"accounts"_s, accounts},      {u"posts"_s, posts},
            {u"messages"_s, messages},      {u"follows"_s, pairs(m_follows)},
            {u"blocks"_s, pairs(m_blocks)}, {u"mutes"_s, pairs(m_mutes)},
            {u"likes"_s, pairs(m_likes)}};
}

Result<SandboxWorld> SandboxWorld::fromJson(const QJsonObject &object)
{
    SandboxWorld w;
    for (const QJsonValue v : object.value(u"accounts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        SandboxAccount a {text(o, "id"),
                          text(o, "screen_name"),
                          text(o, "name"),
                          text(o, "location"),
                          text(o, "description"),
                          ms(o, "created_at_ms"),
                          text(o, "access_token"),
                          text(o, "access_token_secret"),
                          o.value(u"authorized"_s).toBool(true)};
        if (a.id.isEmpty() || a.screenName.isEmpty() || a.token.isEmpty())
            return Error(ErrorKind::Config,
                         tr("An account in the Sandbox state has no id, screen name or token."));
        w.m_accounts.append(a);
    }
    if (w.m_accounts.isEmpty())
        return Error(ErrorKind::Config, tr("The Sandbox state has no accounts."));
    for (const QJsonValue v : object.value(u"posts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        w.m_posts.append({text(o, "id"), text(o, "author_id"), text(o, "text"),
                          ms(o, "created_at_ms"), text(o, "in_reply_to_id"), text(o, "quoted_id")});
    }
    for (const QJsonValue v : object.value(u"messages"_s).toArray()) {
        const QJsonObject o = v.toObject();
        w.m_messages.append({text(o, "id"), text(o, "sender_id"), text(o, "recipient_id"),
                             text(o, "text"), ms(o, "created_at_ms")});
    }
    w.m_follows = pairsFrom(object.value(u"follows"_s));
    w.m_blocks = pairsFrom(object.value(u"blocks"_s));
    w.m_mutes = pairsFrom(object.value(u"mutes"_s));
    w.m_likes = pairsFrom(object.value(u"likes"_s));
    return w;
}
