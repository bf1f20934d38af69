// aaconsole-cli's X API commands end to end, as a user or a script meets them: the real binary
// against the fake X, human output and --json documents of every command in both flavours, the
// PIN sign-in and the call log. Failures and exit codes 1-4: tst_cli_api_failures.
#include "CliApiFixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString minutesAgo(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(-60 * minutes).toString(u"yyyyMMddHHmm"_s);
}

} // namespace

class TestCliApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void webhooks_data();
    void webhooks();
    void subscriptions_data();
    void subscriptions();
    void replay_data();
    void replay();
    void whoami();
    void signin();
    void signedInAccountIsKeptAndActsWithAccount();
    void signinFailures();
    void log();

private:
    CliRun run(const QStringList &args, const QByteArray &stdinData = {}) const
    {
        return m_f.run(args, stdinData);
    }
    static QJsonObject oneJsonDocument(const CliRun &r)
    {
        return CliApiFixture::oneJsonDocument(r);
    }
    void addFlavours();

    CliApiFixture m_f;
};

void TestCliApi::init()
{
    QVERIFY(m_f.setUp());
}

void TestCliApi::cleanup()
{
    m_f.check();
}

void TestCliApi::addFlavours()
{
    QTest::addColumn<QString>("api");
    QTest::newRow("v2") << u"v2"_s;
    QTest::newRow("v1.1") << u"v1.1"_s;
}

void TestCliApi::webhooks_data()
{
    addFlavours();
}

void TestCliApi::webhooks()
{
    QFETCH(QString, api);
    const QString url = u"https://example.com/webhooks/x"_s;
    const CliRun registered = run({u"--api"_s, api, u"webhooks"_s, u"register"_s, url});
    QCOMPARE(registered.exitCode, 0);
    const QString id = m_f.x->api().webhookIds().value(0);
    QCOMPARE(registered.outText(), u"Registered webhook %1 for %2 (valid).\n"_s.arg(id, url));
    QVERIFY(registered.err.isEmpty());

    const CliRun listed = run({u"--api"_s, api, u"--json"_s, u"webhooks"_s, u"list"_s});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray webhooks = oneJsonDocument(listed).value(u"webhooks"_s).toArray();
    QCOMPARE(webhooks.size(), 1);
    QCOMPARE(webhooks.first()[u"id"].toString(), id);
    QCOMPARE(webhooks.first()[u"url"].toString(), url);
    QCOMPARE(webhooks.first()[u"valid"].toBool(), true);

    const CliRun human = run({u"--api"_s, api, u"webhooks"_s, u"list"_s});
    QVERIFY(human.outText().startsWith(id));
    QVERIFY(human.outText().contains(url));

    const CliRun validated = run({u"--api"_s, api, u"webhooks"_s, u"validate"_s, id});
    QCOMPARE(validated.exitCode, 0);
    QCOMPARE(validated.outText(), u"Webhook %1 passed the CRC check and is valid.\n"_s.arg(id));
    QCOMPARE(m_f.x->last().method, QByteArray("PUT"));

    const CliRun deleted = run({u"--api"_s, api, u"--json"_s, u"webhooks"_s, u"delete"_s, id});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(oneJsonDocument(deleted), (QJsonObject {{u"webhook_id"_s, id}, {u"deleted"_s, true}}));
    QVERIFY(m_f.x->api().webhookIds().isEmpty());

    const CliRun empty = run({u"--api"_s, api, u"webhooks"_s, u"list"_s});
    QCOMPARE(empty.outText(), u"No webhooks are registered for this app.\n"_s);
}

void TestCliApi::subscriptions_data()
{
    addFlavours();
}

void TestCliApi::subscriptions()
{
    QFETCH(QString, api);
    const QString hook = m_f.x->api().addWebhook(u"https://example.com/h"_s);
    const QStringList base {u"--api"_s, api, u"--json"_s, u"subscriptions"_s};
    const QStringList webhook {u"--webhook"_s, hook};

    const CliRun added = run(base + QStringList {u"add"_s} + webhook);
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(oneJsonDocument(added).value(u"subscribed"_s).toBool(), true);
    QCOMPARE(m_f.x->api().subscribers(hook), QStringList {FakeX::OwnerId});

    const CliRun checked = run(base + QStringList {u"check"_s} + webhook);
    QCOMPARE(oneJsonDocument(checked).value(u"subscribed"_s).toBool(), true);

    const CliRun listed = run(base + QStringList {u"list"_s} + webhook);
    const QJsonObject list = oneJsonDocument(listed);
    QCOMPARE(list.value(u"webhook_id"_s).toString(), hook);
    QCOMPARE(list.value(u"subscriptions"_s).toArray().first()[u"user_id"].toString(),
             FakeX::OwnerId);

    const CliRun counted = run(base + QStringList {u"count"_s});
    QCOMPARE(oneJsonDocument(counted).value(u"subscriptions_count_all"_s).toInt(), 1);
    QCOMPARE(oneJsonDocument(counted).value(u"provisioned_count"_s).toInt(), 50);

    const CliRun removed = run(
        {u"--api"_s, api, u"subscriptions"_s, u"remove"_s, u"--webhook"_s, hook, FakeX::OwnerId});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.outText(),
             u"Removed the subscription of user %1 from webhook %2.\n"_s.arg(FakeX::OwnerId, hook));

    const CliRun gone
        = run({u"--api"_s, api, u"subscriptions"_s, u"check"_s, u"--webhook"_s, hook});
    QCOMPARE(gone.exitCode, 0);
    QVERIFY(gone.outText().contains(u"is not subscribed to webhook"_s));
}

void TestCliApi::replay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("path");
    QTest::newRow("v2") << QStringList {} << u"/2/webhooks/replay"_s;
    QTest::newRow("v2 account activity")
        << QStringList {u"--account-activity"_s}
        << u"/2/account_activity/replay/webhooks/%1/subscriptions/all"_s;
    QTest::newRow("v1.1") << QStringList {u"--api"_s, u"v1.1"_s}
                          << u"/1.1/account_activity/replay/webhooks/%1/subscriptions/all.json"_s;
}

void TestCliApi::replay()
{
    QFETCH(QStringList, args);
    QFETCH(QString, path);
    const QString hook = m_f.x->api().addWebhook(u"https://example.com/h"_s);
    const CliRun r = run(args
                         + QStringList {u"--json"_s, u"replay"_s, u"--webhook"_s, hook, u"--from"_s,
                                        minutesAgo(120), u"--to"_s, minutesAgo(60)});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject job = oneJsonDocument(r);
    QCOMPARE(job.value(u"job_id"_s).toString(), u"1915510368169844736"_s);
    QCOMPARE(job.value(u"webhook_id"_s).toString(), hook);
    QCOMPARE(m_f.x->last().path, path.contains(u"%1"_s) ? path.arg(hook) : path);

    // A window X would refuse never reaches X.
    m_f.x->clearRequests();
    const CliRun late = run(args
                            + QStringList {u"replay"_s, u"--webhook"_s, hook, u"--from"_s,
                                           minutesAgo(60), u"--to"_s, minutesAgo(120)});
    QCOMPARE(late.exitCode, 2);
    QVERIFY2(late.errText().contains(u"must be before --to"_s), late.err.constData());
    QVERIFY(m_f.x->requests().isEmpty());
}

void TestCliApi::whoami()
{
    const CliRun human = run({u"whoami"_s});
    QCOMPARE(human.exitCode, 0);
    QCOMPARE(human.outText(), u"@XDevelopers (2244994945) Developers\n"_s);
    const CliRun json = run({u"--api"_s, u"v1.1"_s, u"--json"_s, u"whoami"_s});
    QCOMPARE(oneJsonDocument(json),
             (QJsonObject {{u"id"_s, FakeX::OwnerId},
                           {u"username"_s, FakeX::OwnerScreenName},
                           {u"name"_s, u"Developers"_s}}));
}

void TestCliApi::signin()
{
    const QString authorize
        = m_f.x->baseUrl().toString() + u"/oauth/authorize?oauth_token="_s + FakeX::RequestToken;
    const CliRun human = run({u"signin"_s}, FakeX::Pin.toUtf8() + '\n');
    QCOMPARE(human.exitCode, 0);
    QVERIFY2(human.outText().contains(authorize), human.out.constData());
    QVERIFY(human.outText().contains(u"Signed in as @xapi (6253282)."_s));
    QVERIFY(!human.outText().contains(FakeX::PinUserToken));
    QVERIFY(!human.outText().contains(FakeX::PinUserSecret));

    const CliRun json = run({u"--json"_s, u"signin"_s}, FakeX::Pin.toUtf8() + '\n');
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(oneJsonDocument(json),
             (QJsonObject {{u"user_id"_s, FakeX::PinUserId}, {u"screen_name"_s, u"xapi"_s}}));
    QVERIFY(json.errText().contains(authorize)); // the prompt went to stderr

    const CliRun shown = run({u"--json"_s, u"signin"_s, u"--show-secrets"_s}, FakeX::Pin.toUtf8());
    const QJsonObject withTokens = oneJsonDocument(shown);
    QCOMPARE(withTokens.value(u"access_token"_s).toString(), FakeX::PinUserToken);
    QCOMPARE(withTokens.value(u"access_token_secret"_s).toString(), FakeX::PinUserSecret);
}

void TestCliApi::signedInAccountIsKeptAndActsWithAccount()
{
    const QString pin = FakeX::Pin + u'\n';
    QCOMPARE(run({u"signin"_s, u"--no-save"_s}, pin.toUtf8()).exitCode, 0);
    QVERIFY(run({u"profiles"_s, u"show"_s, u"fixture"_s}).outText().contains(u"accounts: none"_s));

    const CliRun kept = run({u"signin"_s}, pin.toUtf8());
    QCOMPARE(kept.exitCode, 0);
    QVERIFY2(kept.outText().contains(u"Kept in profile \"fixture\"; act as this account with "
                                     u"--account 6253282."_s),
             kept.out.constData());
    const QString shown = run({u"profiles"_s, u"show"_s, u"fixture"_s}).outText();
    QVERIFY2(shown.contains(FakeX::PinUserId) && shown.contains(u"@xapi"_s), qPrintable(shown));
    QVERIFY(!shown.contains(FakeX::PinUserToken));

    // The account's own token pair signs the subscription, not the app owner's.
    const QString hook = m_f.x->api().addWebhook(u"https://example.com/hook"_s);
    const CliRun added = run(
        {u"subscriptions"_s, u"add"_s, u"--webhook"_s, hook, u"--account"_s, FakeX::PinUserId});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(m_f.x->last().auth, u"oauth1:"_s + FakeX::PinUserToken);
    QCOMPARE(m_f.x->api().subscribers(hook), QStringList {FakeX::PinUserId});

    const CliRun unknown
        = run({u"subscriptions"_s, u"check"_s, u"--webhook"_s, hook, u"--account"_s, u"42"_s});
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.errText().contains(u"no subscribed account with user id 42"_s),
             unknown.err.constData());
}

void TestCliApi::signinFailures()
{
    const CliRun wrongPin = run({u"--json"_s, u"signin"_s}, "1111111\n");
    QCOMPARE(wrongPin.exitCode, 1);
    QCOMPARE(oneJsonDocument(wrongPin).value(u"error"_s)[u"http_status"].toInt(), 401);
    const CliRun noPin = run({u"signin"_s});
    QCOMPARE(noPin.exitCode, 2);
    QVERIFY(noPin.errText().contains(u"no PIN given"_s));
}

void TestCliApi::log()
{
    QCOMPARE(run({u"webhooks"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(run({u"whoami"_s}).exitCode, 0);
    const CliRun human = run({u"log"_s});
    QCOMPARE(human.exitCode, 0);
    const QStringList lines = human.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(u"GET    200"_s) && lines.at(0).contains(u"/2/webhooks"_s),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).contains(u"/2/users/me"_s));
    QVERIFY(lines.at(1).contains(u"rate "_s));

    const CliRun json = run({u"--json"_s, u"log"_s, u"--last"_s, u"1"_s});
    const QJsonArray calls = oneJsonDocument(json).value(u"calls"_s).toArray();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first()[u"operation"].toString(), u"whoami"_s);
    QCOMPARE(calls.first()[u"status"].toInt(), 200);
    const qint64 firstId = calls.first()[u"id"].toInteger() - 1;

    const CliRun curl = run({u"log"_s, u"--curl"_s, QString::number(firstId)});
    QCOMPARE(curl.exitCode, 0);
    QVERIFY2(curl.outText().startsWith(u"curl --request GET \\\n  --url '"_s
                                       + m_f.x->baseUrl().toString() + u"/2/webhooks' \\\n"_s),
             curl.out.constData());
    QVERIFY(curl.outText().contains(u"--header \"Authorization: Bearer $X_BEARER_TOKEN\""_s));
    QVERIFY(!curl.outText().contains(FakeX::BearerToken));

    const CliRun missing = run({u"log"_s, u"--curl"_s, u"999"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.errText().contains(u"no API call with id 999"_s));
}

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cli_api.moc"
