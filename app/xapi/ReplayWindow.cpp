#include "xapi/ReplayWindow.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

Error usage(const QString &message)
{
    Error e(ErrorKind::Usage, message);
    e.code = u"invalid-replay-window"_s;
    return e;
}

QString shown(const QDateTime &t)
{
    return t.toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

} // namespace

QDateTime ReplayWindow::parse(const QString &text)
{
    static const QRegularExpression digits(u"^[0-9]{12}$"_s);
    if (!digits.match(text).hasMatch())
        return {};
    // Built from parts in UTC: parsing in local time could hit a daylight-saving gap.
    const QDate date(text.mid(0, 4).toInt(), text.mid(4, 2).toInt(), text.mid(6, 2).toInt());
    const QTime time(text.mid(8, 2).toInt(), text.mid(10, 2).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

Result<void> ReplayWindow::check(const QString &fromText, const QString &toText, ApiFlavour flavour,
                                 const QDateTime &now)
{
    const QDateTime from = parse(fromText);
    if (!from.isValid())
        return usage(tr("--from '%1' is not a date in the form YYYYMMDDhhmm (UTC), e.g. "
                        "202501151200.")
                         .arg(fromText));
    const QDateTime to = parse(toText);
    if (!to.isValid())
        return usage(tr("--to '%1' is not a date in the form YYYYMMDDhhmm (UTC), e.g. "
                        "202501151300.")
                         .arg(toText));
    if (from >= to)
        return usage(tr("--from (%1) must be before --to (%2).").arg(shown(from), shown(to)));
    if (to > now)
        return usage(tr("--to (%1) is in the future; it is now %2.").arg(shown(to), shown(now)));

    if (flavour == ApiFlavour::V2) {
        if (from < now.addSecs(-24 * 3600))
            return usage(tr("--from (%1) is more than 24 hours ago; X keeps events for replay "
                            "for 24 hours.")
                             .arg(shown(from)));
        return {};
    }
    if (from < now.addDays(-5))
        return usage(tr("--from (%1) is more than 5 days ago; X's v1.1 replay reaches back 5 "
                        "days.")
                         .arg(shown(from)));
    if (from > now.addSecs(-31 * 60))
        return usage(tr("--from (%1) must be at least 31 minutes before now (%2) for v1.1 "
                        "replay.")
                         .arg(shown(from), shown(now)));
    if (to > now.addSecs(-10 * 60))
        return usage(tr("--to (%1) must be at least 10 minutes before now (%2) for v1.1 replay.")
                         .arg(shown(to), shown(now)));
    return {};
}
