#pragma once

#include "sandbox/SandboxApp.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

struct SandboxAccount
{
    QString id;
    QString screenName; //!< without '@'
    QString name;
    QString location;
    QString description;
    qint64 createdAtMs = 0;
    QString token; //!< the account's OAuth 1.0a access token for the Sandbox app
    QString tokenSecret;
    //! False once the user revoked the app: the token then answers X's error 89 until the user
    //! signs in again (PIN flow).
    bool authorized = true;
};

struct SandboxPost
{
    QString id;
    QString authorId;
    QString text;
    qint64 createdAtMs = 0;
    QString inReplyToId;
    QString quotedId;
};

struct SandboxMessage
{
    QString id;
    QString senderId;
    QString recipientId;
    QString text;
    qint64 createdAtMs = 0;
};

//! The people and things of the Sandbox: accounts (each with a deterministic token pair, so that
//! scripts can act as anyone without the PIN flow), their posts, DMs, follows, blocks, mutes and
//! likes. Seeded at first start; saved to and loaded from the state file.
class SandboxWorld
{
    Q_DECLARE_TR_FUNCTIONS(SandboxWorld)

public:
    enum class Relation { Follow, Block, Mute };

    //! The app owner and three more accounts, each with posts.
    static SandboxWorld seeded(const SandboxApp &app);
    //! The token pair every non-owner account gets: derived from its id, the same on every run.
    static QString tokenFor(const QString &userId);
    static QString tokenSecretFor(const QString &userId);

    const QList<SandboxAccount> &accounts() const { return m_accounts; }
    const SandboxAccount *account(const QString &id) const;
    SandboxAccount *account(const QString &id);
    //! By numeric id, "@name" or "name" (screen names compare case-insensitively).
    const SandboxAccount *findUser(const QString &text) const;
    const SandboxAccount *accountWithToken(const QString &token) const;

    const QList<SandboxPost> &posts() const { return m_posts; }
    const SandboxPost *post(const QString &id) const;
    QList<SandboxPost> postsBy(const QString &userId) const;
    void addPost(const SandboxPost &post);
    void removePost(const QString &id);

    bool has(Relation relation, const QString &from, const QString &to) const;
    void set(Relation relation, const QString &from, const QString &to, bool on);
    bool likes(const QString &userId, const QString &postId) const;
    void setLike(const QString &userId, const QString &postId, bool on);

    void addMessage(const SandboxMessage &message);
    //! The newest DM from `senderId` to `recipientId`, or null.
    const SandboxMessage *lastMessage(const QString &senderId, const QString &recipientId) const;

    int followersCount(const QString &userId) const;
    int followingCount(const QString &userId) const;
    int postCount(const QString &userId) const;
    int likeCount(const QString &userId) const; //!< likes the user gave
    int likesOf(const QString &postId) const; //!< likes the post got

    QJsonObject toJson() const;
    static Result<SandboxWorld> fromJson(const QJsonObject &object);

private:
    const QSet<QString> &relationSet(Relation relation) const;
    QSet<QString> &relationSet(Relation relation);
    static QString pair(const QString &a, const QString &b) { return a + u'>' + b; }

    QList<SandboxAccount> m_accounts;
    QList<SandboxPost> m_posts;
    QList<SandboxMessage> m_messages;
    QSet<QString> m_follows;
    QSet<QString> m_blocks;
    QSet<QString> m_mutes;
    QSet<QString> m_likes; //!< "user>post"
};
