#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

struct SandboxAccount;
struct SandboxApp;
class Deliverer;
class SandboxWorld;
class WebhookRegistry;

//! Makes things happen in the Sandbox's world — likes, follows, blocks, mutes, posts (with
//! mentions, replies, quotes), deletions, DMs, typing, read receipts, revoked authorisations —
//! and hands each resulting payload to the Deliverer, once per webhook and subscribed user it
//! concerns, with for_user_id set to that user. Who hears of what follows X's samples: likes,
//! follows, unfollows, DMs, typing and read receipts reach both people; blocks and mutes only the
//! one who blocks or mutes; a post its author and everyone it mentions, replies to or quotes; a
//! deletion its author; a revocation every webhook the user was subscribed to (then the
//! subscriptions end and the user's token stops working).
class ActivityEngine
{
    Q_DECLARE_TR_FUNCTIONS(ActivityEngine)

public:
    ActivityEngine(SandboxWorld &world, WebhookRegistry &webhooks, Deliverer &deliverer,
                   const SandboxApp &app);

    static QStringList actions();
    //! `params` holds the action's parameters by their CLI names without dashes (by, post,
    //! target, text, reply_to, quote, from, to). Returns what happened, as `act --json` prints it.
    Result<QJsonObject> perform(const QString &action, const QJsonObject &params, qint64 nowMs);

private:
    using Body = std::function<QByteArray(const QString &forUserId)>;

    Result<QJsonObject> favorite(const QJsonObject &params, qint64 nowMs);
    Result<QJsonObject> relation(const QString &action, const QJsonObject &params, qint64 nowMs);
    Result<QJsonObject> post(const QJsonObject &params, qint64 nowMs);
    Result<QJsonObject> remove(const QJsonObject &params, qint64 nowMs);
    Result<QJsonObject> message(const QJsonObject &params, qint64 nowMs);
    Result<QJsonObject> typing(const QJsonObject &params, qint64 nowMs);
    Result<QJsonObject> read(const QJsonObject &params, qint64 nowMs);
    Result<QJsonObject> revoke(const QJsonObject &params, qint64 nowMs);

    //! The account named by params[key] (id or @name), or the error to answer.
    Result<const SandboxAccount *> account(const QJsonObject &params, const char *key) const;
    //! Queues one delivery per (valid webhook, subscribed user among `userIds`); the entries.
    QJsonArray deliver(const QStringList &userIds, const QString &eventType, const Body &body,
                       qint64 atMs);
    static QJsonObject who(const SandboxAccount &account);

    SandboxWorld &m_world;
    WebhookRegistry &m_webhooks;
    Deliverer &m_deliverer;
    const SandboxApp &m_app;
};
