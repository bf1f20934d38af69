#pragma once

#include <QColor>

class QPalette;

//! The colours of JSON's parts, shared by the raw view's highlighter and the tree's value column so
//! that a number looks the same in both. Chosen for the palette: the light set on a light base,
//! a brighter one on a dark base.
namespace JsonStyle {

enum class Part { Key, String, Number, Literal };

QColor color(Part part, const QPalette &palette);

} // namespace JsonStyle
