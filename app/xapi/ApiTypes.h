#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The normalised results of the Account Activity endpoints: one shape whatever flavour or
// published response variant X answered with. Ids are always strings (they exceed 2^53).
// toJson() is the CLI's --json output.

struct Webhook
{
    QString id;
    QString url;
    bool valid = false;
    QString createdAt; //!< as X sent it (ISO 8601)

    QJsonObject toJson() const;
};

//! PUT webhooks/:id. v2 answers `valid` (status after the check) or, in older versions,
//! `attempted` (the check was triggered, outcome unknown); v1.1 answers 204 when the check passed.
struct WebhookValidation
{
    QString webhookId;
    bool attempted = true;
    std::optional<bool> valid;

    QJsonObject toJson() const;
};

struct SubscriptionList
{
    QString webhookId;
    QString webhookUrl;
    QString applicationId;
    QStringList userIds;

    QJsonObject toJson() const;
};

struct SubscriptionCount
{
    QString accountName;
    qint64 subscriptionsCountAll = 0;
    qint64 subscriptionsCountDirectMessages = 0;
    qint64 provisionedCount = 0;

    QJsonObject toJson() const;
};

struct ReplayJob
{
    QString jobId;
    QString createdAt;
    QString forUserId; //!< only in the v2 Account Activity replay answer

    QJsonObject toJson() const;
};

struct XUser
{
    QString id;
    QString username; //!< screen name, without '@'
    QString name;

    QJsonObject toJson() const;
};
