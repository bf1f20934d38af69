#include "models/EventRow.h"

#include "events/EventRecord.h"
#include "models/StringPool.h"

EventRow toEventRow(const EventRecord &record, StringPool &strings)
{
    EventRow row;
    row.seq = record.seq;
    row.receivedAtMs = record.receivedAtMs;
    row.deliveryId = record.deliveryId;
    row.duplicateOf = record.duplicateOf;
    row.type = strings.intern(record.type);
    row.action = strings.intern(record.action);
    row.forUserId = strings.intern(record.forUserId);
    row.forUserName = strings.intern(record.forUserName);
    row.actorId = strings.intern(record.actorId);
    row.actorName = strings.intern(record.actorName);
    row.targetId = strings.intern(record.targetId);
    row.targetName = strings.intern(record.targetName);
    row.itemOffset = record.itemOffset;
    row.itemLength = record.itemLength;
    row.source = quint8(record.source);
    row.signature = quint8(record.signature);
    row.duplicateKind = quint8(record.duplicateKind);
    row.summary = record.summary;
    row.eventId = record.eventId;
    return row;
}
