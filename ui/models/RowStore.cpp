#include "models/RowStore.h"

RowStore::RowStore() = default;
RowStore::~RowStore() = default;

void RowStore::append(EventRow row)
{
    const qsizetype index = m_size.load(std::memory_order_relaxed);
    const size_t chunk = size_t(index >> ChunkBits);
    if (!m_chunks[chunk])
        m_chunks[chunk] = std::make_unique<EventRow[]>(size_t(ChunkSize));
    m_chunks[chunk][size_t(index & (ChunkSize - 1))] = std::move(row);
    m_size.store(index + 1, std::memory_order_release);
}

void RowStore::clear()
{
    m_size.store(0, std::memory_order_release);
    for (auto &chunk : m_chunks)
        chunk.reset();
}
