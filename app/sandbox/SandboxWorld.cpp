#include "sandbox/SandboxWorld.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxMessages = 2000;

qint64 at(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QString digest(const QString &purpose, const QString &userId, int length)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((purpose + u':' + userId).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(length));
}

} // namespace

QString SandboxWorld::tokenFor(const QString &userId)
{
    return userId + u"-sandbox-access-token-"_s + digest(u"token"_s, userId, 12);
}

QString SandboxWorld::tokenSecretFor(const QString &userId)
{
    return u"sandbox-access-token-secret-"_s + digest(u"secret"_s, userId, 16);
}

SandboxWorld SandboxWorld::seeded(const SandboxApp &app)
{
    SandboxWorld w;
    w.m_accounts = {
        {app.ownerId, app.ownerScreenName, u"Sandbox Owner"_s, u"Loopback"_s,
         u"Owns the Sandbox app. Subscribe me and watch my activity arrive."_s,
         at("2015-01-30T18:54:29Z"), app.ownerAccessToken, app.ownerAccessTokenSecret, true},
        {u"1000000002"_s,
         u"alice"_s,
         u"Alice Example"_s,
         u"Berlin"_s,
         u"Builds webhook consumers."_s,
         at("2016-03-12T09:15:00Z"),
         {},
         {},
         true},
        {u"1000000003"_s,
         u"bob"_s,
         u"Bob Example"_s,
         u"Lisbon"_s,
         u"Tests everything twice."_s,
         at("2017-07-04T12:00:00Z"),
         {},
         {},
         true},
        {u"1000000004"_s,
         u"carol"_s,
         u"Carol Example"_s,
         u"Montreal"_s,
         u"Replies, quotes and mentions."_s,
         at("2018-11-20T16:45:00Z"),
         {},
         {},
         true},
    };
    for (SandboxAccount &a : w.m_accounts) {
        if (a.token.isEmpty()) {
            a.token = tokenFor(a.id);
            a.tokenSecret = tokenSecretFor(a.id);
        }
    }
    w.m_posts = {
        {u"1850000000000000001"_s,
         app.ownerId,
         u"Hello from the Sandbox! Like this post to see favorite_events arrive."_s,
         at("2025-01-15T12:00:00Z"),
         {},
         {}},
        {u"1850000000000000002"_s,
         app.ownerId,
         u"Webhooks, subscriptions and replay, all on loopback."_s,
         at("2025-01-15T12:05:00Z"),
         {},
         {}},
        {u"1850000000000000003"_s,
         u"1000000002"_s,
         u"Building a webhook consumer today."_s,
         at("2025-01-15T13:00:00Z"),
         {},
         {}},
        {u"1850000000000000004"_s,
         u"1000000003"_s,
         u"Testing the Account Activity API offline."_s,
         at("2025-01-15T14:00:00Z"),
         {},
         {}},
        {u"1850000000000000005"_s,
         u"1000000004"_s,
         u"Replies, quotes and mentions all work here."_s,
         at("2025-01-15T15:00:00Z"),
         {},
         {}},
    };
    // A few follows, so that the counts in user objects are not all zero.
    w.set(Relation::Follow, u"1000000002"_s, app.ownerId, true);
    w.set(Relation::Follow, u"1000000003"_s, app.ownerId, true);
    w.set(Relation::Follow, app.ownerId, u"1000000002"_s, true);
    return w;
}

const SandboxAccount *SandboxWorld::account(const QString &id) const
{
    for (const SandboxAccount &a : m_accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

SandboxAccount *SandboxWorld::account(const QString &id)
{
    return const_cast<SandboxAccount *>(std::as_const(*this).account(id));
}

const SandboxAccount *SandboxWorld::findUser(const QString &text) const
{
    const QString t = text.trimmed();
    if (const SandboxAccount *a = account(t))
        return a;
    const QString name = t.startsWith(u'@') ? t.mid(1) : t;
    for (const SandboxAccount &a : m_accounts) {
        if (a.screenName.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

const SandboxAccount *SandboxWorld::accountWithToken(const QString &token) const
{
    for (const SandboxAccount &a : m_accounts) {
        if (!token.isEmpty() && a.token == token)
            return &a;
    }
    return nullptr;
}

const SandboxPost *SandboxWorld::post(const QString &id) const
{
    for (const SandboxPost &p : m_posts) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QList<SandboxPost> SandboxWorld::postsBy(const QString &userId) const
{
    QList<SandboxPost> result;
    for (const SandboxPost &p : m_posts) {
        if (p.authorId == userId)
            result.append(p);
    }
    return result;
}

void SandboxWorld::addPost(const SandboxPost &post)
{
    m_posts.append(post);
}

void SandboxWorld::removePost(const QString &id)
{
    m_posts.removeIf([&id](const SandboxPost &p) { return p.id == id; });
    m_likes.removeIf([&id](const QString &like) { return like.section(u'>', 1, 1) == id; });
}

QSet<QString> &SandboxWorld::relationSet(Relation relation)
{
    return const_cast<QSet<QString> &>(std::as_const(*this).relationSet(relation));
}

const QSet<QString> &SandboxWorld::relationSet(Relation relation) const
{
    switch (relation) {
    case Relation::Follow: return m_follows;
    case Relation::Block: return m_blocks;
    case Relation::Mute: return m_mutes;
    }
    return m_follows;
}

bool SandboxWorld::has(Relation relation, const QString &from, const QString &to) const
{
    return relationSet(relation).contains(pair(from, to));
}

void SandboxWorld::set(Relation relation, const QString &from, const QString &to, bool on)
{
    if (on)
        relationSet(relation).insert(pair(from, to));
    else
        relationSet(relation).remove(pair(from, to));
}

bool SandboxWorld::likes(const QString &userId, const QString &postId) const
{
    return m_likes.contains(pair(userId, postId));
}

void SandboxWorld::setLike(const QString &userId, const QString &postId, bool on)
{
    if (on)
        m_likes.insert(pair(userId, postId));
    else
        m_likes.remove(pair(userId, postId));
}

void SandboxWorld::addMessage(const SandboxMessage &message)
{
    m_messages.append(message);
    if (m_messages.size() > MaxMessages)
        m_messages.removeFirst();
}

const SandboxMessage *SandboxWorld::lastMessage(const QString &senderId,
                                                const QString &recipientId) const
{
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->senderId == senderId && it->recipientId == recipientId)
            return &*it;
    }
    return nullptr;
}

int SandboxWorld::followersCount(const QString &userId) const
{
    return int(std::count_if(m_follows.begin(), m_follows.end(), [&userId](const QString &p) {
        return p.section(u'>', 1, 1) == userId;
    }));
}

int SandboxWorld::followingCount(const QString &userId) const
{
    return int(std::count_if(m_follows.begin(), m_follows.end(), [&userId](const QString &p) {
        return p.section(u'>', 0, 0) == userId;
    }));
}

int SandboxWorld::postCount(const QString &userId) const
{
    return int(std::count_if(m_posts.begin(), m_posts.end(),
                             [&userId](const SandboxPost &p) { return p.authorId == userId; }));
}

int SandboxWorld::likeCount(const QString &userId) const
{
    return int(std::count_if(m_likes.begin(), m_likes.end(), [&userId](const QString &p) {
        return p.section(u'>', 0, 0) == userId;
    }));
}

int SandboxWorld::likesOf(const QString &postId) const
{
    return int(std::count_if(m_likes.begin(), m_likes.end(), [&postId](const QString &p) {
        return p.section(u'>', 1, 1) == postId;
    }));
}
