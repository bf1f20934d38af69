#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

//! How a kind of event looks in the table: an icon (a glyph on the kind's colour) and a light tint
//! of the same colour for its rows, as packet lists colour protocols. Decided by the action, with
//! the type for the two kinds that have no action of their own (malformed and unknown bodies).
namespace KindStyle {

QColor color(const QString &type, const QString &action);
QColor tint(const QString &type, const QString &action);
QIcon icon(const QString &type, const QString &action);

} // namespace KindStyle
