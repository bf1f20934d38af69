#pragma once

#include "util/Result.h"

#include <QEventLoop>

#include <optional>

//! Runs one asynchronous ApiClient call to completion in a local event loop: the CLI's blocking
//! convenience. `start(context, done)` must start the call with that context and callback.
//!     auto webhooks = waitFor<QList<Webhook>>(
//!         [&](QObject *ctx, auto done) { client.listWebhooks(ctx, done); });
//! The client's transfer timeout guarantees that the loop ends.
template<typename T, typename Start>
Result<T> waitFor(Start &&start)
{
    QEventLoop loop;
    std::optional<Result<T>> result;
    start(&loop, [&result, &loop](Result<T> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
