#pragma once

#include "CliRunner.h"
#include "FakeXApi.h"
#include "FakeXCredentials.h"
#include "FakeXServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

//! The real aaconsole-cli with the fake X's credentials in its environment, run against a fresh
//! fake X. Tests call setUp() in init() and check() in cleanup().
struct CliApiFixture
{
    std::unique_ptr<FakeXServer> x;
    std::unique_ptr<CliRunner> cli;

    bool setUp()
    {
        x = std::make_unique<FakeXServer>();
        cli = std::make_unique<CliRunner>();
        cli->setEnv(QStringLiteral("X_CONSUMER_KEY"), FakeX::ConsumerKey);
        cli->setEnv(QStringLiteral("X_CONSUMER_SECRET"), FakeX::ConsumerSecret);
        cli->setEnv(QStringLiteral("X_BEARER_TOKEN"), FakeX::BearerToken);
        cli->setEnv(QStringLiteral("X_ACCESS_TOKEN"), FakeX::AccessToken);
        cli->setEnv(QStringLiteral("X_ACCESS_TOKEN_SECRET"), FakeX::AccessTokenSecret);
        // The first run would select the Sandbox profile, whose built-in credentials fill any field
        // the environment leaves out; these tests want only the environment's.
        if (cli->run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("fixture")})
                    .exitCode
                != 0
            || cli->run({QStringLiteral("profiles"), QStringLiteral("use"),
                         QStringLiteral("fixture")})
                    .exitCode
                != 0)
            return false;
        return x->start();
    }

    //! Every request the CLI made was signed correctly and with the right kind of auth.
    void check() const
    {
        for (const FakeRequest &r : x->requests())
            QVERIFY2(!r.auth.startsWith(u"invalid"), qPrintable(r.path + u": " + r.auth));
    }

    //! The command with --api-base pointing at the fake, which answers while it runs.
    CliRun run(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return cli->runServing(
            QStringList {QStringLiteral("--api-base"), x->baseUrl().toString()} + args, stdinData);
    }

    //! stdout holds exactly one compact JSON document and its newline; returns it.
    static QJsonObject oneJsonDocument(const CliRun &r)
    {
        [&] { QVERIFY2(r.out.endsWith('\n') && r.out.count('\n') == 1, r.out.constData()); }();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        [&] {
            QVERIFY2(error.error == QJsonParseError::NoError && doc.isObject(), r.out.constData());
        }();
        return doc.object();
    }
};
