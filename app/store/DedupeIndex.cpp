#include "store/DedupeIndex.h"

#include <cstring>

quint64 DedupeIndex::prefixOf(QByteArrayView key)
{
    quint64 prefix = 0;
    std::memcpy(&prefix, key.data(), size_t(qMin<qsizetype>(key.size(), sizeof prefix)));
    return prefix;
}

void DedupeIndex::clear()
{
    m_slots.clear();
    m_size = 0;
    m_exact.clear();
    m_addedSlots.clear();
    m_addedExact.clear();
    m_grewInGroup = false;
}

void DedupeIndex::reserve(qsizetype count)
{
    qsizetype capacity = 1024;
    while (capacity * 7 / 10 < count)
        capacity *= 2;
    if (capacity <= qsizetype(m_slots.size()))
        return;
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(size_t(capacity)));
    for (const Slot &slot : old) {
        if (slot.seq)
            m_slots[size_t(slotFor(slot.prefix))] = slot;
    }
    if (m_inGroup)
        m_grewInGroup = true;
}

void DedupeIndex::grow()
{
    reserve(qMax<qsizetype>(1024, m_size * 2));
}

// Linear probing: MD5 prefixes are uniformly distributed, so the low bits are a good slot.
qsizetype DedupeIndex::slotFor(quint64 prefix) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(prefix) & mask;
    while (m_slots[i].seq && m_slots[i].prefix != prefix)
        i = (i + 1) & mask;
    return qsizetype(i);
}

DedupeIndex::Hit DedupeIndex::find(QByteArrayView key) const
{
    if (!m_exact.isEmpty()) {
        const auto it = m_exact.constFind(key.toByteArray());
        if (it != m_exact.constEnd())
            return {it.value(), true};
    }
    if (m_slots.empty())
        return {};
    const Slot &slot = m_slots[size_t(slotFor(prefixOf(key)))];
    return {slot.seq, false};
}

void DedupeIndex::add(QByteArrayView key, qint64 seq, bool prefixTaken)
{
    if (prefixTaken) {
        const QByteArray full = key.toByteArray();
        m_exact.insert(full, seq);
        if (m_inGroup)
            m_addedExact.push_back(full);
        return;
    }
    if ((m_size + 1) * 10 > qsizetype(m_slots.size()) * 7)
        grow();
    const quint64 prefix = prefixOf(key);
    const qsizetype at = slotFor(prefix);
    Slot &slot = m_slots[size_t(at)];
    if (slot.seq)
        return; // the prefix is known: find() said so, or this key was added twice
    slot = {prefix, seq};
    ++m_size;
    if (m_inGroup)
        m_addedSlots.push_back(at);
}

void DedupeIndex::beginGroup()
{
    m_inGroup = true;
    m_grewInGroup = false;
    m_addedSlots.clear();
    m_addedExact.clear();
}

void DedupeIndex::commitGroup()
{
    m_inGroup = false;
    m_addedSlots.clear();
    m_addedExact.clear();
}

bool DedupeIndex::rollbackGroup()
{
    m_inGroup = false;
    if (m_grewInGroup)
        return false;
    // Undoing linear-probing inserts newest first restores the table exactly: each slot emptied
    // was the last one filled, so no remaining entry's probe sequence ran through it.
    for (auto it = m_addedSlots.rbegin(); it != m_addedSlots.rend(); ++it) {
        m_slots[size_t(*it)] = Slot {};
        --m_size;
    }
    for (const QByteArray &key : m_addedExact)
        m_exact.remove(key);
    m_addedSlots.clear();
    m_addedExact.clear();
    return true;
}
