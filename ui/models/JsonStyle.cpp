#include "models/JsonStyle.h"

#include <QPalette>

namespace JsonStyle {

QColor color(Part part, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (part) {
    case Part::Key: return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x1f, 0x4f, 0xa3);
    case Part::String: return dark ? QColor(0x7e, 0xe7, 0x87) : QColor(0x0f, 0x7b, 0x3b);
    case Part::Number: return dark ? QColor(0xff, 0xa6, 0x57) : QColor(0xb3, 0x59, 0x00);
    case Part::Literal: return dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x82, 0x50, 0xdf);
    }
    return palette.color(QPalette::Text);
}

} // namespace JsonStyle
