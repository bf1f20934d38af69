#include "xapi/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// The document's `data` member when X wrapped the answer, else the document itself.
QJsonValue payload(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray())
        return doc.array();
    if (!doc.isObject())
        return QJsonValue::Undefined;
    const QJsonObject o = doc.object();
    return o.contains(u"data"_s) ? o.value(u"data"_s) : QJsonValue(o);
}

bool noContent(const ApiResponse &r)
{
    const QByteArray trimmed = r.body.trimmed();
    return r.status == 204 || trimmed.isEmpty() || trimmed == "{}" || trimmed == "{ }";
}

qint64 count(const QJsonValue &v)
{
    return v.isString() ? v.toString().toLongLong() : v.toInteger();
}

Webhook webhookFrom(const QJsonObject &o)
{
    Webhook w;
    w.id = ResponseParser::idString(o.value(u"id"_s));
    w.url = o.value(u"url"_s).toString();
    w.valid = o.value(u"valid"_s).toBool();
    w.createdAt = o.value(u"created_at"_s).toString();
    if (w.createdAt.isEmpty())
        w.createdAt = o.value(u"created_timestamp"_s).toVariant().toString();
    return w;
}

} // namespace

QString ResponseParser::idString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

Error ResponseParser::unexpected(const ApiResponse &response, const QString &what)
{
    Error e(ErrorKind::XApi,
            tr("X answered HTTP %1 without the expected %2; the API may have changed. The body "
               "is in the API-call log ('log').")
                .arg(response.status)
                .arg(what),
            QString::fromUtf8(response.body.left(300)), response.status);
    e.code = u"unexpected-response"_s;
    return e;
}

Result<Webhook> ResponseParser::webhook(const ApiResponse &response)
{
    const Webhook w = webhookFrom(payload(response.body).toObject());
    if (w.id.isEmpty())
        return unexpected(response, tr("webhook"));
    return w;
}

Result<QList<Webhook>> ResponseParser::webhookList(const ApiResponse &response)
{
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    const QJsonValue data = payload(response.body);
    QJsonArray items;
    if (data.isArray()) {
        items = data.toArray();
    } else if (data.isObject() && data.toObject().contains(u"environments"_s)) {
        // Premium: {"environments":[{"environment_name","webhooks":[…]}]}
        for (const QJsonValue env : data.toObject().value(u"environments"_s).toArray()) {
            for (const QJsonValue w : env.toObject().value(u"webhooks"_s).toArray())
                items.append(w);
        }
    } else if (!(doc.isObject() && doc.object().contains(u"meta"_s))) {
        // v2 leaves out `data` when there are none and only sends `meta`.
        return unexpected(response, tr("list of webhooks"));
    }
    QList<Webhook> webhooks;
    for (const QJsonValue item : std::as_const(items))
        webhooks.append(webhookFrom(item.toObject()));
    return webhooks;
}

Result<WebhookValidation> ResponseParser::validation(const ApiResponse &response,
                                                     const QString &webhookId)
{
    WebhookValidation v;
    v.webhookId = webhookId;
    if (noContent(response)) { // v1.1: 204 means the CRC check passed
        v.valid = true;
        return v;
    }
    const QJsonObject o = payload(response.body).toObject();
    if (o.contains(u"valid"_s)) {
        v.valid = o.value(u"valid"_s).toBool();
    } else if (o.contains(u"attempted"_s)) {
        v.attempted = o.value(u"attempted"_s).toBool();
    } else {
        return unexpected(response, tr("validation result"));
    }
    return v;
}

Result<bool> ResponseParser::deleted(const ApiResponse &response)
{
    if (noContent(response))
        return true;
    const QJsonObject o = payload(response.body).toObject();
    if (!o.contains(u"deleted"_s))
        return unexpected(response, tr("deletion result"));
    return o.value(u"deleted"_s).toBool();
}

Result<bool> ResponseParser::subscribed(const ApiResponse &response)
{
    if (noContent(response)) // v1.1: 204 means subscribed
        return true;
    const QJsonObject o = payload(response.body).toObject();
    if (!o.contains(u"subscribed"_s))
        return unexpected(response, tr("subscription state"));
    return o.value(u"subscribed"_s).toBool();
}

Result<SubscriptionList> ResponseParser::subscriptionList(const ApiResponse &response)
{
    const QJsonObject o = payload(response.body).toObject();
    if (!o.contains(u"subscriptions"_s))
        return unexpected(response, tr("list of subscriptions"));
    SubscriptionList list;
    list.webhookId = idString(o.value(u"webhook_id"_s));
    list.webhookUrl = o.value(u"webhook_url"_s).toString();
    list.applicationId = idString(o.value(u"application_id"_s));
    for (const QJsonValue s : o.value(u"subscriptions"_s).toArray())
        list.userIds.append(idString(s.toObject().value(u"user_id"_s)));
    return list;
}

Result<SubscriptionCount> ResponseParser::subscriptionCount(const ApiResponse &response)
{
    const QJsonObject o = payload(response.body).toObject();
    // Enterprise and v2 say subscriptions_count_all; premium said subscriptions_count.
    const QJsonValue all = o.contains(u"subscriptions_count_all"_s)
        ? o.value(u"subscriptions_count_all"_s)
        : o.value(u"subscriptions_count"_s);
    if (all.isUndefined())
        return unexpected(response, tr("subscription count"));
    SubscriptionCount c;
    c.accountName = o.value(u"account_name"_s).toString();
    c.subscriptionsCountAll = count(all);
    c.subscriptionsCountDirectMessages = count(o.value(u"subscriptions_count_direct_messages"_s));
    c.provisionedCount = count(o.value(u"provisioned_count"_s));
    return c;
}

Result<ReplayJob> ResponseParser::replayJob(const ApiResponse &response)
{
    const QJsonObject o = payload(response.body).toObject();
    // v2 AAA replay: {"for_user_id", "replay_event": {"job_id", "created_at"}}
    const QJsonObject job
        = o.contains(u"replay_event"_s) ? o.value(u"replay_event"_s).toObject() : o;
    ReplayJob r;
    r.jobId = idString(job.value(u"job_id"_s));
    r.createdAt = job.value(u"created_at"_s).toString();
    r.forUserId = idString(o.value(u"for_user_id"_s));
    if (r.jobId.isEmpty())
        return unexpected(response, tr("replay job"));
    return r;
}

Result<XUser> ResponseParser::user(const ApiResponse &response)
{
    const QJsonObject o = payload(response.body).toObject();
    XUser u;
    // v1.1 sends id as a number and id_str as a string; v2 only id, as a string.
    u.id = o.contains(u"id_str"_s) ? o.value(u"id_str"_s).toString() : idString(o.value(u"id"_s));
    u.username = o.contains(u"username"_s) ? o.value(u"username"_s).toString()
                                           : o.value(u"screen_name"_s).toString();
    u.name = o.value(u"name"_s).toString();
    if (u.id.isEmpty())
        return unexpected(response, tr("user"));
    return u;
}
