#pragma once

#include <QString>

struct EventRecord;
class StringPool;

//! One event in the table: the store's index columns, with repeated strings (types, actions, user
//! ids and names) as StringPool ids. About 130 bytes plus the summary and event id texts — small
//! enough for a million rows. The item JSON is not here; it is read from the store when needed.
struct EventRow
{
    qint64 seq = 0;
    qint64 receivedAtMs = 0;
    qint64 deliveryId = 0;
    qint64 duplicateOf = 0;
    quint32 type = 0;
    quint32 action = 0;
    quint32 forUserId = 0;
    quint32 forUserName = 0;
    quint32 actorId = 0;
    quint32 actorName = 0;
    quint32 targetId = 0;
    quint32 targetName = 0;
    qint32 itemOffset = 0;
    qint32 itemLength = 0;
    quint8 source = 0; //!< EventSource
    quint8 signature = 0; //!< WebhookCrypto::SignatureVerdict
    quint8 duplicateKind = 0; //!< DuplicateKind
    QString summary;
    QString eventId;
};

//! The row of `record`, its strings interned in `strings`.
EventRow toEventRow(const EventRecord &record, StringPool &strings);
