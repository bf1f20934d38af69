// The Sandbox checks credentials like X: OAuth 1.0a signatures (error 32), timestamps more than
// 5 minutes off (135), reused nonces (32), a bearer token where user context is required and the
// other way round, revoked tokens (89), and the PIN sign-in works without a browser.
#include "SandboxFixture.h"
#include "auth/PinSignIn.h"
#include "sandbox/SandboxWorld.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString Carol = u"1000000004"_s;

// The body X sent with the last call the client made.
struct LastCall
{
    QByteArray body;
    int status = 0;
    void watch(ApiClient &client)
    {
        QObject::connect(&client, &ApiClient::callFinished, &client,
                         [this](const ApiCallRecord &call) {
                             body = call.responseBody;
                             status = call.status;
                         });
    }
};

const QByteArray Error32(R"({"errors":[{"code":32,"message":"Could not authenticate you."}]})");

} // namespace

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badSignatureIsError32_data();
    void badSignatureIsError32();
    void timestampMoreThanFiveMinutesOff_data();
    void timestampMoreThanFiveMinutesOff();
    void reusedNonceIsRefused();
    void bearerWhereUserContextIsRequired();
    void userContextWhereBearerIsRequired();
    void unknownBearerToken();
    void onlyTheOwnerRegistersWebhooks();
    void anyAccountSubscribesWithItsOwnToken();
    void pinSignInWithoutABrowser();
    void revokedTokenAnswers89UntilSignedInAgain();
};

void TestSandboxAuth::badSignatureIsError32_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("wrong consumer secret") << u"consumer_secret"_s;
    QTest::newRow("wrong token secret") << u"access_token_secret"_s;
    QTest::newRow("wrong consumer key") << u"consumer_key"_s;
}

void TestSandboxAuth::badSignatureIsError32()
{
    QFETCH(QString, field);
    SandboxFixture f;
    QVERIFY(f.start({}, ApiFlavour::V11));
    Credentials wrong = f.app.credentials();
    wrong.setValue(*Credentials::fieldFromName(field), u"something-else-entirely"_s);
    f.client.setCredentials(wrong);
    LastCall last;
    last.watch(f.client);
    const auto me = AWAIT(XUser, f.client.whoami(ctx, done));
    QVERIFY(!me.ok());
    QCOMPARE(me.error().httpStatus, 401);
    QCOMPARE(me.error().code, u"32"_s);
    QCOMPARE(last.body, Error32);
    QVERIFY2(me.error().message.contains(u"OAuth signature"_s), qPrintable(me.error().message));

    // v2 answers the same mistake with its problem JSON.
    f.client.setFlavour(ApiFlavour::V2);
    const auto me2 = AWAIT(XUser, f.client.whoami(ctx, done));
    QCOMPARE(me2.error().httpStatus, 401);
    QCOMPARE(QJsonDocument::fromJson(last.body).object().value(u"title"_s).toString(),
             u"Unauthorized"_s);
}

void TestSandboxAuth::timestampMoreThanFiveMinutesOff_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("6 minutes slow") << -360 << false;
    QTest::newRow("6 minutes fast") << 360 << false;
    QTest::newRow("4 minutes slow") << -240 << true;
}

void TestSandboxAuth::timestampMoreThanFiveMinutesOff()
{
    QFETCH(int, offset);
    QFETCH(bool, accepted);
    SandboxFixture f;
    QVERIFY(f.start({}, ApiFlavour::V11));
    f.client.signer().setClock([offset] { return QDateTime::currentSecsSinceEpoch() + offset; });
    LastCall last;
    last.watch(f.client);
    const auto me = AWAIT(XUser, f.client.whoami(ctx, done));
    QCOMPARE(me.ok(), accepted);
    if (!accepted) {
        QCOMPARE(me.error().code, u"135"_s);
        const QByteArray expected
            = R"({"errors":[{"code":135,"message":"Timestamp out of bounds."}]})";
        QCOMPARE(last.body, expected);
    }
}

void TestSandboxAuth::reusedNonceIsRefused()
{
    SandboxFixture f;
    QVERIFY(f.start({}, ApiFlavour::V11));
    f.client.signer().setNonceSource([] { return u"the-same-nonce-every-time"_s; });
    LastCall last;
    last.watch(f.client);
    QVERIFY(AWAIT(XUser, f.client.whoami(ctx, done)).ok());
    const auto replayed = AWAIT(XUser, f.client.whoami(ctx, done));
    QVERIFY(!replayed.ok());
    QCOMPARE(replayed.error().code, u"32"_s);
    QCOMPARE(last.body, Error32);
}

void TestSandboxAuth::bearerWhereUserContextIsRequired()
{
    SandboxFixture f;
    QVERIFY(f.start());
    const QString id = f.registerAndSubscribe();
    LastCall last;
    last.watch(f.client);
    const auto send = [&f](ApiRequest request) {
        request.auth = AuthKind::Bearer;
        return AWAIT(ApiResponse, f.client.send(request, ctx, done));
    };
    auto r = send(Endpoints::addSubscription(ApiFlavour::V2, id));
    QCOMPARE(r.error().httpStatus, 403);
    QVERIFY2(last.body.contains("unsupported-authentication"), last.body.constData());
    QVERIFY2(r.error().message.contains(u"does not accept this kind of authentication"_s),
             qPrintable(r.error().message));
    r = send(Endpoints::createWebhook(ApiFlavour::V11, u"https://example.com/hook"_s));
    QCOMPARE(r.error().code, u"261"_s); // "register a webhook using app-only authentication"
    r = send(Endpoints::whoami(ApiFlavour::V11));
    QCOMPARE(r.error().code, u"220"_s);
    r = send(Endpoints::requestToken());
    QCOMPARE(r.error().code, u"215"_s);
}

void TestSandboxAuth::userContextWhereBearerIsRequired()
{
    SandboxFixture f;
    QVERIFY(f.start());
    const QString id = f.registerAndSubscribe();
    LastCall last;
    last.watch(f.client);
    const auto send = [&f](ApiRequest request) {
        request.auth = AuthKind::AppOwner;
        return AWAIT(ApiResponse, f.client.send(request, ctx, done));
    };
    auto r = send(Endpoints::listSubscriptions(ApiFlavour::V11, id));
    QCOMPARE(r.error().httpStatus, 401);
    QCOMPARE(r.error().code, u"32"_s);
    const QByteArray appOnly = R"({"errors":[{"code":32,"message":"Invalid authentication )"
                               R"(method. Please use application-only authentication."}]})";
    QCOMPARE(last.body, appOnly);
    QVERIFY2(r.error().message.contains(u"bearer token"_s), qPrintable(r.error().message));
    r = send(Endpoints::subscriptionCount(ApiFlavour::V2));
    QCOMPARE(r.error().httpStatus, 403);
    QVERIFY2(last.body.contains("unsupported-authentication"), last.body.constData());
}

void TestSandboxAuth::unknownBearerToken()
{
    SandboxFixture f;
    QVERIFY(f.start({}, ApiFlavour::V11));
    Credentials wrong = f.app.credentials();
    wrong.bearerToken = u"not-the-sandbox-bearer-token"_s;
    f.client.setCredentials(wrong);
    const auto listed = AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done));
    QCOMPARE(listed.error().code, u"89"_s);
    f.client.setFlavour(ApiFlavour::V2);
    QCOMPARE(AWAIT(QList<Webhook>, f.client.listWebhooks(ctx, done)).error().httpStatus, 401);
}

void TestSandboxAuth::onlyTheOwnerRegistersWebhooks()
{
    SandboxFixture f;
    QVERIFY(f.start({}, ApiFlavour::V11));
    Credentials carol = f.app.credentials();
    carol.accessToken = SandboxWorld::tokenFor(Carol);
    carol.accessTokenSecret = SandboxWorld::tokenSecretFor(Carol);
    f.client.setCredentials(carol);
    const auto created
        = AWAIT(Webhook, f.client.createWebhook(f.receiver->url().toString(), ctx, done));
    QCOMPARE(created.error().httpStatus, 403);
    QVERIFY(f.receiver->crcChecks().isEmpty()); // refused before any CRC check
    // …but carol's token is good for whoami.
    QCOMPARE(AWAIT(XUser, f.client.whoami(ctx, done)).value().username, u"carol"_s);
}

void TestSandboxAuth::anyAccountSubscribesWithItsOwnToken()
{
    SandboxFixture f;
    QVERIFY(f.start());
    const UserToken carol {SandboxWorld::tokenFor(Carol), SandboxWorld::tokenSecretFor(Carol)};
    const QString id = f.registerAndSubscribe({UserToken(), carol});
    QVERIFY(!id.isEmpty());
    const auto list = AWAIT(SubscriptionList, f.client.listSubscriptions(id, ctx, done));
    QCOMPARE(list.value().userIds, (QStringList {f.app.ownerId, Carol}));
    QVERIFY(AWAIT(bool, f.client.checkSubscription(id, ctx, done, carol)).value());
}

void TestSandboxAuth::pinSignInWithoutABrowser()
{
    SandboxFixture f;
    QVERIFY(f.start());
    PinSignIn signIn(&f.client);
    const auto started = AWAIT(PinAuthorization, signIn.start(ctx, done));
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    const UserToken requestToken = started.value().requestToken;

    // The page a user would open lists the accounts; naming one authorises it and shows the PIN.
    QUrl page = started.value().authorizeUrl;
    QNetworkReply *listReply = f.network.get(QNetworkRequest(page));
    QTRY_VERIFY(listReply->isFinished());
    QVERIFY(listReply->readAll().contains("@carol"));
    listReply->deleteLater();
    QUrlQuery query(page);
    query.addQueryItem(u"screen_name"_s, u"carol"_s);
    query.addQueryItem(u"format"_s, u"json"_s);
    page.setQuery(query);
    QNetworkReply *pinReply = f.network.get(QNetworkRequest(page));
    QTRY_VERIFY(pinReply->isFinished());
    const QString pin
        = QJsonDocument::fromJson(pinReply->readAll()).object().value(u"pin"_s).toString();
    pinReply->deleteLater();
    QCOMPARE(pin.size(), 7);

    const auto wrong = AWAIT(SignedInUser, signIn.finish(requestToken, u"0000000"_s, ctx, done));
    QCOMPARE(wrong.ok(), false); // a wrong PIN is refused
    const auto again = AWAIT(PinAuthorization, signIn.start(ctx, done));
    QUrlQuery second(again.value().authorizeUrl);
    second.addQueryItem(u"screen_name"_s, u"@carol"_s);
    second.addQueryItem(u"format"_s, u"json"_s);
    QUrl secondPage = again.value().authorizeUrl;
    secondPage.setQuery(second);
    QNetworkReply *secondReply = f.network.get(QNetworkRequest(secondPage));
    QTRY_VERIFY(secondReply->isFinished());
    const QString secondPin
        = QJsonDocument::fromJson(secondReply->readAll()).object().value(u"pin"_s).toString();
    secondReply->deleteLater();
    const auto user
        = AWAIT(SignedInUser, signIn.finish(again.value().requestToken, secondPin, ctx, done));
    QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().message));
    QCOMPARE(user.value().userId, Carol);
    QCOMPARE(user.value().screenName, u"carol"_s);
    QCOMPARE(user.value().accessToken.token, SandboxWorld::tokenFor(Carol));
    QCOMPARE(user.value().accessToken.secret, SandboxWorld::tokenSecretFor(Carol));
    // "PIN numbers are not reusable"
    const auto reused
        = AWAIT(SignedInUser, signIn.finish(again.value().requestToken, secondPin, ctx, done));
    QVERIFY(!reused.ok());
}

void TestSandboxAuth::revokedTokenAnswers89UntilSignedInAgain()
{
    SandboxFixture f;
    QVERIFY(f.start({}, ApiFlavour::V11));
    const UserToken carol {SandboxWorld::tokenFor(Carol), SandboxWorld::tokenSecretFor(Carol)};
    const QString id = f.registerAndSubscribe({UserToken(), carol});
    QVERIFY(f.act(u"revoke"_s, {{u"by"_s, u"@carol"_s}}).ok());

    // The subscription ended with the authorisation…
    QTRY_COMPARE(AWAIT(SubscriptionList, f.client.listSubscriptions(id, ctx, done)).value().userIds,
                 QStringList {f.app.ownerId});
    // …and the token no longer works.
    const auto check = AWAIT(bool, f.client.checkSubscription(id, ctx, done, carol));
    QCOMPARE(check.error().code, u"89"_s);
    QVERIFY2(check.error().message.contains(u"revoked"_s), qPrintable(check.error().message));

    PinSignIn signIn(&f.client);
    const auto started = AWAIT(PinAuthorization, signIn.start(ctx, done));
    QUrl page = started.value().authorizeUrl;
    QUrlQuery query(page);
    query.addQueryItem(u"screen_name"_s, u"carol"_s);
    page.setQuery(query);
    QNetworkRequest request(page);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = f.network.get(request);
    QTRY_VERIFY(reply->isFinished());
    const QString pin
        = QJsonDocument::fromJson(reply->readAll()).object().value(u"pin"_s).toString();
    reply->deleteLater();
    QVERIFY(AWAIT(SignedInUser, signIn.finish(started.value().requestToken, pin, ctx, done)).ok());
    QVERIFY(AWAIT(bool, f.client.addSubscription(id, ctx, done, carol)).ok());
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
