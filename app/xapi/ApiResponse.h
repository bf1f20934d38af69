#pragma once

#include "xapi/RateLimit.h"

#include <QByteArray>
#include <QList>
#include <QPair>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

//! An HTTP answer from X (any status). Network failures never become an ApiResponse.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    HeaderList headers;
    RateLimit rateLimit;
    qint64 durationMs = 0;

    //! The value of header `name` (case-insensitive), empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

//! Reads x-rate-limit-limit, -remaining and -reset.
RateLimit rateLimitFromHeaders(const HeaderList &headers);
