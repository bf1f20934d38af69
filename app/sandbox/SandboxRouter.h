#pragma once

#include "sandbox/RateLimits.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxRequest.h"

#include <QList>
#include <QRegularExpression>

#include <functional>

class QHttpServer;

//! Answers a request, now or later (the webhook routes wait for a CRC check). Call it once.
using SandboxRespond = std::function<void(const SandboxReply &)>;

//! The Sandbox's routing: one catch-all QHttpServer route hands every request to a table of
//! (method, anchored path regex, credentials, handler). Before a handler runs, the request is
//! copied, authenticated and counted against X's rate limits (RateLimits); unknown paths get X's
//! 404 for that API version. Handlers may answer
//! later: the responder is then kept with a guard on its socket, so an answer to a client that has
//! gone away is dropped instead of written to a deleted socket (qt64-facts §1.4).
class SandboxRouter
{
public:
    using Handler = std::function<SandboxReply(const SandboxRequest &)>;
    using AsyncHandler = std::function<void(const SandboxRequest &, const SandboxRespond &)>;
    using Observer = std::function<void(const SandboxRequest &, const SandboxReply &)>;
    using Clock = std::function<qint64()>;

    SandboxRouter(SandboxAuth &auth, Clock clock);

    //! `pattern` is a regular expression for the whole decoded path; escape dots yourself.
    void add(const char *method, const QString &pattern, RouteAuth auth, Handler handler);
    void addAsync(const char *method, const QString &pattern, RouteAuth auth, AsyncHandler handler);
    //! Told about every answer (the CLI prints them, tests count them).
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    void install(QHttpServer &server);
    //! Routing without HTTP, for the catch-all route and for tests.
    void dispatch(SandboxRequest request, const SandboxRespond &respond);

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        RouteAuth auth;
        AsyncHandler handler;
    };
    static SandboxReply notFound(const SandboxRequest &request);

    SandboxAuth &m_auth;
    Clock m_clock;
    RateLimits m_limits;
    QList<Route> m_routes;
    Observer m_observer;
};
