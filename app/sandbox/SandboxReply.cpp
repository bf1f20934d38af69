#include "sandbox/SandboxReply.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

SandboxReply SandboxReply::json(const QJsonObject &object, int status)
{
    SandboxReply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

SandboxReply SandboxReply::json(const QJsonArray &array, int status)
{
    SandboxReply r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

SandboxReply SandboxReply::data(const QJsonObject &object, int status)
{
    return json(QJsonObject {{u"data"_s, object}}, status);
}

SandboxReply SandboxReply::noContent()
{
    SandboxReply r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

SandboxReply SandboxReply::text(const QByteArray &body, const QByteArray &contentType, int status)
{
    SandboxReply r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

SandboxReply SandboxReply::form(const QByteArray &body, int status)
{
    return text(body, "text/html; charset=utf-8", status);
}

SandboxReply SandboxReply::v11Error(int status, int code, const QString &message)
{
    const QJsonObject error {{u"code"_s, code}, {u"message"_s, message}};
    return json(QJsonObject {{u"errors"_s, QJsonArray {error}}}, status);
}

SandboxReply SandboxReply::v2Error(int status, const QString &reason, const QString &details)
{
    // [DOCS-WH-2025]: the reason is the prefix of errors[0].message.
    return json(
        QJsonObject {{u"errors"_s,
                      QJsonArray {QJsonObject {{u"message"_s, QString(reason + u": " + details)}}}},
                     {u"title"_s, u"Invalid Request"_s},
                     {u"detail"_s, u"One or more parameters to your request was invalid."_s},
                     {u"type"_s, u"https://api.twitter.com/2/problems/invalid-request"_s}},
        status);
}

SandboxReply SandboxReply::v2Problem(int status, const QString &title, const QString &detail,
                                     const QString &type)
{
    SandboxReply r = json(
        QJsonObject {
            {u"title"_s, title}, {u"detail"_s, detail}, {u"type"_s, type}, {u"status"_s, status}},
        status);
    r.contentType = "application/problem+json";
    return r;
}

SandboxReply SandboxReply::v2Unauthorized()
{
    return v2Problem(401, u"Unauthorized"_s, u"Unauthorized"_s, u"about:blank"_s);
}

SandboxReply SandboxReply::v2UnsupportedAuth(const QString &used, const QString &supported)
{
    return v2Problem(403, u"Unsupported Authentication"_s,
                     u"Authenticating with "_s + used
                         + u" is forbidden for this endpoint.  Supported authentication types are ["
                         + supported + u"].",
                     u"https://api.twitter.com/2/problems/unsupported-authentication"_s);
}
