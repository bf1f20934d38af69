// Every response shape X has published for these endpoints is read into the same result; ids stay
// exact strings even when X sends them as numbers.
#include "xapi/ResponseParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ApiResponse ok(const QByteArray &body, int status = 200)
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    return r;
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webhookWrappedAndBare();
    void webhookLists();
    void validationShapes();
    void subscriptionAnswers();
    void subscriptionCounts();
    void replayShapes();
    void users();
    void largeNumericIdsStayExact();
    void unexpectedBodiesAreErrors();
};

void TestResponseParser::webhookWrappedAndBare()
{
    const auto wrapped = ResponseParser::webhook(ok(
        R"({"data":{"id":"1234567890","url":"https://yourdomain.com/webhooks/twitter","valid":true,"created_at":"2025-01-15T12:00:00.000Z"}})"));
    const auto bare = ResponseParser::webhook(ok(
        R"({"id":"1234567890","url":"https://yourdomain.com/webhooks/twitter","valid":true,"created_at":"2025-01-15T12:00:00.000Z"})"));
    QVERIFY(wrapped.ok() && bare.ok());
    QCOMPARE(wrapped.value().toJson(), bare.value().toJson());
    QCOMPARE(bare.value().id, u"1234567890"_s);
    QVERIFY(bare.value().valid);
    QCOMPARE(bare.value().createdAt, u"2025-01-15T12:00:00.000Z"_s);
}

void TestResponseParser::webhookLists()
{
    const auto v2 = ResponseParser::webhookList(ok(
        R"({"data":[{"created_at":"2025-01-15T12:00:00.000Z","id":"1234567890","url":"https://yourdomain.com/webhooks/twitter","valid":true}],"meta":{"result_count":1}})"));
    QCOMPARE(v2.value().size(), 1);
    QCOMPARE(v2.value().first().id, u"1234567890"_s);
    QVERIFY(ResponseParser::webhookList(ok(R"({"data":[],"meta":{"result_count":0}})"))
                .value()
                .isEmpty());
    QVERIFY(ResponseParser::webhookList(ok(R"({"meta":{"result_count":0}})")).value().isEmpty());
    const auto v11 = ResponseParser::webhookList(ok(
        R"([{"id":"1","url":"https://a/0","valid":true,"created_at":"2016-06-02T23:54:02Z"},{"id":"2468013579","url":"https://b/0","valid":false,"created_at":"2016-06-04T22:31:29Z"}])"));
    QCOMPARE(v11.value().size(), 2);
    QCOMPARE(v11.value().at(1).id, u"2468013579"_s);
    QVERIFY(!v11.value().at(1).valid);
    const auto premium = ResponseParser::webhookList(ok(
        R"({"environments":[{"environment_name":"dev","webhooks":[{"id":"7","url":"https://c/","valid":true,"created_timestamp":"2017-06-02 23:54:02 +0000"}]}]})"));
    QCOMPARE(premium.value().size(), 1);
    QCOMPARE(premium.value().first().createdAt, u"2017-06-02 23:54:02 +0000"_s);
}

void TestResponseParser::validationShapes()
{
    const auto valid = ResponseParser::validation(ok(R"({"data":{"valid":true}})"), u"9"_s);
    QCOMPARE(valid.value().valid, std::optional<bool>(true));
    const auto invalid = ResponseParser::validation(ok(R"({"data":{"valid":false}})"), u"9"_s);
    QCOMPARE(invalid.value().valid, std::optional<bool>(false));
    const auto attempted = ResponseParser::validation(ok(R"({"data":{"attempted":true}})"), u"9"_s);
    QVERIFY(attempted.value().attempted);
    QVERIFY(!attempted.value().valid.has_value());
    QVERIFY(attempted.value().toJson().value(u"valid"_s).isNull());
    const auto v11 = ResponseParser::validation(ok("", 204), u"9"_s); // also "{ }" as published
    QCOMPARE(v11.value().valid, std::optional<bool>(true));
    QCOMPARE(ResponseParser::validation(ok("{ }", 204), u"9"_s).value().webhookId, u"9"_s);
}

void TestResponseParser::subscriptionAnswers()
{
    QCOMPARE(ResponseParser::subscribed(ok(R"({"data":{"subscribed":true}})")).value(), true);
    QCOMPARE(ResponseParser::subscribed(ok(R"({"data":{"subscribed":false}})")).value(), false);
    QCOMPARE(ResponseParser::subscribed(ok("{}", 204)).value(), true);
    QCOMPARE(ResponseParser::deleted(ok(R"({"data":{"deleted":true}})")).value(), true);
    QCOMPARE(ResponseParser::deleted(ok("", 204)).value(), true);

    const auto v2 = ResponseParser::subscriptionList(ok(
        R"({"data":{"application_id":"11231812","webhook_id":"1234567890","webhook_url":"https://a/","subscriptions":[{"user_id":"20212306"},{"user_id":"2244994945"}]}})"));
    QCOMPARE(v2.value().userIds, (QStringList {u"20212306"_s, u"2244994945"_s}));
    QCOMPARE(v2.value().applicationId, u"11231812"_s);
    const auto v11 = ResponseParser::subscriptionList(ok(
        R"({"webhook_id":"1234567890","webhook_url":"https://a/","application_id":"11231812","subscriptions":[{"user_id":"20212306"}]})"));
    QCOMPARE(v11.value().userIds, QStringList {u"20212306"_s});
    QCOMPARE(v11.value().webhookId, u"1234567890"_s);
}

void TestResponseParser::subscriptionCounts()
{
    const auto v2 = ResponseParser::subscriptionCount(ok(
        R"({"data":{"account_name":"app","provisioned_count":"50","subscriptions_count_all":"3","subscriptions_count_direct_messages":"0"}})"));
    QCOMPARE(v2.value().subscriptionsCountAll, 3);
    QCOMPARE(v2.value().provisionedCount, 50);
    QCOMPARE(v2.value().accountName, u"app"_s);
    const auto v11 = ResponseParser::subscriptionCount(ok(
        R"({"account_name":"my-account","subscriptions_count_all":"1","subscriptions_count_direct_messages":"0","provisioned_count":"50"})"));
    QCOMPARE(v11.value().subscriptionsCountAll, 1);
    const auto premium = ResponseParser::subscriptionCount(
        ok(R"({"account_name":"my-account","subscriptions_count":"7","provisioned_count":"25"})"));
    QCOMPARE(premium.value().subscriptionsCountAll, 7);
    QCOMPARE(premium.value().provisionedCount, 25);
}

void TestResponseParser::replayShapes()
{
    const auto wrapped = ResponseParser::replayJob(
        ok(R"({"data":{"job_id":"1915510368169844736","created_at":"2025-04-24T20:57:15.242Z"}})"));
    const auto bare = ResponseParser::replayJob(
        ok(R"({"job_id":"1915510368169844736","created_at":"2025-04-24T20:57:15.242Z"})", 202));
    const auto aaa = ResponseParser::replayJob(ok(
        R"({"for_user_id":"2244994945","replay_event":{"job_id":"1915510368169844736","created_at":"2025-04-24T20:57:15.242Z"}})"));
    for (const auto *r : {&wrapped, &bare, &aaa}) {
        QVERIFY(r->ok());
        QCOMPARE(r->value().jobId, u"1915510368169844736"_s);
        QCOMPARE(r->value().createdAt, u"2025-04-24T20:57:15.242Z"_s);
    }
    QCOMPARE(aaa.value().forUserId, u"2244994945"_s);
}

void TestResponseParser::users()
{
    const auto v2 = ResponseParser::user(
        ok(R"({"data":{"id":"2244994945","name":"X Dev","username":"XDevelopers"}})"));
    QCOMPARE(v2.value().id, u"2244994945"_s);
    QCOMPARE(v2.value().username, u"XDevelopers"_s);
    const auto v11 = ResponseParser::user(
        ok(R"({"id":6253282,"id_str":"6253282","name":"API","screen_name":"xapi"})"));
    QCOMPARE(v11.value().id, u"6253282"_s);
    QCOMPARE(v11.value().username, u"xapi"_s);
}

void TestResponseParser::largeNumericIdsStayExact()
{
    // Beyond 2^53 a double would round; the parser reads the integer.
    const auto r
        = ResponseParser::replayJob(ok(R"({"job_id":1915510368169844737,"created_at":"x"})"));
    QCOMPARE(r.value().jobId, u"1915510368169844737"_s);
    const auto u = ResponseParser::user(ok(R"({"id":1234567890123456789,"screen_name":"a"})"));
    QCOMPARE(u.value().id, u"1234567890123456789"_s);
}

void TestResponseParser::unexpectedBodiesAreErrors()
{
    const auto r = ResponseParser::webhook(ok("<html>proxy error</html>"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::XApi);
    QCOMPARE(r.error().code, u"unexpected-response"_s);
    QVERIFY(r.error().detail.contains(u"proxy error"_s));
    QVERIFY(!ResponseParser::webhookList(ok(R"({"something":"else"})")).ok());
    QVERIFY(!ResponseParser::subscribed(ok(R"({"data":{}})")).ok());
}

QTEST_APPLESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
