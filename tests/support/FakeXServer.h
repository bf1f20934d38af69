#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class FakeXApi;

using FakeHeaders = QList<QPair<QByteArray, QByteArray>>;

//! An answer of the fake X.
struct FakeReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    FakeHeaders headers;
};

//! One request as the fake X received it.
struct FakeRequest
{
    QByteArray method;
    QString path; //!< decoded
    QByteArray rawQuery; //!< as sent
    FakeHeaders headers;
    QByteArray body;
    //! How it authenticated: "bearer", "oauth1:<token>" (empty token: consumer only), "none",
    //! or "invalid: <why>".
    QString auth;
    int status = 0; //!< what the fake answered

    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &name) const; //!< decoded ('+' = space)
};

//! A fake X API for tests: a QHttpServer bound to 127.0.0.1:<ephemeral> with synchronous handlers
//! (qt64-facts §1). It knows the FakeX credentials, verifies every OAuth 1.0a signature with the
//! independent OAuth1Verifier, rejects the wrong kind of authentication per endpoint the way X
//! does, records every request, keeps webhooks and subscriptions, and answers with X's published
//! bodies (v2 and v1.1 Enterprise) and error bodies. Tests can script the next answer of a route.
class FakeXServer final : public QObject
{
    Q_OBJECT

public:
    explicit FakeXServer(QObject *parent = nullptr);
    ~FakeXServer() override;

    bool start();
    QUrl baseUrl() const; //!< http://127.0.0.1:<port>

    const QList<FakeRequest> &requests() const { return m_requests; }
    FakeRequest last() const { return m_requests.isEmpty() ? FakeRequest() : m_requests.last(); }
    void clearRequests() { m_requests.clear(); }

    //! The next request whose "METHOD /path" matches `pattern` gets `reply` (after its
    //! authentication was checked and recorded).
    void failNext(const QString &pattern, const FakeReply &reply);
    //! Answer in the older published v2 shapes: un-wrapped create and replay, PUT `attempted`.
    void setLegacyShapes(bool legacy);
    //! x-rate-limit-* headers on every answer; `remaining` counts down per request.
    void setRateLimit(int limit, int remaining, qint64 resetEpochSeconds);

    FakeXApi &api() { return *m_api; }

private:
    FakeReply handle(const QHttpServerRequest &request);
    FakeReply authenticate(FakeRequest &recorded, const QByteArray &host, int requiredAuth,
                           QString *userId);

    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<FakeXApi> m_api;
    quint16 m_port = 0;
    QList<FakeRequest> m_requests;
    QList<QPair<QRegularExpression, FakeReply>> m_scripted;
    QSet<QByteArray> m_nonces;
    int m_rateLimit = 450;
    int m_rateRemaining = 450;
    qint64 m_rateReset = 0;
};
