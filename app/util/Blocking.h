#pragma once

#include <QEventLoop>
#include <QObject>

#include <optional>
#include <utility>

//! Runs an asynchronous operation to completion for callers without an event loop of their own
//! (the CLI, tests): `start(context, done)` must call `done(result)` exactly once — every
//! CredentialStore and ProfileStore operation does, within the keychain timeout.
//!
//!     auto r = waitFor<Result<void>>([&](QObject *ctx, auto done) { store.rename(a, b, ctx, done);
//!     });
template<typename R, typename Start>
R waitFor(Start &&start)
{
    std::optional<R> outcome;
    QEventLoop loop;
    QObject context;
    std::forward<Start>(start)(&context, [&](R result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}
