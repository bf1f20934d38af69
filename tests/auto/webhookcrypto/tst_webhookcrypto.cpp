// CRC response tokens and event signatures against X's published vectors (autohook's
// test/signature.js, x-api.md §2) and vectors computed independently with Python's hmac module.
#include "receiver/WebhookCrypto.h"

#include <QMessageAuthenticationCode>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using WebhookCrypto::SignatureVerdict;

class TestWebhookCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crcToken_data();
    void crcToken();
    void signature_data();
    void signature();
    void verify_data();
    void verify();
    void constantTimeEquals();
    void agreesWithQtAcrossKeysAndThreads();
};

void TestWebhookCrypto::crcToken_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("x-api.md computed: secret test, token foo")
        << QByteArray("test") << u"foo"_s
        << QByteArray("sha256=HlU5y5rWhNi1SHftUCyOxuT6JRuDqeVBKWp1yvldR04=");
    QTest::newRow("x-api.md computed: docs sample consumer secret")
        << QByteArray("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw") << u"foo"_s
        << QByteArray("sha256=KGwPHQJPaVoxk5RWMCZXvu7ppQqe20ugPzzV9ed1O3o=");
    QTest::newRow("base64 characters in the token")
        << QByteArray("test") << u"abc+/="_s
        << QByteArray("sha256=rvV4HykAfikquzbc9a+AfgRxnRCLTG4pNEROouI82WA=");
    QTest::newRow("plus, slash and padding")
        << QByteArray("test") << u"a+b/c=d=="_s
        << QByteArray("sha256=+7GS2V36qZTeNvHmGJRfBccPMoLidIQa83bdr+nHcl0=");
    QTest::newRow("unicode token is signed as UTF-8")
        << QByteArray("test") << QStringLiteral("Ünïcødé ☃ token")
        << QByteArray("sha256=+uDXpymINlvDZFuby2CXhY08xGGUvfDkIXIhogYq8JU=");
    QTest::newRow("256 bytes") << QByteArray("test") << QString(256, u'x')
                               << QByteArray("sha256=1pPctq1JhkQMBALL3dYrdZjAE50MVSUFZi9jxUqwWTs=");
}

void TestWebhookCrypto::crcToken()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, token);
    QFETCH(QByteArray, expected);
    QCOMPARE(WebhookCrypto::crcResponseToken(secret, token.toUtf8()), expected);
}

void TestWebhookCrypto::signature_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    // X's own vectors, consumer secret "test" (xdevplatform/autohook test/signature.js).
    QTest::newRow("form body") << QByteArray("test=1&other_test=2")
                               << QByteArray("sha256=25Cu3iwbbiqBTwQRzcKJZwisjf736V2Q8UaTlkfLSoc=");
    QTest::newRow("json body") << QByteArray(R"({"test_number":1,"test_string":"two"})")
                               << QByteArray("sha256=YWHphPn/JFq43jkF0y4/w8R/SelmLjvpunhVFY8JhlI=");
}

void TestWebhookCrypto::signature()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QCOMPARE(WebhookCrypto::signature("test", body), expected);
}

void TestWebhookCrypto::verify_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<SignatureVerdict>("verdict");

    const QByteArray body(R"({"test_number":1,"test_string":"two"})");
    const QByteArray good("sha256=YWHphPn/JFq43jkF0y4/w8R/SelmLjvpunhVFY8JhlI=");
    QTest::newRow("valid") << good << body << SignatureVerdict::Valid;
    QTest::newRow("surrounding whitespace is not part of the value")
        << QByteArray("  ") + good + "\t" << body << SignatureVerdict::Valid;
    QTest::newRow("absent header") << QByteArray() << body << SignatureVerdict::Missing;
    QTest::newRow("empty header") << QByteArray("   ") << body << SignatureVerdict::Missing;
    QTest::newRow("one byte of the body changed")
        << good << QByteArray(R"({"test_number":2,"test_string":"two"})")
        << SignatureVerdict::Invalid;
    QTest::newRow("re-serialised JSON is not the raw body")
        << good << QByteArray(R"({"test_number": 1, "test_string": "two"})")
        << SignatureVerdict::Invalid;
    QTest::newRow("missing prefix") << good.mid(7) << body << SignatureVerdict::Invalid;
    QTest::newRow("sha1 prefix") << QByteArray("sha1=") + good.mid(7) << body
                                 << SignatureVerdict::Invalid;
    QTest::newRow("truncated") << good.chopped(1) << body << SignatureVerdict::Invalid;
    QTest::newRow("signed with another secret")
        << WebhookCrypto::signature("other", body) << body << SignatureVerdict::Invalid;
}

void TestWebhookCrypto::verify()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(SignatureVerdict, verdict);
    QCOMPARE(WebhookCrypto::verify("test", header, body), verdict);
}

void TestWebhookCrypto::constantTimeEquals()
{
    QVERIFY(WebhookCrypto::constantTimeEquals("abc", "abc"));
    QVERIFY(WebhookCrypto::constantTimeEquals("", ""));
    QVERIFY(!WebhookCrypto::constantTimeEquals("abc", "abd"));
    QVERIFY(!WebhookCrypto::constantTimeEquals("abc", "abcd"));
    QVERIFY(!WebhookCrypto::constantTimeEquals("xbc", "abc"));
    QCOMPARE(WebhookCrypto::verdictName(SignatureVerdict::Valid), u"valid"_s);
    QCOMPARE(WebhookCrypto::verdictName(SignatureVerdict::Invalid), u"invalid"_s);
    QCOMPARE(WebhookCrypto::verdictName(SignatureVerdict::Missing), u"missing"_s);
}

void TestWebhookCrypto::agreesWithQtAcrossKeysAndThreads()
{
    // The libcrypto context is kept per thread and re-keyed only when the secret changes: every
    // sequence of secrets and messages must still give Qt's HMAC.
    const auto qt = [](const QByteArray &secret, const QByteArray &message) {
        QByteArray expected("sha256=");
        expected += QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256)
                        .toBase64();
        return expected;
    };
    const QList<QByteArray> secrets = {"a", "a", "b", QByteArray(200, 'k'), "", "a"};
    const auto check = [&] {
        for (int round = 0; round < 2; ++round) {
            for (const QByteArray &secret : secrets) {
                for (const QByteArray &message :
                     {QByteArray(), QByteArray("{}"), QByteArray(5000, 'm')}) {
                    if (WebhookCrypto::signature(secret, message) != qt(secret, message))
                        return false;
                }
            }
        }
        return true;
    };
    QVERIFY(check());
    bool otherThread = false;
    std::unique_ptr<QThread> thread(QThread::create([&] { otherThread = check(); }));
    thread->start();
    thread->wait();
    QVERIFY(otherThread);
}

QTEST_APPLESS_MAIN(TestWebhookCrypto)
#include "tst_webhookcrypto.moc"
