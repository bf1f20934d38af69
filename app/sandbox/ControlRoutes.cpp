#include "sandbox/ControlRoutes.h"

#include "sandbox/ActivityEngine.h"
#include "sandbox/Deliverer.h"
#include "sandbox/SandboxApp.h"
#include "sandbox/SandboxWorld.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

ControlRoutes::ControlRoutes(SandboxParts parts)
    : m_parts(std::move(parts))
{ }

SandboxReply ControlRoutes::error(int status, const QString &message, const QString &code)
{
    return SandboxReply::json(
        QJsonObject {{u"error"_s, QJsonObject {{u"message"_s, message}, {u"code"_s, code}}}},
        status);
}

void ControlRoutes::install(SandboxRouter &router)
{
    // Every control route first makes sure the caller is on this machine.
    const auto local = [](SandboxRouter::Handler handler) {
        return [handler = std::move(handler)](const SandboxRequest &r) {
            if (!r.remoteAddress.isLoopback())
                return error(403, tr("The Sandbox's control endpoints answer only this computer."),
                             u"not-loopback"_s);
            return handler(r);
        };
    };
    router.add("GET", u"/sandbox/app"_s, RouteAuth::None, local([this](const SandboxRequest &) {
                   QJsonObject app = m_parts.app.toJson();
                   return SandboxReply::json(app);
               }));
    router.add("GET", u"/sandbox/users"_s, RouteAuth::None,
               local([this](const SandboxRequest &r) { return users(r); }));
    router.add(
        "POST", u"/sandbox/act/([a-z]+)"_s, RouteAuth::None, local([this](const SandboxRequest &r) {
            const auto done = m_parts.activity.perform(r.capture(1), r.jsonBody(), m_parts.now());
            if (!done.ok())
                return error(done.error().httpStatus, done.error().message, done.error().code);
            return SandboxReply::json(done.value());
        }));
    router.add("GET", u"/sandbox/deliveries"_s, RouteAuth::None,
               local([this](const SandboxRequest &r) { return deliveries(r); }));
    router.add("GET", u"/sandbox/faults"_s, RouteAuth::None, local([this](const SandboxRequest &) {
                   return SandboxReply::json(m_parts.deliverer.faults().toJson());
               }));
    router.add("PUT", u"/sandbox/faults"_s, RouteAuth::None,
               local([this](const SandboxRequest &r) { return setFaults(r); }));
}

SandboxReply ControlRoutes::users(const SandboxRequest &r) const
{
    const bool secrets = r.query(u"show_secrets"_s) == u"true";
    QJsonArray users;
    for (const SandboxAccount &a : m_parts.world.accounts()) {
        QJsonArray posts;
        for (const SandboxPost &p : m_parts.world.postsBy(a.id)) {
            posts.append(QJsonObject {{u"id"_s, p.id},
                                      {u"text"_s, p.text},
                                      {u"created_at"_s,
                                       QDateTime::fromMSecsSinceEpoch(p.createdAtMs, Qt::UTC)
                                           .toString(Qt::ISODateWithMs)}});
        }
        QJsonObject user {{u"id"_s, a.id},
                          {u"screen_name"_s, a.screenName},
                          {u"name"_s, a.name},
                          {u"app_owner"_s, a.id == m_parts.app.ownerId},
                          {u"authorized"_s, a.authorized},
                          {u"posts"_s, posts}};
        if (secrets) {
            user.insert(u"access_token"_s, a.token);
            user.insert(u"access_token_secret"_s, a.tokenSecret);
        }
        users.append(user);
    }
    return SandboxReply::json(QJsonObject {{u"users"_s, users}});
}

SandboxReply ControlRoutes::deliveries(const SandboxRequest &r) const
{
    bool ok = false;
    int last = r.query(u"last"_s).toInt(&ok);
    if (!ok || last <= 0)
        last = 20;
    const bool withBody = r.query(u"body"_s) == u"true";
    QJsonArray list;
    for (const DeliveryEntry &e : m_parts.log.last(last, r.query(u"webhook"_s)))
        list.append(e.toJson(withBody));
    return SandboxReply::json(
        QJsonObject {{u"deliveries"_s, list}, {u"queued"_s, m_parts.deliverer.queued()}});
}

SandboxReply ControlRoutes::setFaults(const SandboxRequest &r)
{
    const QJsonObject body = r.jsonBody();
    DeliveryFaults faults = m_parts.deliverer.faults();
    const auto read = [&body](const char *key, int &into) -> bool {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() < 0)
            return false;
        into = v.toInt();
        return true;
    };
    if (!read("duplicate_next", faults.duplicateNext) || !read("drop_next", faults.dropNext)
        || !read("delay_ms", faults.delayMs))
        return error(400, tr("Fault settings are numbers of zero or more."), u"bad-faults"_s);
    m_parts.deliverer.setFaults(faults);
    return SandboxReply::json(faults.toJson());
}
