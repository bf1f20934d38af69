#include "xapi/ApiResponse.h"

QByteArray ApiResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RateLimit rateLimitFromHeaders(const HeaderList &headers)
{
    RateLimit limit;
    for (const auto &h : headers) {
        bool ok = false;
        const qint64 value = h.second.trimmed().toLongLong(&ok);
        if (!ok)
            continue;
        if (h.first.compare("x-rate-limit-limit", Qt::CaseInsensitive) == 0)
            limit.limit = int(value);
        else if (h.first.compare("x-rate-limit-remaining", Qt::CaseInsensitive) == 0)
            limit.remaining = int(value);
        else if (h.first.compare("x-rate-limit-reset", Qt::CaseInsensitive) == 0)
            limit.reset = QDateTime::fromSecsSinceEpoch(value, Qt::UTC);
    }
    return limit;
}
