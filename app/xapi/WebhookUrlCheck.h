#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QUrl>

//! Checks a webhook URL the way X will before anything is sent (x-api.md §3): well-formed,
//! https, no port, at most 200 characters. A loopback URL (127.0.0.1, localhost, ::1; http or
//! https, any port) is accepted only when the API base is not X itself — the Sandbox can reach
//! it, X never can.
class WebhookUrlCheck
{
    Q_DECLARE_TR_FUNCTIONS(WebhookUrlCheck)

public:
    static constexpr int MaxLength = 200;

    //! ErrorKind::Usage with a message that names exactly what is wrong.
    static Result<void> check(const QString &url, const QUrl &apiBase);

    //! True for api.x.com, api.twitter.com and their subdomains' siblings (*.x.com, *.twitter.com).
    static bool isXHost(const QUrl &apiBase);
    static bool isLoopback(const QUrl &url);
};
