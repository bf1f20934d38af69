#include "xapi/ApiTypes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject Webhook::toJson() const
{
    return {{u"id"_s, id}, {u"url"_s, url}, {u"valid"_s, valid}, {u"created_at"_s, createdAt}};
}

QJsonObject WebhookValidation::toJson() const
{
    return {{u"webhook_id"_s, webhookId},
            {u"attempted"_s, attempted},
            {u"valid"_s, valid ? QJsonValue(*valid) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject SubscriptionList::toJson() const
{
    QJsonArray subscriptions;
    for (const QString &userId : userIds)
        subscriptions.append(QJsonObject {{u"user_id"_s, userId}});
    return {{u"webhook_id"_s, webhookId},
            {u"webhook_url"_s, webhookUrl},
            {u"application_id"_s, applicationId},
            {u"subscriptions"_s, subscriptions}};
}

QJsonObject SubscriptionCount::toJson() const
{
    return {{u"account_name"_s, accountName},
            {u"subscriptions_count_all"_s, subscriptionsCountAll},
            {u"subscriptions_count_direct_messages"_s, subscriptionsCountDirectMessages},
            {u"provisioned_count"_s, provisionedCount}};
}

QJsonObject ReplayJob::toJson() const
{
    QJsonObject o {{u"job_id"_s, jobId}, {u"created_at"_s, createdAt}};
    if (!forUserId.isEmpty())
        o.insert(u"for_user_id"_s, forUserId);
    return o;
}

QJsonObject XUser::toJson() const
{
    return {{u"id"_s, id}, {u"username"_s, username}, {u"name"_s, name}};
}
