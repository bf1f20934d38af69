#pragma once

// X's sample events and what each display filter must select among them: shared by the core
// evaluator's test (EventFilter) and the table's (IndexFilter), which must agree on every case.
#include "events/EventRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace FilterCases {

struct Sample
{
    QString name; //!< the fixture's file name, e.g. "favorite_events"
    EventRecord record;
    QByteArray body;
};

//! One record per item of eight fixtures, with seq, delivery id, time, a forged and an unsigned
//! signature and a fan-out duplicate set so that every field has something to select.
const QList<Sample> &samples();

//! QTest data: columns "filter" (QString) and "expected" (QStringList of sample names).
void addSelectionRows();

} // namespace FilterCases
