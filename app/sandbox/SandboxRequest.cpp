#include "sandbox/SandboxRequest.h"

#include "auth/OAuth1Verifier.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    default: return "OTHER";
    }
}

} // namespace

SandboxRequest SandboxRequest::from(const QHttpServerRequest &request)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    r.path = url.path();
    r.encodedPath = url.path(QUrl::FullyEncoded).toLatin1();
    r.rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
    r.headers = request.headers();
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    return r;
}

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString SandboxRequest::query(const QString &name) const
{
    const QByteArray key = name.toUtf8();
    for (const auto &p : OAuth1Verifier::parseForm(rawQuery)) {
        if (p.first == key)
            return QString::fromUtf8(p.second);
    }
    return {};
}

bool SandboxRequest::hasQuery(const QString &name) const
{
    const QByteArray key = name.toUtf8();
    for (const auto &p : OAuth1Verifier::parseForm(rawQuery)) {
        if (p.first == key)
            return true;
    }
    return false;
}

QJsonObject SandboxRequest::jsonBody() const
{
    return QJsonDocument::fromJson(body).object();
}

QString SandboxRequest::line() const
{
    return QString::fromLatin1(method) + u' ' + path;
}
