#include "RawHttpClient.h"
#include "receiver/Responder.h"
#include "receiver/WebhookCrypto.h"
#include "store/CaptureReader.h"
#include "store/CaptureWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Secret = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";

QByteArray fixture(const QString &name)
{
    QFile file(QString::fromUtf8(AAC_SOURCE_DIR) + u"/resources/fixtures/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray signedPost(const QByteArray &body, const QList<QByteArray> &extra = {})
{
    return RawHttpClient::post("/webhook", body,
                               QList<QByteArray> {"X-Twitter-Webhooks-Signature: "
                                                  + WebhookCrypto::signature(Secret, body)}
                                   + extra);
}

QJsonObject json(const RawHttpClient::Response &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

} // namespace

class TestResponder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void crcAnswer();
    void crcRefusesNonXTokens_data();
    void crcRefusesNonXTokens();
    void defaultLimitsAreTheDocumentedOnes();
    void crcNonceSignatureRecorded();
    void validPostCommittedBeforeAnswer();
    void badSignaturesStoredFlaggedAnd401();
    void unsignedAllowedByProfile();
    void storeFailureAnswers503_data();
    void storeFailureAnswers503();
    void otherPathsAndMethods();
    void postsTakenDirectlyAnsweredAsByQHttpServer();
    void oversizedBodyIs413AndServerUnharmed();
    void tooManyHeadersIs431NotDroppedHeaders();
    void headerTimeoutClosesConnection();
    void idleKeepAliveClosed();
    void connectionCloseHonoured();
    void pipelinedRequestsAnsweredInOrder();
    void clientGoneBeforeAnswer();
    void connectionLimit();
    void chunkedBodyAndExpectContinue();
    void busyOwnerThreadDoesNotDelayAnswers();

private:
    Result<QUrl> start(ReceiverConfig config = {}, CaptureWriter::Options options = {});
    quint16 port() const { return quint16(m_responder->url().port()); }
    QString dbPath() const { return m_dir->filePath(u"capture.db"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaptureWriter> m_writer;
    std::unique_ptr<Responder> m_responder;
};

void TestResponder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestResponder::cleanup()
{
    m_responder.reset();
    m_writer.reset();
}

Result<QUrl> TestResponder::start(ReceiverConfig config, CaptureWriter::Options options)
{
    if (options.path.isEmpty())
        options.path = dbPath();
    m_writer = std::make_unique<CaptureWriter>();
    if (auto opened = m_writer->start(options); !opened.ok())
        return opened.error();
    config.port = 0;
    config.consumerSecret = Secret;
    m_responder = std::make_unique<Responder>();
    return m_responder->start(config, m_writer.get());
}

void TestResponder::crcAnswer()
{
    QVERIFY(start().ok());
    QVERIFY(m_responder->url().toString().startsWith(u"http://127.0.0.1:"_s));
    QSignalSpy crcSpy(m_responder.get(), &Responder::crcAnswered);
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send(RawHttpClient::get("/webhook?crc_token=foo"));
    const auto response = client.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(
        response.body,
        QByteArray(R"({"response_token":"sha256=KGwPHQJPaVoxk5RWMCZXvu7ppQqe20ugPzzV9ed1O3o="})"));

    // A percent-encoded token is decoded before signing; '+' stays '+'.
    client.send(RawHttpClient::get("/webhook?crc_token=a%2Bb/c%3Dd=="));
    QCOMPARE(json(client.readResponse()).value(u"response_token"_s).toString().toLatin1(),
             WebhookCrypto::crcResponseToken(Secret, "a+b/c=d=="));

    QTRY_COMPARE(crcSpy.count(), 2);
    const CrcCheck check = crcSpy.first().first().value<CrcCheck>();
    QVERIFY(check.answered);
    QCOMPARE(check.tokenLength, 3);
    QVERIFY(check.latencyUs > 0 && check.latencyUs < 10'000);
    m_writer->flush();
    auto reader = CaptureReader::open(dbPath()).takeValue();
    QCOMPARE(reader->recentCrcChecks(10).value().size(), 2);
}

void TestResponder::crcRefusesNonXTokens_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no token") << QByteArray("") << u"missing crc_token"_s;
    QTest::newRow("empty token") << QByteArray("?crc_token=") << u"missing crc_token"_s;
    QTest::newRow("markup") << QByteArray("?crc_token=%3Cscript%3E") << u"not shaped like X's"_s;
    QTest::newRow("a JSON body to be signed")
        << QByteArray("?crc_token=%7B%22a%22%3A1%7D") << u"not shaped like X's"_s;
    QTest::newRow("257 characters")
        << "?crc_token=" + QByteArray(257, 'a') << u"not shaped like X's"_s;
    QTest::newRow("space") << QByteArray("?crc_token=a%20b") << u"not shaped like X's"_s;
}

void TestResponder::crcRefusesNonXTokens()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, reason);
    QVERIFY(start().ok());
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send(RawHttpClient::get("/webhook" + query));
    const auto response = client.readResponse();
    QCOMPARE(response.status, 400);
    QVERIFY2(json(response).value(u"error"_s).toString().contains(reason),
             response.body.constData());
    QVERIFY(!response.body.contains("sha256="));
    // 256 characters is still X-shaped.
    client.send(RawHttpClient::get("/webhook?crc_token=" + QByteArray(256, 'a')));
    QCOMPARE(client.readResponse().status, 200);

    // The refusal is on record too, with its reason: a developer asking "did X call?" finds it.
    m_writer->flush();
    auto reader = CaptureReader::open(dbPath()).takeValue();
    QTRY_COMPARE(reader->recentCrcChecks(10).value().size(), 2);
    QList<CrcCheck> checks = reader->recentCrcChecks(10).value();
    const auto refused = std::find_if(checks.cbegin(), checks.cend(),
                                      [](const CrcCheck &c) { return !c.answered; });
    QVERIFY(refused != checks.cend());
    QCOMPARE(refused->status, 400);
    QVERIFY2(refused->reason.contains(reason), qPrintable(refused->reason));
}

void TestResponder::defaultLimitsAreTheDocumentedOnes()
{
    // README and issue: 4 MiB bodies, 100 header fields, the head within 10 s, keep-alive 60 s,
    // 256 connections, /webhook on 127.0.0.1:8321.
    const ReceiverConfig config;
    QCOMPARE(config.limits.framing.maxBodyBytes, qint64(4) * 1024 * 1024);
    QCOMPARE(config.limits.framing.maxHeaders, 100);
    QCOMPARE(config.limits.headerTimeoutMs, 10'000);
    QCOMPARE(config.limits.idleTimeoutMs, 60'000);
    QCOMPARE(config.limits.maxConnections, 256);
    QCOMPARE(config.path, u"/webhook"_s);
    QCOMPARE(config.port, quint16(8321));
    QVERIFY(config.bindAddress.isLoopback());
}

void TestResponder::crcNonceSignatureRecorded()
{
    QVERIFY(start().ok());
    QSignalSpy crcSpy(m_responder.get(), &Responder::crcAnswered);
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    const QByteArray query = "crc_token=Zm9vYmFy&nonce=MTIzNDU2";
    client.send(RawHttpClient::get(
        "/webhook?" + query,
        {"x-twitter-webhooks-signature: " + WebhookCrypto::signature(Secret, query)}));
    QCOMPARE(client.readResponse().status, 200);
    client.send(
        RawHttpClient::get("/webhook?" + query, {"x-twitter-webhooks-signature: sha256=bad"}));
    QCOMPARE(client.readResponse().status, 200); // recorded, not refused
    QTRY_COMPARE(crcSpy.count(), 2);
    QCOMPARE(crcSpy.at(0).first().value<CrcCheck>().signature, u"valid"_s);
    QCOMPARE(crcSpy.at(1).first().value<CrcCheck>().signature, u"invalid"_s);
}

void TestResponder::validPostCommittedBeforeAnswer()
{
    QVERIFY(start().ok());
    const QByteArray body = fixture(u"aaa/favorite_events.json"_s);
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send(signedPost(body, {"X-Custom-Header: Mixed Case"}));
    const auto response = client.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response).value(u"signature"_s).toString(), u"valid"_s);
    const qint64 deliveryId = json(response).value(u"delivery_id"_s).toInteger();

    // The moment the 200 arrives, another connection to the store sees the delivery.
    auto reader = CaptureReader::open(dbPath()).takeValue();
    const auto delivery = reader->delivery(deliveryId).value();
    QVERIFY(delivery);
    QCOMPARE(delivery->body, body);
    QCOMPARE(delivery->verdict, WebhookCrypto::SignatureVerdict::Valid);
    QVERIFY(delivery->headers.contains(
        qMakePair(QByteArray("X-Custom-Header"), QByteArray("Mixed Case"))));
    QCOMPARE(delivery->remoteAddress, u"127.0.0.1"_s);
    const auto records = reader->events(0, 10).value();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().action, u"favorite"_s);
}

void TestResponder::badSignaturesStoredFlaggedAnd401()
{
    QVERIFY(start().ok());
    const QByteArray body = fixture(u"aaa/follow.json"_s);
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send(
        RawHttpClient::post("/webhook", body, {"X-Twitter-Webhooks-Signature: sha256=AAAA"}));
    auto invalid = client.readResponse();
    QCOMPARE(invalid.status, 401);
    QCOMPARE(json(invalid).value(u"signature"_s).toString(), u"invalid"_s);
    client.send(RawHttpClient::post("/webhook", body));
    auto missing = client.readResponse();
    QCOMPARE(missing.status, 401);
    QCOMPARE(json(missing).value(u"signature"_s).toString(), u"missing"_s);
    // Signed over other bytes (a re-serialised body) is invalid too.
    client.send(RawHttpClient::post(
        "/webhook", body + ' ',
        {"X-Twitter-Webhooks-Signature: " + WebhookCrypto::signature(Secret, body)}));
    QCOMPARE(client.readResponse().status, 401);

    auto reader = CaptureReader::open(dbPath()).takeValue();
    const auto records = reader->events(0, 10).value();
    QCOMPARE(records.size(), 3); // stored either way
    QCOMPARE(records.at(0).signature, WebhookCrypto::SignatureVerdict::Invalid);
    QCOMPARE(records.at(1).signature, WebhookCrypto::SignatureVerdict::Missing);
}

void TestResponder::unsignedAllowedByProfile()
{
    ReceiverConfig config;
    config.allowUnsigned = true;
    QVERIFY(start(config).ok());
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send(RawHttpClient::post("/webhook", fixture(u"aaa/follow.json"_s)));
    const auto response = client.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response).value(u"signature"_s).toString(), u"missing"_s); // still flagged
}

void TestResponder::storeFailureAnswers503_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("answered from the framer") << u"/webhook"_s << QByteArray("/webhook");
    // A path that needs percent-encoding is matched decoded, by QHttpServer's route.
    QTest::newRow("answered through QHttpServer") << u"/web hook"_s << QByteArray("/web%20hook");
}

void TestResponder::storeFailureAnswers503()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, target);
    CaptureWriter::Options options;
    options.path = dbPath();
    options.maxPageCount = 40; // SQLite reports "database or disk is full" past ~160 KiB
    ReceiverConfig config;
    config.path = path;
    QVERIFY(start(config, options).ok());
    QSignalSpy failures(m_responder.get(), &Responder::storeFailed);
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    const QByteArray big
        = "{\"for_user_id\":\"1\",\"x_events\":[\"" + QByteArray(60000, 'a') + "\"]}";
    int acknowledged = 0;
    RawHttpClient::Response response;
    for (int i = 0; i < 10; ++i) {
        client.send(RawHttpClient::post(
            target, big,
            {"X-Twitter-Webhooks-Signature: " + WebhookCrypto::signature(Secret, big)}));
        response = client.readResponse();
        if (response.status != 200)
            break;
        ++acknowledged;
    }
    QCOMPARE(response.status, 503);
    QCOMPARE(response.header("Retry-After"), QByteArray("5"));
    QVERIFY(json(response).value(u"error"_s).toString().contains(u"full"_s));
    QTRY_VERIFY(failures.count() >= 1);
    // Exactly what was acknowledged is in the store; nothing else.
    auto reader = CaptureReader::open(dbPath()).takeValue();
    QCOMPARE(reader->eventCount().value(), acknowledged);
}

void TestResponder::otherPathsAndMethods()
{
    QVERIFY(start().ok());
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send(RawHttpClient::get("/webhooks?crc_token=foo"));
    QCOMPARE(client.readResponse().status, 404);
    client.send(RawHttpClient::get("/webhookX?crc_token=foo")); // the path is not a pattern
    QCOMPARE(client.readResponse().status, 404);
    client.send("PUT /webhook HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    auto put = client.readResponse();
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("Allow"), QByteArray("GET, POST"));
    client.send("TRACE /webhook HTTP/1.1\r\n\r\n");
    QCOMPARE(client.readResponse().status, 405);
    client.send(RawHttpClient::get("/webhook?crc_token=foo")); // the connection is still usable
    QCOMPARE(client.readResponse().status, 200);
}

void TestResponder::postsTakenDirectlyAnsweredAsByQHttpServer()
{
    // POST /webhook skips QHttpServer (its framing was already done); a target that needs
    // decoding still goes through it. Both must answer the same way.
    QVERIFY(start().ok());
    const QByteArray body = fixture(u"aaa/favorite_events.json"_s);
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    QList<RawHttpClient::Response> answers;
    for (const char *target : {"/webhook", "/webhook?from=tunnel", "/web%68ook"}) {
        client.send(RawHttpClient::post(
            target, body,
            {"X-Twitter-Webhooks-Signature: " + WebhookCrypto::signature(Secret, body)}));
        answers << client.readResponse();
        QCOMPARE(answers.last().status, 200);
    }
    client.send(RawHttpClient::post("/webhooks", body));
    QCOMPARE(client.readResponse().status, 404);
    client.send(RawHttpClient::post("/webhook", body)); // unsigned
    const auto unsignedDirect = client.readResponse();
    QCOMPARE(unsignedDirect.status, 401);
    QCOMPARE(json(unsignedDirect).value(u"error"_s).toString(), u"signature missing"_s);

    const auto names = [](const RawHttpClient::Response &response) {
        QList<QByteArray> list;
        for (const auto &header : response.headers)
            list << header.first;
        return list;
    };
    QCOMPARE(names(answers[0]), names(answers[2]));
    QCOMPARE(names(answers[1]), names(answers[2]));
    for (const auto &answer : std::as_const(answers)) {
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(answer.header("Content-Length").toInt(), answer.body.size());
        QCOMPARE(json(answer).value(u"signature"_s).toString(), u"valid"_s);
    }
    m_writer->flush();
    auto reader = CaptureReader::open(dbPath()).takeValue();
    const auto stored = reader->delivery(json(answers[1]).value(u"delivery_id"_s).toInteger());
    QCOMPARE(stored.value()->target, QByteArray("/webhook?from=tunnel"));
}

void TestResponder::oversizedBodyIs413AndServerUnharmed()
{
    QVERIFY(start().ok());
    QSignalSpy rejected(m_responder.get(), &Responder::rejected);
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send("POST /webhook HTTP/1.1\r\nContent-Length: 4194305\r\n\r\n"
                + QByteArray(64 * 1024, 'x'));
    const auto response = client.readResponse();
    QCOMPARE(response.status, 413);
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
    QTRY_VERIFY(rejected.count() >= 1);

    // Chunked bodies are counted too.
    RawHttpClient chunked;
    QVERIFY(chunked.connectTo(port()));
    chunked.send("POST /webhook HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < 5; ++i)
        chunked.send("100000\r\n" + QByteArray(0x100000, 'y') + "\r\n");
    QCOMPARE(chunked.readResponse(10000).status, 413);
    QVERIFY(chunked.waitForClose());

    RawHttpClient next;
    QVERIFY(next.connectTo(port()));
    next.send(signedPost(fixture(u"aaa/follow.json"_s)));
    QCOMPARE(next.readResponse().status, 200);
    // Exactly 4 MiB is accepted.
    next.send(
        signedPost("{\"for_user_id\":\"1\",\"x\":\"" + QByteArray((4 << 20) - 28, 'z') + "\"}"));
    QCOMPARE(next.readResponse(20000).status, 200);
}

void TestResponder::tooManyHeadersIs431NotDroppedHeaders()
{
    QVERIFY(start().ok());
    QList<QByteArray> headers;
    for (int i = 0; i < 101; ++i)
        headers << "X-Filler-" + QByteArray::number(i) + ": " + QByteArray::number(i);
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send(signedPost(fixture(u"aaa/follow.json"_s), headers));
    const auto response = client.readResponse();
    QCOMPARE(response.status, 431);
    QVERIFY(json(response).value(u"error"_s).toString().contains(u"header fields"_s));
    QVERIFY(client.waitForClose());
    auto reader = CaptureReader::open(dbPath()).takeValue();
    QCOMPARE(reader->eventCount().value(), 0);

    // 95 extra headers plus the usual ones stay under 100 and keep their signature header.
    RawHttpClient ok;
    QVERIFY(ok.connectTo(port()));
    ok.send(signedPost(fixture(u"aaa/follow.json"_s), headers.mid(0, 95)));
    const auto accepted = ok.readResponse();
    QCOMPARE(accepted.status, 200);
    QCOMPARE(json(accepted).value(u"signature"_s).toString(), u"valid"_s);
}

void TestResponder::headerTimeoutClosesConnection()
{
    ReceiverConfig config;
    config.limits.headerTimeoutMs = 400;
    QVERIFY(start(config).ok());
    RawHttpClient slow;
    QVERIFY(slow.connectTo(port()));
    QElapsedTimer timer;
    timer.start();
    slow.send("POST /webhook HTTP/1.1\r\nHost: x\r\n"); // and then nothing more
    const auto response = slow.readResponse(3000);
    QCOMPARE(response.status, 408);
    QVERIFY(slow.waitForClose(3000));
    QVERIFY(timer.elapsed() >= 350);

    // Trickling bytes does not extend the deadline (slowloris).
    RawHttpClient trickle;
    QVERIFY(trickle.connectTo(port()));
    timer.restart();
    for (int i = 0; i < 10 && trickle.isConnected(); ++i) {
        trickle.send("X: y\r\n");
        QThread::msleep(100);
    }
    QVERIFY(trickle.waitForClose(3000));
    QVERIFY(timer.elapsed() < 2000);
}

void TestResponder::idleKeepAliveClosed()
{
    ReceiverConfig config;
    config.limits.idleTimeoutMs = 500;
    QVERIFY(start(config).ok());
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send(RawHttpClient::get("/webhook?crc_token=foo"));
    QCOMPARE(client.readResponse().status, 200);
    QVERIFY(client.isConnected()); // kept alive after an answer
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.waitForClose(3000));
    QVERIFY(timer.elapsed() >= 400);
}

void TestResponder::connectionCloseHonoured()
{
    QVERIFY(start().ok());
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    client.send(RawHttpClient::get("/webhook?crc_token=foo", {"Connection: close"}));
    const auto response = client.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(response.header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose(2000));

    RawHttpClient old;
    QVERIFY(old.connectTo(port()));
    old.send("GET /webhook?crc_token=foo HTTP/1.0\r\n\r\n");
    QCOMPARE(old.readResponse().status, 200);
    QVERIFY(old.waitForClose(2000));

    // Requests pipelined after Connection: close are not answered.
    RawHttpClient pipelined;
    QVERIFY(pipelined.connectTo(port()));
    pipelined.send(RawHttpClient::get("/webhook?crc_token=a", {"Connection: close"})
                   + RawHttpClient::get("/webhook?crc_token=b"));
    QCOMPARE(pipelined.readResponse().status, 200);
    QVERIFY(!pipelined.readResponse(500).complete);
}

void TestResponder::pipelinedRequestsAnsweredInOrder()
{
    QVERIFY(start().ok());
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    // An asynchronous answer (a POST waits for its commit) before synchronous ones (CRC): in 6.4
    // QHttpServer would send the later answers first.
    QByteArray burst;
    for (int i = 0; i < 5; ++i) {
        burst += signedPost(fixture(u"aaa/follow.json"_s));
        burst += RawHttpClient::get("/webhook?crc_token=t" + QByteArray::number(i));
    }
    client.send(burst);
    qint64 lastDelivery = 0;
    for (int i = 0; i < 5; ++i) {
        const auto post = client.readResponse();
        QCOMPARE(post.status, 200);
        const qint64 id = json(post).value(u"delivery_id"_s).toInteger();
        QVERIFY(id > lastDelivery);
        lastDelivery = id;
        const auto crc = client.readResponse();
        QCOMPARE(crc.status, 200);
        QCOMPARE(json(crc).value(u"response_token"_s).toString().toLatin1(),
                 WebhookCrypto::crcResponseToken(Secret, "t" + QByteArray::number(i)));
    }
}

void TestResponder::clientGoneBeforeAnswer()
{
    QVERIFY(start().ok());
    const QByteArray body = fixture(u"aaa/favorite_events.json"_s);
    for (int i = 0; i < 50; ++i) {
        RawHttpClient client;
        QVERIFY(client.connectTo(port()));
        client.send(signedPost(body) + signedPost(body));
        client.abort(); // before the commit, before the answer
    }
    // Half-sent requests from vanished clients as well.
    for (int i = 0; i < 20; ++i) {
        RawHttpClient client;
        QVERIFY(client.connectTo(port()));
        client.send(signedPost(body).left(100 + i * 7));
        client.abort();
    }
    RawHttpClient survivor;
    QVERIFY(survivor.connectTo(port()));
    survivor.send(RawHttpClient::get("/webhook?crc_token=alive"));
    QCOMPARE(survivor.readResponse().status, 200);
    m_writer->flush();
    // Complete deliveries are kept even though nobody was there to be told.
    auto reader = CaptureReader::open(dbPath()).takeValue();
    QVERIFY(reader->eventCount().value() >= 1);
    QTRY_COMPARE(m_responder->activeConnections(), 1);
}

void TestResponder::connectionLimit()
{
    QVERIFY(start().ok());
    std::vector<std::unique_ptr<RawHttpClient>> clients;
    for (int i = 0; i < 256; ++i) {
        clients.push_back(std::make_unique<RawHttpClient>());
        QVERIFY(clients.back()->connectTo(port()));
    }
    QTRY_COMPARE(m_responder->activeConnections(), 256);
    RawHttpClient extra;
    QVERIFY(extra.connectTo(port()));
    const auto refused = extra.readResponse();
    QCOMPARE(refused.status, 503);
    QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
    QVERIFY(extra.waitForClose());

    // Every admitted connection is served, and a freed slot is available again.
    clients.front()->send(RawHttpClient::get("/webhook?crc_token=x"));
    QCOMPARE(clients.front()->readResponse().status, 200);
    clients.back()->abort();
    QTRY_COMPARE(m_responder->activeConnections(), 255);
    RawHttpClient again;
    QVERIFY(again.connectTo(port()));
    again.send(RawHttpClient::get("/webhook?crc_token=y"));
    QCOMPARE(again.readResponse().status, 200);
}

void TestResponder::chunkedBodyAndExpectContinue()
{
    QVERIFY(start().ok());
    const QByteArray body = fixture(u"aaa/follow.json"_s);
    RawHttpClient client;
    QVERIFY(client.connectTo(port()));
    QByteArray request
        = "POST /webhook HTTP/1.1\r\nTransfer-Encoding: chunked\r\nX-Twitter-Webhooks-Signature: "
        + WebhookCrypto::signature(Secret, body) + "\r\n\r\n";
    request += QByteArray::number(40, 16) + "\r\n" + body.left(40) + "\r\n";
    request += QByteArray::number(body.size() - 40, 16) + "\r\n" + body.mid(40) + "\r\n0\r\n\r\n";
    client.send(request);
    const auto response = client.readResponse();
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response).value(u"signature"_s).toString(),
             u"valid"_s); // over the de-chunked body

    client.send("POST /webhook HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nX-Twitter-Webhooks-Signature: "
                + WebhookCrypto::signature(Secret, body) + "\r\n\r\n");
    const auto interim = client.readResponse(2000);
    QCOMPARE(interim.status, 100);
    client.send(body);
    QCOMPARE(client.readResponse().status, 200);
}

void TestResponder::busyOwnerThreadDoesNotDelayAnswers()
{
    QVERIFY(start().ok());
    QElapsedTimer answeredAfter;
    std::atomic<qint64> latencyMs {-1};
    std::unique_ptr<QThread> clientThread(QThread::create([this, &latencyMs] {
        RawHttpClient client;
        if (!client.connectTo(port()))
            return;
        QElapsedTimer timer;
        timer.start();
        client.send(RawHttpClient::get("/webhook?crc_token=busy"));
        if (client.readResponse(5000).status == 200)
            latencyMs = timer.elapsed();
    }));
    clientThread->start();
    QThread::msleep(800); // this thread (the GUI's, in the app) is busy and runs no event loop
    clientThread->wait();
    QVERIFY(latencyMs >= 0);
    QVERIFY2(latencyMs < 200, qPrintable(QString::number(latencyMs)));
}

QTEST_GUILESS_MAIN(TestResponder)
#include "tst_responder.moc"
