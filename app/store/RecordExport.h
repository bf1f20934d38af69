#pragma once

#include "util/Result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

class CaptureReader;
class EventFilter;
class QIODevice;

//! Writes stored records as NDJSON — the format of `listen --ndjson` — for `export` and the
//! window's File ▸ Export. Streams through the store: memory does not grow with its size.
class RecordExport
{
    Q_DECLARE_TR_FUNCTIONS(RecordExport)

public:
    struct Options
    {
        bool withDelivery = false; //!< each record carries its delivery's headers and raw body
        const EventFilter *filter = nullptr; //!< only records it matches
        std::function<bool(qint64 seq)> include; //!< only these records (the window's rows)
        const std::atomic<bool> *cancel = nullptr;
        std::atomic<qint64> *visited = nullptr; //!< records looked at so far, for progress
    };

    //! The number of records written. A failed write names how far it got; the caller decides
    //! what happens to the partial output (QSaveFile: nothing is replaced).
    static Result<qint64> write(CaptureReader &reader, QIODevice &sink, const Options &options);
};
