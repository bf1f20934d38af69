#include "events/PayloadText.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

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

namespace {

// "Mon Mar 26 16:33:26 +0000 2018", parsed by hand: QDateTimeParser goes through local time, and
// glibc stats /etc/localtime on every local-time conversion — a file-system call per event.
QDateTime parseTwitterDate(const QString &s)
{
    static const QRegularExpression twitter(QStringLiteral(
        R"(^\w{3} (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$)"));
    const auto m = twitter.match(s);
    if (!m.hasMatch())
        return {};
    static const QStringList months = {u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                       u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    const int month = int(months.indexOf(m.captured(1))) + 1;
    const QDate date(m.captured(9).toInt(), month, m.captured(2).toInt());
    const QTime time(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return {};
    const int offset = (m.captured(7).toInt() * 60 + m.captured(8).toInt()) * 60;
    return QDateTime(date, time, Qt::UTC).addSecs(m.captured(6) == u"+" ? -offset : offset);
}

} // namespace

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
            when = parseTwitterDate(s);
        }
    }
    if (!when.isValid())
        return {};
    return when.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace PayloadText
