#include "sandbox/XApiRoutes.h"

#include "sandbox/CrcChecker.h"
#include "sandbox/ReplayJobs.h"
#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/WebhookRegistry.h"
#include "sandbox/WebhookValidator.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString v11Date(qint64 ms) // "2016-06-02T23:54:02Z"
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

XApiRoutes::XApiRoutes(SandboxParts parts)
    : m_parts(std::move(parts))
{ }

void XApiRoutes::install(SandboxRouter &router)
{
    installV2(router);
    installV11(router);
}

QJsonObject XApiRoutes::webhookJson(const QString &webhookId, bool v2) const
{
    const SandboxWebhook *w = m_parts.webhooks.find(webhookId);
    if (!w)
        return {};
    return {{u"id"_s, w->id},
            {u"url"_s, w->url},
            {u"valid"_s, w->valid},
            {u"created_at"_s, v2 ? w->createdAt() : v11Date(w->createdAtMs)}};
}

QJsonObject XApiRoutes::subscriptionList(const QString &webhookId) const
{
    const SandboxWebhook *w = m_parts.webhooks.find(webhookId);
    QJsonArray subscriptions;
    for (const SandboxSubscription &s : w->subscriptions)
        subscriptions.append(QJsonObject {{u"user_id"_s, s.userId}});
    return {{u"application_id"_s, m_parts.app.appId},
            {u"webhook_id"_s, w->id},
            {u"webhook_url"_s, w->url},
            {u"subscriptions"_s, subscriptions}};
}

QJsonObject XApiRoutes::subscriptionCount() const
{
    // All strings, as published; DM-only subscriptions no longer exist ("always "0"").
    return {{u"account_name"_s, m_parts.app.name},
            {u"provisioned_count"_s, QString::number(WebhookRegistry::ProvisionedSubscriptions)},
            {u"subscriptions_count_all"_s, QString::number(m_parts.webhooks.subscriptionCount())},
            {u"subscriptions_count_direct_messages"_s, u"0"_s}};
}

void XApiRoutes::createWebhook(const QString &url, bool v2, const SandboxRespond &respond)
{
    const auto refuse = [&](WebhookRegistry::UrlProblem problem) {
        using P = WebhookRegistry::UrlProblem;
        if (v2) {
            switch (problem) {
            case P::Duplicate:
                return SandboxReply::v2Error(400, u"DuplicateUrlFailed"_s,
                                             u"A webhook with this url already exists"_s);
            case P::Limit:
                return SandboxReply::v2Error(
                    400, u"WebhookLimitExceeded"_s,
                    u"The app already has the maximum number of webhooks"_s);
            default:
                return SandboxReply::v2Error(400, u"UrlValidationFailed"_s,
                                             u"Invalid URL: "_s + url);
            }
        }
        return SandboxReply::v11Error(403, 214,
                                      problem == P::Limit
                                          ? QLatin1String(XMessages::TooManyResources)
                                          : QLatin1String(XMessages::UrlRequirements));
    };
    const auto problem = m_parts.webhooks.checkNewUrl(url);
    if (problem != WebhookRegistry::UrlProblem::None) {
        respond(refuse(problem));
        return;
    }
    // The check runs against the URL before anything is registered.
    m_parts.crc.check(
        url, &m_parts.validator, [this, url, v2, respond, refuse](const CrcOutcome &o) {
            if (!o.passed()) {
                respond(v2 ? SandboxReply::v2Error(400, u"CrcValidationFailed"_s, o.detail)
                           : SandboxReply::v11Error(403, 214, o.v11Message()));
                return;
            }
            const auto again = m_parts.webhooks.checkNewUrl(url); // another request may have won
            if (again != WebhookRegistry::UrlProblem::None) {
                respond(refuse(again));
                return;
            }
            const SandboxWebhook &w
                = m_parts.webhooks.add(SandboxIds::snowflake(), url, m_parts.now());
            const QJsonObject body = webhookJson(w.id, v2);
            respond(v2 ? SandboxReply::data(body) : SandboxReply::json(body));
        });
}

void XApiRoutes::validateWebhook(const QString &webhookId, bool v2, const SandboxRespond &respond)
{
    if (!m_parts.webhooks.find(webhookId)) {
        respond(v2 ? SandboxReply::v2Error(400, u"WebhookIdInvalid"_s, webhookId)
                   : SandboxReply::v11Error(404, 34, QLatin1String(XMessages::NoWebhook)));
        return;
    }
    m_parts.validator.validate(webhookId, [v2, respond](const CrcOutcome &o) {
        if (v2) // "The valid field reflects the status after the check attempt."
            respond(SandboxReply::data({{u"valid"_s, o.passed()}}));
        else
            respond(o.passed() ? SandboxReply::noContent()
                               : SandboxReply::v11Error(403, 214, o.v11Message()));
    });
}

QDateTime XApiRoutes::parseDate(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{12}$"_s);
    if (!digits.match(text).hasMatch())
        return {};
    const QDate date(text.mid(0, 4).toInt(), text.mid(4, 2).toInt(), text.mid(6, 2).toInt());
    const QTime time(text.mid(8, 2).toInt(), text.mid(10, 2).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

SandboxReply XApiRoutes::replay(const QString &webhookId, const QString &fromText,
                                const QString &toText, ReplayShape shape)
{
    const bool v2 = shape != ReplayShape::V11;
    const auto invalid = [&](int code, const QString &v11Message, const QString &v2Details) {
        return v2 ? SandboxReply::v2Error(400, u"QueryParamInvalid"_s, v2Details)
                  : SandboxReply::v11Error(400, code, v11Message);
    };
    const SandboxWebhook *webhook = m_parts.webhooks.find(webhookId);
    if (!webhook)
        return v2 ? SandboxReply::v2Error(400, u"WebhookIdInvalid"_s, webhookId)
                  : SandboxReply::v11Error(404, 34, QLatin1String(XMessages::NoWebhook));
    const std::pair<const char *, QString> dates[] {{"from_date", fromText}, {"to_date", toText}};
    for (const auto &[name, value] : dates) {
        if (value.isEmpty())
            return invalid(357, QLatin1String(name) + QLatin1String(XMessages::QueryParamRequired),
                           QLatin1String(name) + u" is required"_s);
        if (!parseDate(value).isValid())
            return invalid(358, QLatin1String(XMessages::UnableToParse),
                           QLatin1String(name) + u" must be yyyymmddhhmm"_s);
    }
    const QDateTime from = parseDate(fromText);
    const QDateTime to = parseDate(toText);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_parts.now(), Qt::UTC);
    if (from >= to)
        return invalid(356, QLatin1String(XMessages::FromBeforeTo),
                       u"from_date must be before to_date"_s);
    if (v2) {
        if (to > now || from < now.addSecs(-24 * 3600))
            return invalid(0, {}, u"from_date and to_date must be within the last 24 hours"_s);
    } else {
        if (from < now.addDays(-5))
            return invalid(356, QLatin1String(XMessages::FromWithin5Days), {});
        // "no more recent than 31 minutes" (from) and "10 minutes" (to) before now
        if (from > now.addSecs(-31 * 60))
            return invalid(368, u"from_date: ["_s + fromText + u"] is not in the past."_s, {});
        if (to > now.addSecs(-10 * 60))
            return invalid(368, u"to_date: ["_s + toText + u"] is not in the past."_s, {});
    }
    if (!webhook->valid)
        return v2 ? SandboxReply::v2Error(400, u"CrcValidationFailed"_s,
                                          QLatin1String(XMessages::MarkedInvalid))
                  : SandboxReply::v11Error(400, 214, QLatin1String(XMessages::MarkedInvalid));
    if (m_parts.replays.isRunning(webhookId))
        return v2 ? SandboxReply::v2Error(409, u"ReplayConflictError"_s,
                                          QLatin1String(XMessages::ReplayInProgress))
                  : SandboxReply::v11Error(409, 355, QLatin1String(XMessages::ReplayInProgress));

    // v1.1: from inclusive, to exclusive; v2 documents both as inclusive (whole minutes).
    const qint64 endMs = to.toMSecsSinceEpoch() + (v2 ? 60 * 1000 : 0);
    const QString jobId = m_parts.replays.start(webhookId, from.toMSecsSinceEpoch(), endMs);
    const QJsonObject job {
        {u"job_id"_s, jobId},
        {u"created_at"_s, v2 ? now.toString(Qt::ISODateWithMs) : now.toString(Qt::ISODate)}};
    switch (shape) {
    case ReplayShape::V2Webhooks: return SandboxReply::data(job);
    case ReplayShape::V2AccountActivity:
        return SandboxReply::json(
            {{u"for_user_id"_s, m_parts.app.ownerId}, {u"replay_event"_s, job}});
    case ReplayShape::V11: break;
    }
    return SandboxReply::json(job, 202);
}
