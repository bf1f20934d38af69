#pragma once

#include "events/EventRecord.h"

#include <QByteArray>

struct Delivery;

//! The event record as one line of JSON (DESIGN.md "Event record"): what `listen --ndjson` prints
//! and `export --format ndjson` writes. `event` is the item exactly as received (only insignificant
//! whitespace removed, so key order and number literals survive); for a body that is not JSON it is
//! the body as a string.
namespace RecordJson {

//! One JSON object, no trailing newline. `body` is the delivery's raw body; with `delivery` the
//! line also carries the delivery's headers and raw body (`--with-delivery`).
QByteArray line(const EventRecord &record, const QByteArray &body,
                const Delivery *delivery = nullptr);

//! The item's bytes of `record` inside `body`, compacted; or the body as a JSON string.
QByteArray eventJson(const EventRecord &record, const QByteArray &body);

} // namespace RecordJson
