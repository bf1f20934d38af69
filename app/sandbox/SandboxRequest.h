#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QRegularExpressionMatch>
#include <QString>

class QHttpServerRequest;

//! One request to the Sandbox, copied out of QHttpServerRequest (which Qt 6.4 reuses for the next
//! request on the connection, so it must not be kept past the handler), plus what routing and
//! authentication learned about it.
struct SandboxRequest
{
    QByteArray method;
    QString path; //!< percent-decoded
    QByteArray encodedPath; //!< as it is signed (OAuth base string URI)
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    QRegularExpressionMatch match; //!< the route's captures: capture(1) is the first
    QString userId; //!< set by authentication: the account of the OAuth 1.0a token
    QString token; //!< the oauth_token used (access or request token)
    QMap<QByteArray, QByteArray> oauth; //!< the verified Authorization header's oauth_* values

    static SandboxRequest from(const QHttpServerRequest &request);

    QByteArray header(const QByteArray &name) const;
    //! A query parameter, decoded as X reads it ('+' is a space).
    QString query(const QString &name) const;
    bool hasQuery(const QString &name) const;
    QString capture(int index) const { return match.captured(index); }
    QJsonObject jsonBody() const;
    bool isV2() const { return path.startsWith(u"/2/"); }
    QString line() const; //!< "GET /2/webhooks", for logs
};
