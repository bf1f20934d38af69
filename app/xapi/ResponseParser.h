#pragma once

#include "util/Result.h"
#include "xapi/ApiResponse.h"
#include "xapi/ApiTypes.h"

#include <QCoreApplication>

//! Reads the success answers of the Account Activity endpoints into the normalised types. Every
//! published shape is accepted (x-api.md §1c "Schema drift"): with and without the `data`
//! wrapper, PUT `valid` or `attempted`, v1.1's 204 without body, the three replay shapes. Ids are
//! read as strings even when X sends numbers.
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)

public:
    static Result<Webhook> webhook(const ApiResponse &response);
    static Result<QList<Webhook>> webhookList(const ApiResponse &response);
    static Result<WebhookValidation> validation(const ApiResponse &response,
                                                const QString &webhookId);
    static Result<bool> deleted(const ApiResponse &response);
    static Result<bool> subscribed(const ApiResponse &response);
    static Result<SubscriptionList> subscriptionList(const ApiResponse &response);
    static Result<SubscriptionCount> subscriptionCount(const ApiResponse &response);
    static Result<ReplayJob> replayJob(const ApiResponse &response);
    static Result<XUser> user(const ApiResponse &response);

    //! An id that X may send as a string or a (64-bit) number; empty when neither.
    static QString idString(const QJsonValue &value);

private:
    static Error unexpected(const ApiResponse &response, const QString &what);
};
