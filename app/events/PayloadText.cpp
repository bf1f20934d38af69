#include "events/PayloadText.h"

#include <QDateTime>

#include <optional>

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

constexpr qint64 MsPerDay = 86'400'000;
constexpr qint64 FirstMsOfYear10000 = 253'402'300'800'000;

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

void appendDigits(char *&out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
    out += width;
}

// What QDateTime::toString(Qt::ISODateWithMs) gives for UTC, without QDateTime: this runs for
// every event the responder stores.
QString isoFromMs(qint64 ms)
{
    if (ms < 0 || ms >= FirstMsOfYear10000) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    const qint64 days = ms / MsPerDay;
    const int msOfDay = int(ms % MsPerDay);
    // civil_from_days
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const int doe = int(z - era * 146097);
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int day = doy - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    const int year = int(yoe + era * 400) + (month <= 2);

    char buffer[24];
    char *out = buffer;
    appendDigits(out, year, 4);
    *out++ = '-';
    appendDigits(out, month, 2);
    *out++ = '-';
    appendDigits(out, day, 2);
    *out++ = 'T';
    appendDigits(out, msOfDay / 3'600'000, 2);
    *out++ = ':';
    appendDigits(out, msOfDay / 60'000 % 60, 2);
    *out++ = ':';
    appendDigits(out, msOfDay / 1000 % 60, 2);
    *out++ = '.';
    appendDigits(out, msOfDay % 1000, 3);
    *out++ = 'Z';
    return QString::fromLatin1(buffer, out - buffer);
}

int monthOf(QStringView name)
{
    static const char *const months[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == QLatin1String(months[i], 3))
            return i + 1;
    }
    return 0;
}

// "Mon Mar 26 16:33:26 +0000 2018" as milliseconds since the epoch.
std::optional<qint64> parseTwitterDate(const QString &s)
{
    // By hand, not with a regular expression (whose match cost more than the rest of the
    // decoding): "aaa" stands for \w and "0" for \d, both ASCII-only as QRegularExpression's are
    // by default.
    static const char Shape[] = "aaa aaa 00 00:00:00 +0000 0000";
    if (s.size() != qsizetype(sizeof Shape - 1))
        return std::nullopt;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const bool digit = c >= '0' && c <= '9';
        bool fits = false;
        switch (Shape[i]) {
        case 'a':
            fits = digit || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            break;
        case '0': fits = digit; break;
        case '+': fits = c == '+' || c == '-'; break;
        default: fits = c == char16_t(Shape[i]); break;
        }
        if (!fits)
            return std::nullopt;
    }
    const auto number = [&s](qsizetype at, int digits) {
        int value = 0;
        for (int i = 0; i < digits; ++i)
            value = value * 10 + (s.at(at + i).unicode() - '0');
        return value;
    };
    const int month = monthOf(QStringView(s).sliced(4, 3));
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    const bool ahead = s.at(20) == u'+';
    const int offsetHours = number(21, 2);
    const int offsetMinutes = number(23, 2);
    const int year = number(26, 4);
    if (month == 0 || !QDate::isValid(year, month, day) || !QTime::isValid(hour, minute, second))
        return std::nullopt;
    const qint64 offset = (offsetHours * 60 + offsetMinutes) * 60;
    const qint64 seconds = daysFromCivil(year, month, day) * 86400 + (hour * 60 + minute) * 60
        + second + (ahead ? -offset : offset);
    return seconds * 1000;
}

} // namespace

QString isoTimestamp(const QJsonValue &value)
{
    if (value.isDouble())
        return isoFromMs(value.toInteger());
    if (!value.isString())
        return {};
    const QString s = value.toString().trimmed();
    bool isNumber = false;
    const qint64 ms = s.toLongLong(&isNumber);
    if (isNumber)
        return isoFromMs(ms);
    if (!s.isEmpty() && s.at(0).isDigit()) {
        const QDateTime when = QDateTime::fromString(s, Qt::ISODateWithMs);
        return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
    }
    const auto parsed = parseTwitterDate(s);
    return parsed ? isoFromMs(*parsed) : QString();
}

} // namespace PayloadText
