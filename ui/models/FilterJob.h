#pragma once

#include "models/IndexFilter.h"
#include "models/RowStore.h"
#include "util/Result.h"

#include <atomic>
#include <vector>

//! Runs an IndexFilter over rows [0, count) of a RowStore, off the GUI thread. Filters that read
//! the JSON or the body stream the bodies from the capture store in delivery order, on two threads
//! (each with its own connection) when the machine has two cores. Stops early when `cancel` is set
//! (the user typed the next character); the result is then meaningless and discarded.
namespace FilterJob {

Result<std::vector<qsizetype>> run(const RowStore &rows, qsizetype count, const IndexFilter &filter,
                                   const QString &storePath, const std::atomic<bool> &cancel);

} // namespace FilterJob
