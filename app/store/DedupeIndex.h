#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <vector>

//! The capture writer's memory of which activity keys (16-byte MD5s) it has seen first, and in
//! which event. It replaces an SQLite index on `events.dedupe_key`: keys are random, so that index
//! dirtied one random leaf page per event — a 4 KiB WAL frame on every commit, written again at the
//! checkpoint — which cost more than the rest of the insert together.
//!
//! Only an 8-byte prefix of each key is held (16 bytes a key, ~32 MiB for a million events); a hit
//! on a prefix is a candidate the writer confirms on the stored row, which it reads anyway for the
//! first copy's for_user_id. The rare keys whose prefix was already taken by another key live in a
//! small exact map.
//!
//! Changes made while a group is being written can be undone when the group rolls back.
class DedupeIndex
{
public:
    struct Hit
    {
        qint64 seq = 0; //!< 0: no event with this key (or prefix) yet
        bool exact = false; //!< the full key matched; otherwise only its prefix did
    };

    void clear();
    void reserve(qsizetype count);
    qsizetype size() const { return m_size + m_exact.size(); }

    Hit find(QByteArrayView key) const;
    //! The first event with `key`: `seq`. `prefixTaken` when find() reported a prefix-only hit
    //! that turned out to be another key.
    void add(QByteArrayView key, qint64 seq, bool prefixTaken);

    void beginGroup();
    void commitGroup();
    //! Forgets what was added since beginGroup(). Returns false when that is not possible (the
    //! table grew meanwhile) and the caller must reload it.
    bool rollbackGroup();

private:
    struct Slot
    {
        quint64 prefix = 0;
        qint64 seq = 0; //!< 0: empty (seqs start at 1)
    };

    static quint64 prefixOf(QByteArrayView key);
    void grow();
    qsizetype slotFor(quint64 prefix) const;

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
    QHash<QByteArray, qint64> m_exact;

    bool m_inGroup = false;
    bool m_grewInGroup = false;
    std::vector<qsizetype> m_addedSlots;
    std::vector<QByteArray> m_addedExact;
};
