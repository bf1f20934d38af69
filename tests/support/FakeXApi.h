#pragma once

#include "FakeXServer.h"

#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>

//! The state and endpoints of the fake X (x-api.md §1a, §1c, §1d, §5.2): webhooks and their
//! subscriptions, v2 and v1.1 Enterprise routes with the authentication X requires for each, and
//! X's success and error bodies. FakeXServer does the HTTP and the authentication checks.
class FakeXApi
{
public:
    enum class Auth { Bearer, AppOwner, AnyUser, Consumer, RequestToken };

    struct Call
    {
        const FakeRequest &request;
        QRegularExpressionMatch match;
        QString userId; //!< the authenticated user (OAuth 1.0a user context)
        QString oauthParameter(const QString &name) const;
    };
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        Auth auth;
        std::function<FakeReply(const Call &)> handler;
    };

    FakeXApi();

    const Route *find(const QByteArray &method, const QString &path,
                      QRegularExpressionMatch *match) const;
    static bool isV2(const QString &path) { return path.startsWith(u"/2/"); }

    //! The user an access token belongs to; for the secret lookup of the OAuth verifier.
    static std::optional<QString> userForToken(const QString &token);
    static std::optional<QByteArray> secretForToken(const QByteArray &token, Auth auth);

    QString addWebhook(const QString &url, bool valid = true);
    QStringList webhookIds() const;
    QStringList subscribers(const QString &webhookId) const;
    void subscribe(const QString &webhookId, const QString &userId);

    int maxWebhooks = 2;
    bool legacyShapes = false;

    static FakeReply v2Error(int status, const QString &reason, const QString &details);
    static FakeReply v11Error(int status, int code, const QString &message);
    static FakeReply json(const QByteArray &body, int status = 200);

private:
    struct Webhook
    {
        QString id;
        QString url;
        bool valid = true;
        QString createdAt;
        QStringList subscribers;
    };
    Webhook *webhook(const QString &id);
    void addRoutes();
    void addV11Routes();
    void addOAuthRoutes();
    FakeReply createWebhook(const QString &url, bool v2);
    FakeReply replay(const QString &webhookId, const QString &from, const QString &to, int shape);

    QList<Route> m_routes;
    QList<Webhook> m_webhooks;
    qint64 m_nextId = 1234567890;
};
