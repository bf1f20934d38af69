#pragma once

#include "events/EventRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

//! A decoded item before it is stored: the record (without seq, delivery id and duplicate fields)
//! and its activity key, which is equal for every copy of the same activity — redeliveries and the
//! copies X sends once per subscribed user — and different otherwise.
struct DecodedItem
{
    EventRecord record;
    QByteArray activityKey;
};

//! Turns one delivery body into event records: one per item of every array of an AAA payload
//! (x-api.md §4), one per XAA envelope, one per unknown key (action "unknown"), one "malformed"
//! record for a body that is not JSON. Never returns an empty list: nothing is dropped.
class EventDecoder
{
    Q_DECLARE_TR_FUNCTIONS(EventDecoder)

public:
    static QList<DecodedItem> decode(const QByteArray &body);
};
