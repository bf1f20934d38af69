#pragma once

// Internal to app/events: the pieces of EventDecoder, one file per payload family.

#include "events/EventDecoder.h"

#include <QJsonObject>

namespace DecoderParts {

//! What an AAA payload says around its event arrays: whom it is for, and the lookup maps of DMs.
struct AaaContext
{
    QString forUserId;
    QJsonObject users; //!< id → user object (DM payloads)
    QJsonObject apps;

    QString nameOf(const QString &userId) const;
};

//! Fills source, type, action, ids, names, time, summary and key for one item of array `key`.
//! Returns false when `key` is not one of X's AAA event kinds.
bool decodeAaaItem(const QString &key, const QJsonValue &item, const AaaContext &context,
                   DecodedItem &out);

//! The object-valued AAA members: `user_event` (revoke) and `replay_job_status`.
void decodeAaaObject(const QString &key, const QJsonObject &object, const AaaContext &context,
                     DecodedItem &out);

//! The `data` object of an X Activity API envelope.
void decodeXaa(const QJsonObject &data, DecodedItem &out);

//! "@a followed @b" and the other relation verbs (follow, unfollow, block, unblock, mute, unmute).
QString relationSummary(const QString &action, const QString &actor, const QString &target);

//! First 16 hex digits of SHA-1: a short, stable identity for content without an id.
QString contentHash(QByteArrayView bytes);

} // namespace DecoderParts
