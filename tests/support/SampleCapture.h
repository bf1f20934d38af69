#pragma once

#include "store/Delivery.h"
#include "util/Result.h"

#include <functional>

//! A capture store with the variety a developer sees, for the event-browser tests and benchmark:
//! X's sample payloads (AAA and XAA, every common kind) in rotation with unique ids, compacted as X
//! sends them (~700–1,100 bytes), 20 subscribed users, and now and then an invalid or missing
//! signature, a redelivery and a malformed body.
namespace SampleCapture {

//! The n-th delivery of the sequence (n from 0); the same n always gives the same delivery.
Delivery delivery(qint64 n);
//! What delivery(n) is, for tests that count: "favorite", "follow", …, "redelivery", "malformed".
QByteArray kindOf(qint64 n);
//! Every 50th delivery is signed wrongly, every 200th is unsigned (n % 50 == 49, n % 200 == 199).
WebhookCrypto::SignatureVerdict verdictOf(qint64 n);

//! Writes deliveries [0, count) into the store at `path` through the real CaptureWriter.
Result<void> write(const QString &path, qint64 count,
                   const std::function<void(qint64 written)> &progress = {});

} // namespace SampleCapture
