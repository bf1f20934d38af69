#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

//! Talks to a running Sandbox's own endpoints (/sandbox/…, see ControlRoutes): list accounts, make
//! something happen, read the delivery log, set faults. Used by `aaconsole-cli sandbox` and the
//! GUI's activity panel. Answers arrive on this thread, and not at all once `context` is gone.
//! Failures: Network (nothing listens: the Sandbox is not running) or XApi with the Sandbox's
//! message (an unknown account, a post that does not exist, …).
class SandboxControlClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QJsonObject>)>;
    static constexpr int DefaultTimeoutMs = 10000;

    explicit SandboxControlClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void app(QObject *context, Callback done);
    void users(bool withSecrets, QObject *context, Callback done);
    //! `params` by their CLI names without dashes: by, post, target, text, reply_to, quote, …
    void act(const QString &action, const QJsonObject &params, QObject *context, Callback done);
    void deliveries(int last, const QString &webhookId, bool withBodies, QObject *context,
                    Callback done);
    void faults(QObject *context, Callback done);
    void setFaults(const QJsonObject &faults, QObject *context, Callback done);

private:
    void send(const QByteArray &method, const QString &path, const QString &query,
              const QJsonObject &body, QObject *context, Callback done);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    int m_timeoutMs = DefaultTimeoutMs;
};
