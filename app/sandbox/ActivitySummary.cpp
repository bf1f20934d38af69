#include "sandbox/ActivitySummary.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString handle(const QJsonObject &account)
{
    return u'@' + account.value(u"screen_name"_s).toString();
}

} // namespace

QString ActivitySummary::describe(const QJsonObject &r)
{
    const QString action = r.value(u"action"_s).toString();
    const QString by = handle(r.value(u"by"_s).toObject());
    const QString target = handle(r.value(u"target"_s).toObject());
    const QString from = handle(r.value(u"from"_s).toObject());
    const QString to = handle(r.value(u"to"_s).toObject());
    const QString post = r.value(u"post_id"_s).toString();
    QString what;
    if (action == u"favorite")
        what = tr("%1 liked post %2").arg(by, post);
    else if (action == u"post")
        what = tr("%1 posted %2").arg(by, post);
    else if (action == u"delete")
        what = tr("%1 deleted post %2").arg(by, post);
    else if (action == u"dm")
        what = tr("%1 sent DM %2 to %3").arg(from, r.value(u"message_id"_s).toString(), to);
    else if (action == u"typing")
        what = tr("%1 is typing to %2").arg(from, to);
    else if (action == u"read")
        what = tr("%1 read the DMs from %2").arg(by, from);
    else if (action == u"revoke")
        what = tr("%1 revoked the app").arg(by);
    else if (action == u"follow")
        what = tr("%1 followed %2").arg(by, target);
    else if (action == u"unfollow")
        what = tr("%1 unfollowed %2").arg(by, target);
    else if (action == u"block")
        what = tr("%1 blocked %2").arg(by, target);
    else if (action == u"unblock")
        what = tr("%1 unblocked %2").arg(by, target);
    else if (action == u"mute")
        what = tr("%1 muted %2").arg(by, target);
    else
        what = tr("%1 unmuted %2").arg(by, target);
    const QJsonArray deliveries = r.value(u"deliveries"_s).toArray();
    if (deliveries.isEmpty())
        return tr("%1; nothing to deliver: no valid webhook is subscribed to the accounts "
                  "involved.")
            .arg(what);
    QStringList where;
    for (const QJsonValue d : deliveries) {
        const QJsonObject o = d.toObject();
        where << tr("#%1 to webhook %2 for %3")
                     .arg(QString::number(o.value(u"id"_s).toInteger()),
                          o.value(u"webhook_id"_s).toString(),
                          o.value(u"for_user_id"_s).toString());
    }
    return tr("%1; deliveries queued: %2").arg(what, where.join(u", "_s));
}
