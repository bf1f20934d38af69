#pragma once

#include "xapi/ApiResponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

//! One API call as the call log keeps it. Built by ApiClient with every secret already replaced:
//! credentials by `$X_…` placeholders, the OAuth signature and token fields of bodies by a mask.
struct ApiCallRecord
{
    qint64 id = 0; //!< assigned by the sink
    QDateTime startedAt; //!< UTC
    QString operation; //!< "webhooks.create", …
    QByteArray method;
    QString url;
    int status = 0; //!< 0: no HTTP answer (network failure)
    qint64 durationMs = 0;
    RateLimit rateLimit;
    QString auth; //!< "bearer", "oauth1-app-owner", "oauth1-subscriber", "oauth1-consumer", …
    HeaderList requestHeaders;
    QByteArray requestBody;
    HeaderList responseHeaders;
    QByteArray responseBody;
    QString error; //!< what went wrong (X's summary or the network error); empty on success

    //! id, time, method, url, status, duration, rate limit, error: one line of `log`.
    QJsonObject summaryJson() const;
    //! Everything, headers and bodies included (bodies as UTF-8 text).
    QJsonObject toJson() const;

    static QJsonObject headersToJson(const HeaderList &headers);
    static HeaderList headersFromJson(const QJsonObject &object);
};
