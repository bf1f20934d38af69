// The responder's HTTP framing: request boundaries, de-chunking and every limit, byte by byte.
#include "receiver/RequestFramer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    QList<RequestFramer::Request> requests;
    std::optional<RequestFramer::Violation> violation;
};

Parsed feed(const QByteArray &bytes, int step = 0, RequestFramer::Limits limits = {})
{
    RequestFramer framer(limits);
    Parsed parsed;
    const auto drain = [&] {
        for (;;) {
            RequestFramer::Request request;
            RequestFramer::Violation violation;
            const auto outcome = framer.next(&request, &violation);
            if (outcome == RequestFramer::Outcome::Request)
                parsed.requests.append(request);
            else if (outcome == RequestFramer::Outcome::Violation)
                parsed.violation = violation;
            if (outcome != RequestFramer::Outcome::Request)
                return;
        }
    };
    if (step <= 0) {
        framer.append(bytes);
        drain();
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += step) {
            framer.append(bytes.mid(i, step));
            drain();
        }
    }
    return parsed;
}

QByteArray headers(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "X-H" + QByteArray::number(i) + ": v\r\n";
    return out;
}

} // namespace

class TestRequestFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleRequests_data();
    void simpleRequests();
    void pipelinedRequestsInOrder();
    void chunkedBodies_data();
    void chunkedBodies();
    void limits_data();
    void limits();
    void oversizedBodyRefusedBeforeItArrives();
    void connectionClose();
    void expectContinueAndRoutingForm();
    void progressStates();
};

void TestRequestFramer::simpleRequests_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("all at once") << 0;
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("7-byte pieces") << 7;
}

void TestRequestFramer::simpleRequests()
{
    QFETCH(int, step);
    const QByteArray get = "GET /webhook?crc_token=abc HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray post = "POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n"
                            "X-Twitter-Webhooks-Signature: sha256=q\r\n\r\nhello world";
    const Parsed p = feed(get + post, step);
    QVERIFY(!p.violation);
    QCOMPARE(p.requests.size(), 2);
    QCOMPARE(p.requests[0].method, QByteArray("GET"));
    QCOMPARE(p.requests[0].target, QByteArray("/webhook?crc_token=abc"));
    QVERIFY(p.requests[0].body.isEmpty());
    QCOMPARE(p.requests[1].body, QByteArray("hello world"));
    QCOMPARE(p.requests[1].headers.size(), 3);
    QCOMPARE(p.requests[1].headers[2].first,
             QByteArray("X-Twitter-Webhooks-Signature")); // spelling kept
    QCOMPARE(p.requests[1].header("x-twitter-webhooks-signature"), QByteArray("sha256=q"));
}

void TestRequestFramer::pipelinedRequestsInOrder()
{
    QByteArray stream;
    for (int i = 0; i < 20; ++i)
        stream
            += "POST /webhook HTTP/1.1\r\nContent-Length: 2\r\n\r\n" + QByteArray::number(10 + i);
    stream += "\r\n\r\nGET /last HTTP/1.1\n\n"; // empty lines between requests and bare LF are fine
    const Parsed p = feed(stream);
    QVERIFY(!p.violation);
    QCOMPARE(p.requests.size(), 21);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(p.requests[i].body, QByteArray::number(10 + i));
    QCOMPARE(p.requests[20].target, QByteArray("/last"));
}

void TestRequestFramer::chunkedBodies_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("all at once") << 0;
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("3-byte pieces") << 3;
}

void TestRequestFramer::chunkedBodies()
{
    QFETCH(int, step);
    const QByteArray request = "POST /webhook HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "5;ext=1\r\nhello\r\n"
                               "6\r\n world\r\n"
                               "0\r\nX-Trailer: t\r\n\r\n"
                               "GET /next HTTP/1.1\r\n\r\n";
    const Parsed p = feed(request, step);
    QVERIFY2(!p.violation, p.violation ? qPrintable(p.violation->reason) : "");
    QCOMPARE(p.requests.size(), 2);
    QCOMPARE(p.requests[0].body, QByteArray("hello world"));
    const QByteArray routed = p.requests[0].forRouting();
    QVERIFY(routed.contains("Content-Length: 11\r\n"));
    QVERIFY(!routed.contains("Transfer-Encoding"));
    QVERIFY(routed.endsWith("\r\n\r\nhello world"));
    QCOMPARE(p.requests[1].target, QByteArray("/next"));
}

void TestRequestFramer::limits_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");

    QTest::newRow("101 headers") << "POST /w HTTP/1.1\r\n" + headers(101) + "\r\n"
                                 << 431 << u"101 header fields, more than the limit of 100"_s;
    QTest::newRow("200 headers still arriving")
        << "POST /w HTTP/1.1\r\n" + headers(200) << 431 << u"more than 100 header fields"_s;
    QTest::newRow("long request line") << "GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\n\r\n"
                                       << 414 << u"request line longer than 8192 bytes"_s;
    QTest::newRow("long header") << "GET / HTTP/1.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n"
                                 << 431 << u"a header field longer than 8192 bytes"_s;
    QTest::newRow("garbage line") << QByteArray("HELLO\r\n\r\n") << 400
                                  << u"malformed request line"_s;
    QTest::newRow("HTTP/2") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 505
                            << u"HTTP version HTTP/2.0 is not supported"_s;
    QTest::newRow("bad content length")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400
        << u"invalid Content-Length"_s;
    QTest::newRow("two content lengths")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400
        << u"invalid Content-Length"_s;
    QTest::newRow("length and chunked")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
        << 400 << u"both Content-Length and Transfer-Encoding"_s;
    QTest::newRow("gzip transfer coding")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
        << u"Transfer-Encoding gzip is not supported"_s;
    QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400
                                   << u"folded header lines are not allowed"_s;
    QTest::newRow("space in header name")
        << QByteArray("GET / HTTP/1.1\r\nA b: c\r\n\r\n") << 400 << u"malformed header name"_s;
    QTest::newRow("bad chunk size")
        << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400
        << u"malformed chunk size"_s;
    QTest::newRow("chunked over the limit")
        << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n400000\r\n"
            + QByteArray(4 << 20, 'x') + "\r\n1\r\n"
        << 413 << u"body larger than 4194304 bytes"_s;
}

void TestRequestFramer::limits()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, reason);
    const Parsed p = feed(request);
    QVERIFY(p.violation);
    QCOMPARE(p.violation->status, status);
    QCOMPARE(p.violation->reason, reason);
    QVERIFY(p.requests.isEmpty());

    // Exactly at the limits is fine.
    const Parsed ok = feed("POST /w HTTP/1.1\r\n" + headers(100) + "Content-Length: 0\r\n\r\n");
    QVERIFY(ok.violation); // 101 fields with Content-Length
    const Parsed exact = feed("POST /w HTTP/1.1\r\n" + headers(99) + "Content-Length: 0\r\n\r\n");
    QVERIFY(!exact.violation);
    QCOMPARE(exact.requests.size(), 1);
}

void TestRequestFramer::oversizedBodyRefusedBeforeItArrives()
{
    RequestFramer framer({});
    framer.append("POST /webhook HTTP/1.1\r\nContent-Length: 4194305\r\n\r\n");
    RequestFramer::Request request;
    RequestFramer::Violation violation;
    QCOMPARE(framer.next(&request, &violation), RequestFramer::Outcome::Violation);
    QCOMPARE(violation.status, 413);
    // A dead stream ignores what follows.
    framer.append(QByteArray(1000, 'x'));
    QCOMPARE(framer.next(&request, &violation), RequestFramer::Outcome::NeedMore);

    const Parsed atLimit
        = feed("POST /w HTTP/1.1\r\nContent-Length: 4194304\r\n\r\n" + QByteArray(4 << 20, 'y'));
    QVERIFY(!atLimit.violation);
    QCOMPARE(atLimit.requests.first().body.size(), 4 << 20);
}

void TestRequestFramer::connectionClose()
{
    const Parsed p = feed("GET / HTTP/1.1\r\nConnection: Keep-Alive, Close\r\n\r\n"
                          "GET / HTTP/1.0\r\n\r\n"
                          "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
                          "GET / HTTP/1.1\r\n\r\n");
    QCOMPARE(p.requests.size(), 4);
    QVERIFY(p.requests[0].wantsClose);
    QVERIFY(p.requests[1].wantsClose);
    QVERIFY(!p.requests[2].wantsClose);
    QVERIFY(!p.requests[3].wantsClose);
}

void TestRequestFramer::expectContinueAndRoutingForm()
{
    RequestFramer framer({});
    framer.append("POST /webhook HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    RequestFramer::Request request;
    QCOMPARE(framer.next(&request, nullptr), RequestFramer::Outcome::NeedMore);
    QVERIFY(framer.wantsContinue());
    framer.append("abc");
    QCOMPARE(framer.next(&request, nullptr), RequestFramer::Outcome::Request);
    QVERIFY(!framer.wantsContinue());
    QCOMPARE(request.forRouting(),
             QByteArray("POST /webhook HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"));
}

void TestRequestFramer::progressStates()
{
    RequestFramer framer({});
    QVERIFY(!framer.midRequest());
    framer.append("\r\n");
    QVERIFY(!framer.midRequest());
    framer.append("POST /w HTTP/1.1\r\nContent-Le");
    RequestFramer::Request request;
    QCOMPARE(framer.next(&request, nullptr), RequestFramer::Outcome::NeedMore);
    QVERIFY(framer.midRequest());
    QVERIFY(!framer.headComplete());
    framer.append("ngth: 2\r\n\r\na");
    QCOMPARE(framer.next(&request, nullptr), RequestFramer::Outcome::NeedMore);
    QVERIFY(framer.headComplete());
    framer.append("b");
    QCOMPARE(framer.next(&request, nullptr), RequestFramer::Outcome::Request);
    QVERIFY(!framer.midRequest());
}

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
