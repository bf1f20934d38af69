#include "sandbox/SandboxRouter.h"

#include "util/Logging.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

SandboxRouter::SandboxRouter(SandboxAuth &auth, Clock clock)
    : m_auth(auth)
    , m_clock(std::move(clock))
{ }

void SandboxRouter::add(const char *method, const QString &pattern, RouteAuth auth, Handler handler)
{
    addAsync(method, pattern, auth,
             [handler = std::move(handler)](const SandboxRequest &request,
                                            const SandboxRespond &respond) {
                 respond(handler(request));
             });
}

void SandboxRouter::addAsync(const char *method, const QString &pattern, RouteAuth auth,
                             AsyncHandler handler)
{
    m_routes.append({method, QRegularExpression(u'^' + pattern + u'$'), auth, std::move(handler)});
}

void SandboxRouter::install(QHttpServer &server)
{
    server.route(
        u"/<arg>"_s,
        [this](const QUrl &, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const QPointer<QTcpSocket> socket(responder.socket());
            auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
            auto answered = std::make_shared<bool>(false);
            dispatch(
                SandboxRequest::from(request), [kept, socket, answered](const SandboxReply &reply) {
                    if (*answered)
                        return;
                    *answered = true;
                    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
                        return; // the client has gone away
                    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
                    kept->writeStatusLine(status);
                    if (!reply.contentType.isEmpty())
                        kept->writeHeader("Content-Type", reply.contentType);
                    for (const auto &h : reply.headers)
                        kept->writeHeader(h.first, h.second);
                    kept->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
                    kept->writeBody(reply.body);
                });
        });
}

void SandboxRouter::dispatch(SandboxRequest request, const SandboxRespond &respond)
{
    const auto answer = [this, respond](const SandboxRequest &r, const SandboxReply &reply) {
        qCDebug(lcSandbox).noquote() << r.line() << "→" << reply.status;
        if (m_observer)
            m_observer(r, reply);
        respond(reply);
    };
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method != request.method)
            continue;
        QRegularExpressionMatch match = route.path.match(request.path);
        if (!match.hasMatch())
            continue;
        request.match = match;
        if (const auto refused = m_auth.check(request, route.auth, m_clock())) {
            answer(request, *refused);
            return;
        }
        const QString who = request.token.isEmpty() ? u"app"_s : request.token;
        const auto limit = m_limits.count(request.method, request.path, who, m_clock());
        if (limit.exceeded) {
            SandboxReply refused = request.isV2()
                ? SandboxReply::v2Problem(429, u"Too Many Requests"_s, u"Too Many Requests"_s,
                                          u"about:blank"_s)
                : SandboxReply::v11Error(429, 88, u"Rate limit exceeded"_s);
            refused.headers += limit.headers();
            answer(request, refused);
            return;
        }
        route.handler(request, [answer, request, limit](const SandboxReply &reply) {
            SandboxReply withHeaders = reply;
            withHeaders.headers += limit.headers();
            answer(request, withHeaders);
        });
        return;
    }
    answer(request, notFound(request));
}

SandboxReply SandboxRouter::notFound(const SandboxRequest &request)
{
    if (request.isV2())
        return SandboxReply::v2Problem(404, u"Not Found Error"_s,
                                       u"Sorry, this endpoint is not available."_s,
                                       u"https://api.twitter.com/2/problems/resource-not-found"_s);
    return SandboxReply::v11Error(404, 34, QLatin1String(XMessages::NoPage));
}
