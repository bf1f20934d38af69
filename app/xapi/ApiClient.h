#pragma once

#include "auth/Credentials.h"
#include "auth/OAuth1Signer.h"
#include "util/Result.h"
#include "xapi/ApiCallRecord.h"
#include "xapi/ApiFlavour.h"
#include "xapi/ApiRequest.h"
#include "xapi/ApiTypes.h"
#include "xapi/Endpoints.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class ApiCallSink;
class QNetworkAccessManager;

template<typename T>
using ApiCallback = std::function<void(Result<T>)>;

//! X's REST API for Account Activity: webhooks, subscriptions, replay and whoami, in the v2 or the
//! v1.1 Enterprise flavour, each call authenticated the way X documents for it (bearer, or OAuth
//! 1.0a as the app owner or the subscribing user). Every call is logged to the call sink with its
//! secrets replaced. Calls are asynchronous: `done` runs later on this thread, and not at all when
//! `context` is destroyed first. Failures come back as Error: Config (credentials missing), Usage
//! (checked before sending), Network, or XApi with an explanation (ErrorExplainer).
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr int DefaultTimeoutMs = 30000;
    static QUrl defaultBaseUrl(); //!< https://api.x.com

    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setFlavour(ApiFlavour flavour) { m_flavour = flavour; }
    ApiFlavour flavour() const { return m_flavour; }
    //! Also registers every value with SecretRedactor.
    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }
    //! No bytes for this long aborts the call as a Network "timeout" error.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    //! Not owned; may be null.
    void setCallSink(ApiCallSink *sink) { m_sink = sink; }
    //! Nonce and clock can be replaced (tests).
    OAuth1Signer &signer() { return m_signer; }

    void createWebhook(const QString &url, QObject *context, ApiCallback<Webhook> done);
    void listWebhooks(QObject *context, ApiCallback<QList<Webhook>> done);
    void validateWebhook(const QString &webhookId, QObject *context,
                         ApiCallback<WebhookValidation> done);
    void deleteWebhook(const QString &webhookId, QObject *context, ApiCallback<bool> done);

    //! Subscribes the user of `user` (default: the credentials' access token) to the webhook.
    void addSubscription(const QString &webhookId, QObject *context, ApiCallback<bool> done,
                         const UserToken &user = {});
    //! Whether the user of `user` (default: the credentials' access token) is subscribed.
    void checkSubscription(const QString &webhookId, QObject *context, ApiCallback<bool> done,
                           const UserToken &user = {});
    void listSubscriptions(const QString &webhookId, QObject *context,
                           ApiCallback<SubscriptionList> done);
    void removeSubscription(const QString &webhookId, const QString &userId, QObject *context,
                            ApiCallback<bool> done);
    void subscriptionCount(QObject *context, ApiCallback<SubscriptionCount> done);

    //! Dates are YYYYMMDDhhmm (UTC) and are checked with ReplayWindow before sending.
    void replay(const QString &webhookId, const QString &fromDate, const QString &toDate,
                QObject *context, ApiCallback<ReplayJob> done,
                Endpoints::ReplayPath path = Endpoints::ReplayPath::Webhooks);
    void whoami(QObject *context, ApiCallback<XUser> done);

    //! Sends any request; `done` gets every HTTP answer with a 2xx status, anything else as Error.
    void send(const ApiRequest &request, QObject *context, ApiCallback<ApiResponse> done);

Q_SIGNALS:
    //! After each call, with the redacted record the sink received.
    void callFinished(const ApiCallRecord &call);

private:
    struct Prepared;
    Result<Prepared> prepare(const ApiRequest &request) const;
    QUrl urlFor(const ApiRequest &request) const;
    void deliverLater(QObject *context, std::function<void()> deliver);

    template<typename T, typename Parse>
    void call(const ApiRequest &request, QObject *context, ApiCallback<T> done, Parse parse);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    ApiFlavour m_flavour = ApiFlavour::V2;
    Credentials m_credentials;
    int m_timeoutMs = DefaultTimeoutMs;
    ApiCallSink *m_sink = nullptr;
    OAuth1Signer m_signer;
};
