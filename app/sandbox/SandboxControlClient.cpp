#include "sandbox/SandboxControlClient.h"

#include "xapi/NetworkFailure.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

SandboxControlClient::SandboxControlClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

void SandboxControlClient::app(QObject *context, Callback done)
{
    send("GET", u"/sandbox/app"_s, {}, {}, context, std::move(done));
}

void SandboxControlClient::users(bool withSecrets, QObject *context, Callback done)
{
    send("GET", u"/sandbox/users"_s, withSecrets ? u"show_secrets=true"_s : QString(), {}, context,
         std::move(done));
}

void SandboxControlClient::act(const QString &action, const QJsonObject &params, QObject *context,
                               Callback done)
{
    send("POST", u"/sandbox/act/"_s + action, {}, params, context, std::move(done));
}

void SandboxControlClient::deliveries(int last, const QString &webhookId, bool withBodies,
                                      QObject *context, Callback done)
{
    QString query = u"last="_s + QString::number(last);
    if (!webhookId.isEmpty())
        query += u"&webhook="_s + webhookId;
    if (withBodies)
        query += u"&body=true"_s;
    send("GET", u"/sandbox/deliveries"_s, query, {}, context, std::move(done));
}

void SandboxControlClient::faults(QObject *context, Callback done)
{
    send("GET", u"/sandbox/faults"_s, {}, {}, context, std::move(done));
}

void SandboxControlClient::setFaults(const QJsonObject &faults, QObject *context, Callback done)
{
    send("PUT", u"/sandbox/faults"_s, {}, faults, context, std::move(done));
}

void SandboxControlClient::send(const QByteArray &method, const QString &path, const QString &query,
                                const QJsonObject &body, QObject *context, Callback done)
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(query.isEmpty() ? QString() : query);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    QByteArray payload;
    if (method != "GET") {
        request.setRawHeader("Content-Type", "application/json");
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    const QPointer<QObject> guard(context);
    const int timeoutMs = m_timeoutMs;
    connect(reply, &QNetworkReply::finished, this, [reply, guard, done, timeoutMs] {
        reply->deleteLater();
        if (!guard)
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            Error e = NetworkFailure::toError(
                reply->error(), reply->errorString(), reply->url(),
                reply->error() == QNetworkReply::OperationCanceledError, timeoutMs);
            if (e.code == u"refused")
                e.message = tr("Nothing answers at %1: is the Sandbox running? Start it with "
                               "'aaconsole-cli sandbox serve' and pass its base URL with "
                               "--api-base.")
                                .arg(reply->url()
                                         .adjusted(QUrl::RemovePath | QUrl::RemoveQuery)
                                         .toString());
            done(e);
            return;
        }
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status.toInt() >= 200 && status.toInt() < 300) {
            done(answer);
            return;
        }
        const QJsonObject error = answer.value(u"error"_s).toObject();
        Error e(
            ErrorKind::XApi,
            error.value(u"message"_s).toString().isEmpty()
                ? tr("The Sandbox answered HTTP %1. Is --api-base a Sandbox?").arg(status.toInt())
                : error.value(u"message"_s).toString(),
            {}, status.toInt());
        e.code = error.value(u"code"_s).toString();
        done(e);
    });
}
