#pragma once

#include "models/EventRow.h"

#include <array>
#include <atomic>
#include <memory>

//! Append-only storage of EventRows in fixed chunks, so that a worker thread can read rows
//! [0, size()) while the GUI thread appends more: appending never moves a row, and size() is
//! published only after the row is written. Rows are never modified after being appended.
class RowStore
{
public:
    static constexpr qsizetype ChunkBits = 14;
    static constexpr qsizetype ChunkSize = qsizetype(1) << ChunkBits;
    static constexpr qsizetype MaxChunks = 16384; //!< 268 million rows

    RowStore();
    ~RowStore();
    RowStore(const RowStore &) = delete;
    RowStore &operator=(const RowStore &) = delete;

    //! Safe from any thread; rows below the returned size may be read.
    qsizetype size() const { return m_size.load(std::memory_order_acquire); }
    const EventRow &at(qsizetype index) const
    {
        return m_chunks[size_t(index >> ChunkBits)][size_t(index & (ChunkSize - 1))];
    }

    //! GUI thread only.
    void append(EventRow row);
    //! GUI thread only, and only while no worker reads.
    void clear();

private:
    std::array<std::unique_ptr<EventRow[]>, MaxChunks> m_chunks;
    std::atomic<qsizetype> m_size {0};
};
