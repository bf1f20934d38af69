#include "xapi/ErrorExplainer.h"

using namespace Qt::StringLiterals;

QString ErrorExplainer::explain(const XError &error, const QDateTime &now)
{
    if (error.httpStatus == 429)
        return rateLimited(error, now);
    QString text = byReason(error);
    if (text.isEmpty())
        text = byCode(error, now);
    if (text.isEmpty())
        text = byStatus(error);
    return text;
}

Error ErrorExplainer::toError(const XError &error, const QDateTime &now)
{
    Error e(ErrorKind::XApi, explain(error, now), error.summary(), error.httpStatus);
    e.code = error.key();
    return e;
}

QString ErrorExplainer::byReason(const XError &error)
{
    const QString &r = error.reason;
    if (r == u"CrcValidationFailed")
        return tr("X sent a CRC check (GET with crc_token) to the webhook URL and did not get a "
                  "correct answer in time. Make sure the URL is publicly reachable over https and "
                  "answers 200 with the response_token computed with this app's consumer secret.");
    if (r == u"UrlValidationFailed")
        return tr("X rejected the webhook URL: it must be a well-formed https:// URL without a "
                  "port and at most 200 characters long.");
    if (r == u"DuplicateUrlFailed")
        return tr("This app already has a webhook with this URL. Find its id with 'webhooks "
                  "list' and validate it, or delete it before registering the URL again.");
    if (r == u"WebhookLimitExceeded")
        return tr("The app already has as many webhooks as its access level allows. Delete one "
                  "('webhooks list', then 'webhooks delete ID') before registering another.");
    if (r == u"WebhookIdInvalid")
        return tr("X knows no webhook with this id for this app. Check the id with 'webhooks "
                  "list'; webhooks of other apps are not visible with these credentials.");
    if (r == u"DuplicateSubscriptionFailed")
        return tr("This account is already subscribed to the webhook; nothing needs to be done. "
                  "'subscriptions list --webhook ID' shows every subscribed user id.");
    if (r == u"SubscriptionLimitExceeded")
        return tr("The app has reached the number of subscriptions its access level allows "
                  "('subscriptions count'). Remove a subscription or upgrade the access level.");
    if (r == u"SubscriptionNotFound")
        return tr("This user is not subscribed to the webhook, so there is nothing to remove. "
                  "Check the user id with 'subscriptions list --webhook ID'.");
    if (r == u"QueryParamInvalid")
        return tr("X rejected the replay window: from and to must be YYYYMMDDhhmm, from before "
                  "to, neither in the future, and within the last 24 hours.");
    if (r == u"ReplayConflictError")
        return tr("A replay job is already running for this webhook, and only one may run at a "
                  "time. Wait for its replay_job_status event, then start the next one.");
    return {};
}

QString ErrorExplainer::byCode(const XError &error, const QDateTime &now)
{
    switch (error.code) {
    case 32:
        if (error.message.contains(u"application-only"_s, Qt::CaseInsensitive))
            return tr("This endpoint only accepts the app's bearer token (application-only "
                      "authentication). Set X_BEARER_TOKEN to your app's bearer token.");
        return tr("X could not authenticate the request: the OAuth signature or tokens do not "
                  "match. Check that the consumer key and secret and the access token and secret "
                  "all belong to this app, and that this computer's clock is correct.");
    case 89:
        return tr("The access token is invalid or expired: it was revoked or regenerated. "
                  "Generate new access tokens in the developer portal (or run 'signin') and use "
                  "those.");
    case 99:
        return tr("X refused access with these credentials. Check that the bearer token belongs "
                  "to this app and that the app has Account Activity API access.");
    case 214: return for214(error.message);
    case 261:
        return tr("The app may not perform write actions. Give it 'Read and write and Direct "
                  "message' permission in the developer portal, then regenerate the access "
                  "tokens (registering a webhook with only a bearer token also causes this).");
    case 348:
        return tr("This app may not manage this user's subscriptions: the access token must belong "
                  "to the subscribing user and have been issued to this app, whose consumer key "
                  "must be allow-listed for the Account Activity API.");
    case 135:
        return tr("X rejected the request's OAuth timestamp as too far from its own time: this "
                  "computer's clock is off. Synchronise it (timedatectl set-ntp true) and try "
                  "again.");
    case 220:
        return tr("These credentials may not call this endpoint: it needs the access token of a "
                  "user (OAuth 1.0a) rather than the app's bearer token, or the other way round.");
    case 355:
        return tr("A replay job is already running for this webhook, and only one may run at a "
                  "time. Wait for its replay_job_status event, then start the next one.");
    case 88: return rateLimited(error, now);
    case 34:
        // v1.1 answers "this user is not subscribed" with its generic 404 ("Sorry, that page
        // does not exist."): on removing a subscription that is what it means.
        if (error.operation == u"subscriptions.remove"
            && error.message.contains(u"page does not exist"))
            return tr("This user is not subscribed to the webhook (X answers an unknown "
                      "subscription as a missing page). Check the user id with 'subscriptions "
                      "list --webhook ID'.");
        return tr("The webhook does not exist or belongs to another X app. Check the id with "
                  "'webhooks list'.");
    case 200:
        return tr("This app has no access to this Account Activity endpoint (an enterprise "
                  "account, with replay enabled for replays, is required).");
    case 356:
    case 357:
    case 358:
    case 360:
    case 368:
        return tr("X rejected the replay parameters: from and to must be YYYYMMDDhhmm, from "
                  "before to, within the last 5 days and not too recent.");
    default: return {};
    }
}

QString ErrorExplainer::for214(const QString &message)
{
    const auto has = [&message](const char *text) {
        return message.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("Too many resources already created"))
        return tr("The app already has as many webhooks as its access level allows. Delete one "
                  "('webhooks list', then 'webhooks delete ID') before registering another.");
    if (has("Invalid CRC token or json response format"))
        return tr("The webhook answered X's CRC check, but not with "
                  "{\"response_token\":\"sha256=…\"} computed with this app's consumer secret. "
                  "Check the secret your responder uses ('crc TOKEN' prints the right answer).");
    if (has("High latency on CRC GET request"))
        return tr("The webhook took longer than 3 seconds to answer X's CRC check. Answer the CRC "
                  "GET directly, without slow work, cold starts or a slow tunnel in front.");
    if (has("Non-200 response code during CRC GET request"))
        return tr("The webhook answered X's CRC check with an error status instead of 200. Make "
                  "sure GET on the URL with ?crc_token=… reaches your responder and returns 200.");
    if (has("requires a CRC check"))
        return tr("X marked the webhook invalid after a failed CRC check. Fix the responder, "
                  "then run 'webhooks validate ID' to re-enable it.");
    if (has("does not meet the requirements"))
        return tr("X rejected the webhook URL: it must be a public https:// URL without a port "
                  "whose GET answers X's CRC check.");
    return tr("X rejected the webhook (code 214). Check that the URL is a public https:// URL "
              "without a port that answers X's CRC check.");
}

QString ErrorExplainer::rateLimited(const XError &error, const QDateTime &now)
{
    const QDateTime reset = error.rateLimit.reset;
    if (!reset.isValid())
        return tr("X's rate limit for this endpoint is used up, and X did not say when it resets. "
                  "Limits are counted per 15 minutes; wait that long before trying again.");
    const qint64 seconds = qMax<qint64>(0, now.secsTo(reset));
    const int minutes = int((seconds + 59) / 60);
    // No %n plural: the CLI loads no translator, and "minute(s)" would show.
    return tr("X's rate limit for this endpoint is used up. It resets at %1 UTC (in %2 min); try "
              "again after that.")
        .arg(reset.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s))
        .arg(minutes);
}

QString ErrorExplainer::byStatus(const XError &error)
{
    const int s = error.httpStatus;
    if (error.type.endsWith(u"/unsupported-authentication"))
        return tr("X does not accept this kind of authentication for this endpoint. Check which "
                  "credentials the endpoint needs (bearer token or access tokens).");
    if (s == 401)
        return tr("X did not accept the credentials (HTTP 401). Check that the bearer token or "
                  "the keys and access tokens belong to this app.");
    if (s == 403)
        return tr("X refused the request (HTTP 403). The app may lack access to this endpoint or "
                  "permission for this action.");
    if (s == 404)
        return tr("X does not know this resource (HTTP 404). Check the ids in the request.");
    if (s >= 500)
        return tr("X had an internal problem (HTTP %1). Try again later, backing off between "
                  "attempts.")
            .arg(s);
    return tr("X answered with an error (HTTP %1).").arg(s);
}
