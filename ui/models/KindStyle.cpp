#include "models/KindStyle.h"

#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace KindStyle {

namespace {

struct Look
{
    QColor color;
    QChar glyph;
};

Look look(const QString &type, const QString &action)
{
    if (type == u"malformed")
        return {QColor(0xcf, 0x22, 0x2e), QChar(u'!')};
    static const QHash<QString, Look> byAction = {
        {QStringLiteral("favorite"), {QColor(0xe0, 0x24, 0x5e), QChar(0x2665)}}, // ♥
        {QStringLiteral("follow"), {QColor(0x1d, 0x9b, 0xf0), QChar(u'+')}},
        {QStringLiteral("unfollow"), {QColor(0x53, 0x6d, 0x82), QChar(0x2212)}}, // −
        {QStringLiteral("block"), {QColor(0xbc, 0x4c, 0x00), QChar(0x2298)}}, // ⊘
        {QStringLiteral("unblock"), {QColor(0x9a, 0x67, 0x00), QChar(0x2298)}},
        {QStringLiteral("mute"), {QColor(0x6e, 0x77, 0x81), QChar(0x2205)}}, // ∅
        {QStringLiteral("unmute"), {QColor(0x8c, 0x95, 0x9f), QChar(0x2205)}},
        {QStringLiteral("message"), {QColor(0x1a, 0x7f, 0x37), QChar(0x2709)}}, // ✉
        {QStringLiteral("typing"), {QColor(0x2d, 0xa4, 0x4e), QChar(0x2026)}}, // …
        {QStringLiteral("read"), {QColor(0x2d, 0xa4, 0x4e), QChar(0x2713)}}, // ✓
        {QStringLiteral("create"), {QColor(0x09, 0x69, 0xda), QChar(0x270E)}}, // ✎
        {QStringLiteral("delete"), {QColor(0x57, 0x60, 0x6a), QChar(0x2716)}}, // ✖
        {QStringLiteral("revoke"), {QColor(0xd1, 0x52, 0x04), QChar(0x26A0)}}, // ⚠
        {QStringLiteral("replay_status"), {QColor(0x82, 0x50, 0xdf), QChar(0x21BB)}}, // ↻
        {QStringLiteral("update"), {QColor(0x0e, 0x8a, 0x8a), QChar(0x270E)}},
    };
    return byAction.value(action, Look {QColor(0x8c, 0x95, 0x9f), QChar(u'?')});
}

} // namespace

QColor color(const QString &type, const QString &action)
{
    return look(type, action).color;
}

QColor tint(const QString &type, const QString &action)
{
    // The kind's hue at 6 % over white: enough to group rows by eye, light enough to read on.
    const QColor base = color(type, action);
    const auto mix = [](int c) { return 255 - (255 - c) * 6 / 100; };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

QIcon icon(const QString &type, const QString &action)
{
    static QHash<QString, QIcon> cache;
    const QString key = type + u'/' + action;
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    const Look l = look(type, action);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(l.color);
    painter.drawRoundedRect(QRectF(1, 1, 30, 30), 8, 8);
    QFont font;
    font.setPixelSize(22);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, 32, 32), Qt::AlignCenter, QString(l.glyph));
    painter.end();
    const QIcon result(pixmap);
    cache.insert(key, result);
    return result;
}

} // namespace KindStyle
