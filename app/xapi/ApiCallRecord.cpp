#include "xapi/ApiCallRecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject ApiCallRecord::summaryJson() const
{
    QJsonObject o {{u"id"_s, id},
                   {u"time"_s, startedAt.toUTC().toString(Qt::ISODateWithMs)},
                   {u"operation"_s, operation},
                   {u"method"_s, QString::fromLatin1(method)},
                   {u"url"_s, url},
                   {u"status"_s, status},
                   {u"duration_ms"_s, durationMs},
                   {u"auth"_s, auth}};
    if (rateLimit.isKnown()) {
        QJsonObject rate;
        if (rateLimit.limit >= 0)
            rate.insert(u"limit"_s, rateLimit.limit);
        if (rateLimit.remaining >= 0)
            rate.insert(u"remaining"_s, rateLimit.remaining);
        if (rateLimit.reset.isValid())
            rate.insert(u"reset"_s, rateLimit.reset.toUTC().toString(Qt::ISODate));
        o.insert(u"rate_limit"_s, rate);
    }
    if (!error.isEmpty())
        o.insert(u"error"_s, error);
    return o;
}

QJsonObject ApiCallRecord::toJson() const
{
    QJsonObject o = summaryJson();
    o.insert(u"request_headers"_s, headersToJson(requestHeaders));
    o.insert(u"request_body"_s, QString::fromUtf8(requestBody));
    o.insert(u"response_headers"_s, headersToJson(responseHeaders));
    o.insert(u"response_body"_s, QString::fromUtf8(responseBody));
    return o;
}

QJsonObject ApiCallRecord::headersToJson(const HeaderList &headers)
{
    // Repeated headers are joined the way HTTP allows (", ").
    QJsonObject o;
    for (const auto &h : headers) {
        const QString name = QString::fromLatin1(h.first);
        const QString value = QString::fromUtf8(h.second);
        const QString previous = o.value(name).toString();
        o.insert(name, previous.isEmpty() ? value : previous + u", " + value);
    }
    return o;
}

HeaderList ApiCallRecord::headersFromJson(const QJsonObject &object)
{
    HeaderList headers;
    for (auto it = object.begin(); it != object.end(); ++it)
        headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    return headers;
}
