#include "sandbox/SandboxApp.h"

#include "sandbox/SandboxDefaults.h"

using namespace Qt::StringLiterals;

SandboxApp SandboxApp::defaults()
{
    SandboxApp app;
    app.consumerKey = QLatin1String(SandboxDefaults::ConsumerKey);
    app.consumerSecret = QLatin1String(SandboxDefaults::ConsumerSecret);
    app.bearerToken = QLatin1String(SandboxDefaults::BearerToken);
    app.ownerAccessToken = QLatin1String(SandboxDefaults::AccessToken);
    app.ownerAccessTokenSecret = QLatin1String(SandboxDefaults::AccessTokenSecret);
    app.appId = QLatin1String(SandboxDefaults::AppId);
    app.name = u"Sandbox"_s;
    app.ownerId = QLatin1String(SandboxDefaults::AppOwnerUserId);
    app.ownerScreenName = QLatin1String(SandboxDefaults::AppOwnerScreenName);
    return app;
}

Credentials SandboxApp::credentials() const
{
    Credentials c;
    c.consumerKey = consumerKey;
    c.consumerSecret = consumerSecret;
    c.bearerToken = bearerToken;
    c.accessToken = ownerAccessToken;
    c.accessTokenSecret = ownerAccessTokenSecret;
    return c;
}

QJsonObject SandboxApp::toJson() const
{
    return {{u"consumer_key"_s, consumerKey},
            {u"consumer_secret"_s, consumerSecret},
            {u"bearer_token"_s, bearerToken},
            {u"access_token"_s, ownerAccessToken},
            {u"access_token_secret"_s, ownerAccessTokenSecret},
            {u"app_id"_s, appId},
            {u"name"_s, name},
            {u"owner_id"_s, ownerId},
            {u"owner_screen_name"_s, ownerScreenName}};
}

SandboxApp SandboxApp::fromJson(const QJsonObject &object)
{
    SandboxApp app = defaults();
    const auto read = [&object](const char *key, QString &into) {
        const QString value = object.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            into = value;
    };
    read("consumer_key", app.consumerKey);
    read("consumer_secret", app.consumerSecret);
    read("bearer_token", app.bearerToken);
    read("access_token", app.ownerAccessToken);
    read("access_token_secret", app.ownerAccessTokenSecret);
    read("app_id", app.appId);
    read("name", app.name);
    read("owner_id", app.ownerId);
    read("owner_screen_name", app.ownerScreenName);
    return app;
}
