#pragma once

#include "receiver/WebhookCrypto.h"

#include <QList>
#include <QMetaType>
#include <QString>

enum class EventSource { Aaa, Xaa, Unknown };
enum class DuplicateKind { None, Redelivery, Fanout };

//! One event as the console knows it (DESIGN.md "Event record"): one item of one delivery. The
//! item's JSON itself is not held here; it is the span [itemOffset, itemOffset + itemLength) of the
//! delivery's raw body, read from the store when someone asks for it.
struct EventRecord
{
    qint64 seq = 0; //!< store-wide, increasing; 0 until stored
    qint64 receivedAtMs = 0; //!< UTC milliseconds since the epoch
    qint64 deliveryId = 0;
    EventSource source = EventSource::Unknown;
    QString type; //!< AAA top-level key, XAA event_type, "malformed" or "unknown"
    QString action; //!< favorite, follow, …, unknown
    QString eventId; //!< the dedupe identity within `type` (natural id or a composite)
    QString forUserId;
    QString actorId;
    QString targetId;
    QString forUserName; //!< screen names, when the payload carries them
    QString actorName;
    QString targetName;
    QString createdAt; //!< ISO-8601 UTC when the payload says when it happened
    WebhookCrypto::SignatureVerdict signature = WebhookCrypto::SignatureVerdict::Missing;
    qint64 duplicateOf = 0; //!< seq of the first record with the same activity, 0 if none
    DuplicateKind duplicateKind = DuplicateKind::None;
    QString summary; //!< one line for people; payload strings kept as plain text
    qint32 itemOffset = 0;
    qint32 itemLength = 0; //!< 0: the item is the whole body

    bool isDuplicate() const { return duplicateOf != 0; }
};

Q_DECLARE_METATYPE(EventRecord)

namespace EventNames {
QString source(EventSource source);
EventSource sourceFromName(const QString &name);
QString duplicateKind(DuplicateKind kind); //!< "redelivery", "fanout", or empty
DuplicateKind duplicateKindFromName(const QString &name);
WebhookCrypto::SignatureVerdict verdictFromName(const QString &name);
} // namespace EventNames
