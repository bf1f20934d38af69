#pragma once

#include "WebhookReceiver.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxControlClient.h"
#include "xapi/ApiClient.h"
#include "xapi/BlockingCall.h"

#include <QNetworkAccessManager>
#include <QTest>

#define AWAIT(T, expr) waitFor<T>([&](QObject *ctx, auto done) { expr; })

//! A Sandbox on a free port with an ApiClient holding the Sandbox app's credentials, a control
//! client, and a webhook receiver that answers CRC checks with the app's consumer secret.
struct SandboxFixture
{
    Sandbox sandbox;
    QNetworkAccessManager network;
    ApiClient client {&network};
    SandboxControlClient control {&network};
    std::unique_ptr<WebhookReceiver> receiver;
    SandboxApp app;

    bool start(SandboxConfig config = {}, ApiFlavour flavour = ApiFlavour::V2)
    {
        if (config.port == SandboxDefaults::Port)
            config.port = 0;
        const auto base = sandbox.start(config);
        if (!base.ok()) {
            qWarning().noquote() << base.error().message;
            return false;
        }
        app = sandbox.app();
        client.setBaseUrl(base.value());
        client.setFlavour(flavour);
        client.setCredentials(app.credentials());
        control.setBaseUrl(base.value());
        receiver = std::make_unique<WebhookReceiver>(app.consumerSecret.toUtf8());
        return receiver->start();
    }

    //! Registers the receiver and subscribes the accounts with these tokens (default: the owner).
    QString registerAndSubscribe(const QList<UserToken> &users = {UserToken()})
    {
        const auto webhook
            = AWAIT(Webhook, client.createWebhook(receiver->url().toString(), ctx, done));
        if (!webhook.ok()) {
            qWarning().noquote() << webhook.error().message << webhook.error().detail;
            return {};
        }
        for (const UserToken &user : users) {
            const auto added
                = AWAIT(bool, client.addSubscription(webhook.value().id, ctx, done, user));
            if (!added.ok())
                return {};
        }
        return webhook.value().id;
    }

    Result<QJsonObject> act(const QString &action, const QJsonObject &params)
    {
        return AWAIT(QJsonObject, control.act(action, params, ctx, done));
    }
};
