#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct SandboxAccount;
struct SandboxApp;
struct SandboxMessage;
struct SandboxPost;
class SandboxWorld;

//! Writes the Account Activity payloads of x-api.md §4 from the Sandbox's world, in X's shapes and
//! key order, with v1.1 Tweet and User objects like those of X's published samples
//! (resources/fixtures/aaa). Ids are strings where X sends strings and 64-bit literals where X
//! sends numbers.
class PayloadBuilder
{
public:
    PayloadBuilder(const SandboxWorld &world, const SandboxApp &app);

    //! A mention of an account in a text: its code-point indices, as X's entities give them.
    struct Mention
    {
        const SandboxAccount *account;
        int start;
        int end;
    };
    QList<Mention> mentions(const QString &text) const;

    QByteArray user(const SandboxAccount &account) const;
    QByteArray post(const SandboxPost &post) const;

    QByteArray favorite(const QString &forUserId, const QString &eventId, qint64 atMs,
                        const SandboxPost &post, const SandboxAccount &liker) const;
    //! follow_events (follow/unfollow), block_events (block/unblock), mute_events (mute/unmute).
    QByteArray relation(const QString &forUserId, const char *key, const QString &type, qint64 atMs,
                        const SandboxAccount &source, const SandboxAccount &target) const;
    //! `mentioned`: the payload tells a mentioned user whether they block the author
    //! ("user_has_blocked", a string as in X's sample).
    QByteArray postCreate(const QString &forUserId, const SandboxPost &post, bool mentioned,
                          bool userHasBlocked) const;
    QByteArray postDelete(const QString &forUserId, const QString &postId, const QString &authorId,
                          qint64 atMs) const;
    QByteArray directMessage(const QString &forUserId, const SandboxMessage &message) const;
    QByteArray typing(const QString &forUserId, const QString &senderId, const QString &recipientId,
                      qint64 atMs) const;
    QByteArray read(const QString &forUserId, const QString &senderId, const QString &recipientId,
                    const QString &lastReadId, qint64 atMs) const;
    QByteArray revoke(const QString &userId, qint64 atMs) const;
    static QByteArray replayStatus(const QString &webhookId, const QString &jobId, bool complete);

    //! "Mon Mar 26 16:33:26 +0000 2018"
    static QString xDate(qint64 ms);

private:
    QByteArray entities(const QString &text) const;
    QByteArray dmUsers(const QString &a, const QString &b) const;

    const SandboxWorld &m_world;
    const SandboxApp &m_app;
};
