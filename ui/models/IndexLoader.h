#pragma once

#include "models/RowStore.h"
#include "models/StringPool.h"
#include "util/Result.h"

#include <atomic>
#include <memory>

//! What the event table needs of a capture store, read once when it is opened.
struct LoadedIndex
{
    std::unique_ptr<RowStore> rows = std::make_unique<RowStore>();
    StringPool strings;
};

//! Reads the index columns of every event of the store at `path` into rows — the part of opening a
//! capture that has to be fast for a million events: one pass through SQLite's C API, repeated
//! strings interned by their bytes without building a QString for each. Runs on any thread (it
//! opens its own connection); returns early with an empty result when `cancel` becomes true.
Result<LoadedIndex> loadIndex(const QString &path, const std::atomic<bool> &cancel);
