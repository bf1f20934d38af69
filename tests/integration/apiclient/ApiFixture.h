#pragma once

#include "FakeXApi.h"
#include "FakeXCredentials.h"
#include "FakeXServer.h"
#include "auth/Credentials.h"
#include "xapi/ApiClient.h"
#include "xapi/BlockingCall.h"
#include "xapi/InMemoryApiCallSink.h"

#include <QNetworkAccessManager>

//! An ApiClient with the fake X's credentials, pointed at `base`, logging into `sink`.
struct ApiFixture
{
    QNetworkAccessManager network;
    InMemoryApiCallSink sink;
    ApiClient client {&network};

    ApiFixture(const QUrl &base, ApiFlavour flavour, bool withCredentials = true)
    {
        client.setBaseUrl(base);
        client.setFlavour(flavour);
        client.setCallSink(&sink);
        if (withCredentials)
            client.setCredentials(credentials());
    }

    static Credentials credentials()
    {
        Credentials c;
        c.consumerKey = FakeX::ConsumerKey;
        c.consumerSecret = FakeX::ConsumerSecret;
        c.bearerToken = FakeX::BearerToken;
        c.accessToken = FakeX::AccessToken;
        c.accessTokenSecret = FakeX::AccessTokenSecret;
        return c;
    }
};

//! Runs `member` of the fixture's client to completion: wait(f, &ApiClient::listWebhooks).
#define AWAIT(T, expr) waitFor<T>([&](QObject *ctx, auto done) { expr; })
