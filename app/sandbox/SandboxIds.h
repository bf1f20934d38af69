#pragma once

#include <QString>

//! Fresh identifiers shaped like X's: 64-bit "snowflake" ids (time in the high bits, so they grow
//! over time, as X's post, DM and job ids do), 32-hex favorite event ids, 7-digit PINs and random
//! OAuth tokens. Safe to call from any thread.
namespace SandboxIds {

//! X's snowflake epoch (2010-11-04T01:42:54.657Z), in ms since the Unix epoch.
inline constexpr qint64 Epoch = 1288834974657;

QString snowflake();
//! The time a snowflake id was made, in ms since the Unix epoch (0 for a non-numeric id).
qint64 timeOf(const QString &snowflakeId);
QString eventId();
QString pin();
QString token(int bytes = 24);

} // namespace SandboxIds
