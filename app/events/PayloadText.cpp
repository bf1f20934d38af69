#include "events/PayloadText.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace PayloadText {

QString idString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        // Qt 6 keeps integers that fit in 64 bits exactly; only true fractions are doubles.
        const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
        if (integer != std::numeric_limits<qint64>::min())
            return QString::number(integer);
    }
    return {};
}

QString id(const QJsonObject &object, const QString &key)
{
    const QString asString = idString(object.value(key + u"_str"));
    return asString.isEmpty() ? idString(object.value(key)) : asString;
}

QString handle(const QJsonObject &user)
{
    QString name = user.value(QStringLiteral("screen_name")).toString();
    if (name.isEmpty())
        name = user.value(QStringLiteral("username")).toString();
    return name.isEmpty() ? QString() : u'@' + name;
}

QString who(const QString &name, const QString &id)
{
    if (!name.isEmpty())
        return name;
    return id.isEmpty() ? QStringLiteral("?") : QStringLiteral("user %1").arg(id);
}

QString postText(const QJsonObject &post)
{
    const QString full = post.value(QStringLiteral("extended_tweet"))
                             .toObject()
                             .value(QStringLiteral("full_text"))
                             .toString();
    if (!full.isEmpty())
        return full;
    const QString fullText = post.value(QStringLiteral("full_text")).toString();
    return fullText.isEmpty() ? post.value(QStringLiteral("text")).toString() : fullText;
}

QString excerpt(const QString &text, int maxLength)
{
    QString flat = text.simplified();
    if (flat.size() > maxLength)
        flat = flat.left(maxLength - 1).trimmed() + QChar(0x2026);
    return u'"' + flat + u'"';
}

QString isoTimestamp(const QJsonValue &value)
{
    QDateTime when;
    if (value.isDouble()) {
        when = QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC);
    } else if (value.isString()) {
        const QString s = value.toString().trimmed();
        bool isNumber = false;
        const qint64 ms = s.toLongLong(&isNumber);
        if (isNumber) {
            when = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        } else if (!s.isEmpty() && s.at(0).isDigit()) {
            when = QDateTime::fromString(s, Qt::ISODateWithMs);
        } else {
            // "Mon Mar 26 16:33:26 +0000 2018": parse without the offset, then apply it.
            static const QRegularExpression twitter(QStringLiteral(
                R"(^\w{3} (\w{3} \d{2} \d{2}:\d{2}:\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$)"));
            const auto m = twitter.match(s);
            if (m.hasMatch()) {
                when = QLocale::c().toDateTime(m.captured(1) + u' ' + m.captured(5),
                                               QStringLiteral("MMM dd HH:mm:ss yyyy"));
                when.setTimeSpec(Qt::UTC);
                const int offset = (m.captured(3).toInt() * 60 + m.captured(4).toInt()) * 60;
                when = when.addSecs(m.captured(2) == u"+" ? -offset : offset);
            }
        }
    }
    if (!when.isValid())
        return {};
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace PayloadText
