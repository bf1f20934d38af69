// Decoding X's two error shapes and explaining them, and the network failures' messages, without
// a network.
#include "xapi/ErrorExplainer.h"
#include "xapi/NetworkFailure.h"
#include "xapi/XError.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ApiResponse answer(int status, const QByteArray &body, const HeaderList &headers = {})
{
    ApiResponse r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    r.rateLimit = rateLimitFromHeaders(headers);
    return r;
}

const QDateTime Now = QDateTime(QDate(2025, 1, 15), QTime(12, 0), Qt::UTC);

} // namespace

class TestXApiErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesV11();
    void decodesV2Problem();
    void decodesV2ReasonPrefix_data();
    void decodesV2ReasonPrefix();
    void decodesPlainTextAndXml();
    void rateLimitWithAndWithoutReset();
    void unknownErrorsStillSaySomething();
    void networkFailuresSayWhatToCheck();
};

void TestXApiErrors::decodesV11()
{
    // X's published 401 body, odd indentation included.
    const XError e = XError::decode(answer(401, R"({
  "errors": [
    {
       "code": 32,
      "message": "Could not authenticate you."
    }
  ]
})"));
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(e.code, 32);
    QCOMPARE(e.message, u"Could not authenticate you."_s);
    QVERIFY(e.reason.isEmpty()); // a sentence is not a reason
    QCOMPARE(e.key(), u"32"_s);
    QCOMPARE(e.summary(), u"HTTP 401, code 32: Could not authenticate you."_s);
}

void TestXApiErrors::decodesV2Problem()
{
    const XError e = XError::decode(answer(400, R"({
  "title": "Invalid Request",
  "detail": "The 'query' parameter is required.",
  "type": "https://api.x.com/2/problems/invalid-request"
})"));
    QCOMPARE(e.code, -1);
    QCOMPARE(e.title, u"Invalid Request"_s);
    QCOMPARE(e.detail, u"The 'query' parameter is required."_s);
    QCOMPARE(e.type, u"https://api.x.com/2/problems/invalid-request"_s);
    QCOMPARE(e.key(), u"http-400"_s);
    QVERIFY(e.summary().contains(u"Invalid Request"_s));
    QVERIFY(e.summary().contains(u"The 'query' parameter is required."_s));
}

void TestXApiErrors::decodesV2ReasonPrefix_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("reason");
    QTest::newRow("with details") << u"CrcValidationFailed: Invalid response_token"_s
                                  << u"CrcValidationFailed"_s;
    QTest::newRow("bare") << u"SubscriptionNotFound"_s << u"SubscriptionNotFound"_s;
    QTest::newRow("no space") << u"DuplicateUrlFailed:https://a"_s << u"DuplicateUrlFailed"_s;
    QTest::newRow("sentence") << u"Webhook URL does not meet the requirements."_s << QString();
    QTest::newRow("single word") << u"Forbidden: no"_s << QString();
}

void TestXApiErrors::decodesV2ReasonPrefix()
{
    QFETCH(QString, message);
    QFETCH(QString, reason);
    const QByteArray body = R"({"errors":[{"message":")" + message.toUtf8()
        + R"("}],"title":"Invalid Request","detail":"One or more parameters to your request was invalid.","type":"https://api.twitter.com/2/problems/invalid-request"})";
    const XError e = XError::decode(answer(400, body));
    QCOMPARE(e.reason, reason);
    QCOMPARE(e.message, message);
    QCOMPARE(e.title, u"Invalid Request"_s);
    if (!reason.isEmpty())
        QCOMPARE(ErrorExplainer::toError(e, Now).code, reason);
}

void TestXApiErrors::decodesPlainTextAndXml()
{
    const XError text = XError::decode(
        answer(401, "Error processing your OAuth request: Invalid oauth_verifier parameter"));
    QCOMPARE(text.message,
             u"Error processing your OAuth request: Invalid oauth_verifier parameter"_s);
    const XError xml = XError::decode(answer(
        401,
        R"(<?xml version="1.0" encoding="UTF-8"?><errors><error code="32">Could not authenticate you.</error></errors>)"));
    QCOMPARE(xml.code, 32);
    QCOMPARE(xml.message, u"Could not authenticate you."_s);
    QVERIFY(ErrorExplainer::explain(xml, Now).contains(u"clock"_s));

    // What the Sandbox (and X) answer for a stale timestamp and for the wrong kind of token.
    const XError stale = XError::decode(
        answer(401, R"({"errors":[{"code":135,"message":"Timestamp out of bounds."}]})"));
    QVERIFY(ErrorExplainer::explain(stale, Now).contains(u"clock is off"_s));
    const XError context = XError::decode(answer(
        403,
        R"({"errors":[{"code":220,"message":"Your credentials do not allow access to this resource."}]})"));
    QVERIFY(ErrorExplainer::explain(context, Now).contains(u"bearer token"_s));
}

void TestXApiErrors::rateLimitWithAndWithoutReset()
{
    const QByteArray body
        = R"({"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429})";
    const qint64 reset = Now.addSecs(61).toSecsSinceEpoch();
    const XError withReset
        = XError::decode(answer(429, body,
                                {{"x-rate-limit-limit", "450"},
                                 {"x-rate-limit-remaining", "0"},
                                 {"x-rate-limit-reset", QByteArray::number(reset)}}));
    QCOMPARE(withReset.rateLimit.limit, 450);
    QCOMPARE(withReset.rateLimit.remaining, 0);
    QCOMPARE(ErrorExplainer::explain(withReset, Now),
             u"X's rate limit for this endpoint is used up. It resets at 2025-01-15 12:01:01 UTC "
             "(in 2 min); try again after that."_s);

    const XError without = XError::decode(answer(429, body));
    QVERIFY(ErrorExplainer::explain(without, Now).contains(u"did not say when it resets"_s));
    // v1.1's code 88 is the same situation, whatever the status.
    const XError code88 = XError::decode(
        answer(420, R"({"errors":[{"code":88,"message":"Rate limit exceeded"}]})"));
    QVERIFY(ErrorExplainer::explain(code88, Now).contains(u"rate limit"_s));
}

void TestXApiErrors::unknownErrorsStillSaySomething()
{
    const Error e = ErrorExplainer::toError(XError::decode(answer(503, "")), Now);
    QCOMPARE(e.kind, ErrorKind::XApi);
    QCOMPARE(e.httpStatus, 503);
    QVERIFY(e.message.contains(u"Try again later"_s));
    QCOMPARE(e.code, u"http-503"_s);
    const Error unsupported = ErrorExplainer::toError(
        XError::decode(answer(
            403,
            R"({"title":"Unsupported Authentication","type":"https://api.twitter.com/2/problems/unsupported-authentication","status":403})")),
        Now);
    QVERIFY(unsupported.message.contains(u"kind of authentication"_s));
}

void TestXApiErrors::networkFailuresSayWhatToCheck()
{
    const QUrl url(u"https://api.example.invalid/2/webhooks"_s);
    const Error dns
        = NetworkFailure::toError(QNetworkReply::HostNotFoundError,
                                  u"Host api.example.invalid not found"_s, url, false, 30000);
    QCOMPARE(dns.kind, ErrorKind::Network);
    QCOMPARE(dns.code, u"dns"_s);
    QVERIFY(dns.message.contains(u"api.example.invalid could not be resolved"_s));
    QCOMPARE(dns.detail, u"Host api.example.invalid not found"_s);

    const Error tls = NetworkFailure::toError(QNetworkReply::SslHandshakeFailedError,
                                              u"certificate expired"_s, url, false, 30000);
    QCOMPARE(tls.code, u"tls"_s);
    QVERIFY(tls.message.contains(u"certificate expired"_s));

    const Error timeout = NetworkFailure::toError(QNetworkReply::OperationCanceledError,
                                                  u"Operation canceled"_s, url, true, 30000);
    QCOMPARE(timeout.code, u"timeout"_s);
    QVERIFY(timeout.message.contains(u"did not answer within 30 s"_s));

    const Error reset = NetworkFailure::toError(QNetworkReply::RemoteHostClosedError,
                                                u"Connection closed"_s, url, false, 30000);
    QCOMPARE(reset.code, u"network"_s);
    QCOMPARE(reset.kind, ErrorKind::Network);
}

QTEST_APPLESS_MAIN(TestXApiErrors)
#include "tst_xapierrors.moc"
