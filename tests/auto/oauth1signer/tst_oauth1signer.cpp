// OAuth 1.0a signing: X's published worked example byte for byte, RFC 3986 percent-encoding, and
// signatures over awkward parameters checked by the independent RFC 5849 verifier of the tests.
#include "auth/OAuth1Signer.h"
#include "auth/OAuth1Verifier.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// x-api.md §5.1 (docs.x.com "Creating a signature"), verbatim values.
const OAuth1Credentials XExample {u"xvz1evFS4wEEPTGEFPHBog"_s,
                                  u"kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"_s,
                                  u"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"_s,
                                  u"LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"_s};
const QByteArray XExampleBody
    = "status=Hello%20Ladies%20%2b%20Gentlemen%2c%20a%20signed%20OAuth%20request%21";

OAuth1Signer fixedSigner()
{
    OAuth1Signer signer;
    signer.setNonceSource([] { return u"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"_s; });
    signer.setClock([] { return qint64(1318622958); });
    return signer;
}

} // namespace

class TestOAuth1Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void xWorkedExample();
    void xWorkedExampleTwitterHost();
    void percentEncoding_data();
    void percentEncoding();
    void verifiedByIndependentCode_data();
    void verifiedByIndependentCode();
    void jsonBodyIsNotSigned();
    void formBodyIsSigned();
    void requestTokenHasNoToken();
    void defaultPortIsLeftOut();
    void nonceIsFreshAndWordOnly();
};

void TestOAuth1Signer::initTestCase()
{
    // QOAuth1Signature warns about repeated keys, which these tests use on purpose.
    QLoggingCategory::setFilterRules(u"qt.networkauth.oauth1.signature.warning=false"_s);
}

void TestOAuth1Signer::xWorkedExample()
{
    const QUrl url(u"https://api.x.com/1.1/statuses/update.json?include_entities=true"_s);
    const QueryPairs form = OAuth1Signer::decodeForm(XExampleBody);
    const auto s = fixedSigner().sign("POST", url, form, XExample);

    QCOMPARE(s.signature, u"Ls93hJiZbQ3akF3HF3x1Bz8/zU4="_s);
    QCOMPARE(OAuth1Signer::baseString("POST", url, form, s.oauthParameters),
             QByteArray("POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&include_"
                        "entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_"
                        "nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_"
                        "method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%"
                        "3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1."
                        "0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%"
                        "2520signed%2520OAuth%2520request%2521"));
    QCOMPARE(s.authorization,
             QByteArray("OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", "
                        "oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", "
                        "oauth_signature=\"Ls93hJiZbQ3akF3HF3x1Bz8%2FzU4%3D\", "
                        "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", "
                        "oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", "
                        "oauth_version=\"1.0\""));
}

void TestOAuth1Signer::xWorkedExampleTwitterHost()
{
    // The pre-2024 page's variant: only the host differs, and so does the signature.
    const QUrl url(u"https://api.twitter.com/1.1/statuses/update.json?include_entities=true"_s);
    const auto s
        = fixedSigner().sign("POST", url, OAuth1Signer::decodeForm(XExampleBody), XExample);
    QCOMPARE(s.signature, u"hCtSmYh+iHYCEqBWrE7C7hYmtUk="_s);
}

void TestOAuth1Signer::percentEncoding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    // X's "Percent encoding parameters" vectors, then the edges RFC 3986 defines.
    QTest::newRow("plus and spaces")
        << u"Ladies + Gentlemen"_s << QByteArray("Ladies%20%2B%20Gentlemen");
    QTest::newRow("exclamation") << u"An encoded string!"_s
                                 << QByteArray("An%20encoded%20string%21");
    QTest::newRow("comma ampersand")
        << u"Dogs, Cats & Mice"_s << QByteArray("Dogs%2C%20Cats%20%26%20Mice");
    QTest::newRow("snowman UTF-8") << u"☃"_s << QByteArray("%E2%98%83");
    QTest::newRow("unreserved kept") << u"AZaz09-._~"_s << QByteArray("AZaz09-._~");
    QTest::newRow("sub-delims encoded")
        << u"*'()=/:?#[]@$"_s << QByteArray("%2A%27%28%29%3D%2F%3A%3F%23%5B%5D%40%24");
    QTest::newRow("percent itself") << u"100%"_s << QByteArray("100%25");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestOAuth1Signer::percentEncoding()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(OAuth1Signer::percentEncode(value), encoded);
    QCOMPARE(OAuth1Verifier::encode(value.toUtf8()), encoded); // the verifier agrees
}

void TestOAuth1Signer::verifiedByIndependentCode_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("query"); //!< as sent on the wire
    QTest::addColumn<QByteArray>("form"); //!< form-encoded body, empty for none

    QTest::newRow("plain GET") << QByteArray("GET") << u"/2/webhooks"_s << QByteArray()
                               << QByteArray();
    QTest::newRow("reserved characters in query")
        << QByteArray("POST") << u"/1.1/account_activity/webhooks.json"_s
        << QByteArray("url=https%3A%2F%2Fexample.com%2Fhook%3Fa%3D1%26b%3D2") << QByteArray();
    QTest::newRow("encoded plus is a plus")
        << QByteArray("GET") << u"/x"_s << QByteArray("q=a%2Bb") << QByteArray();
    QTest::newRow("literal plus is a space")
        << QByteArray("GET") << u"/x"_s << QByteArray("q=a+b") << QByteArray();
    QTest::newRow("tilde and unreserved")
        << QByteArray("GET") << u"/x"_s << QByteArray("t=~-._") << QByteArray();
    QTest::newRow("spaces") << QByteArray("PUT") << u"/x"_s << QByteArray("s=a%20b%20c")
                            << QByteArray();
    QTest::newRow("UTF-8") << QByteArray("GET") << u"/x"_s
                           << QByteArray("name=%C3%9Cn%C3%AFc%C3%B8d%C3%A9%20%E2%98%83")
                           << QByteArray();
    QTest::newRow("repeated keys sorted by value")
        << QByteArray("GET") << u"/x"_s << QByteArray("a=3&a=1&a=2&b=z&a=10") << QByteArray();
    QTest::newRow("empty values") << QByteArray("DELETE") << u"/x"_s << QByteArray("e=&f=&g=1")
                                  << QByteArray();
    QTest::newRow("form body") << QByteArray("POST") << u"/x"_s << QByteArray("q=1")
                               << QByteArray("status=Hello+world%21&empty=&dup=b&dup=a");
    QTest::newRow("form body with UTF-8 and plus")
        << QByteArray("POST") << u"/x"_s << QByteArray()
        << QByteArray("text=caf%C3%A9+%2B+%E2%98%83&tilde=~");
}

void TestOAuth1Signer::verifiedByIndependentCode()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, form);

    QUrl url(u"http://127.0.0.1:8080"_s + path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    QCOMPARE(url.query(QUrl::FullyEncoded).toLatin1(), query); // sent exactly as written

    const auto s = OAuth1Signer().sign(method, url, OAuth1Signer::decodeForm(form), XExample);

    OAuth1Verifier::Request request;
    request.method = method;
    request.host = "127.0.0.1:8080";
    request.path = path.toLatin1();
    request.rawQuery = query;
    request.contentType = form.isEmpty() ? QByteArray() : "application/x-www-form-urlencoded";
    request.body = form;
    request.authorization = s.authorization;
    const auto verdict = OAuth1Verifier::verify(
        request, XExample.consumerKey.toUtf8(), XExample.consumerSecret.toUtf8(),
        [](const QByteArray &token) -> std::optional<QByteArray> {
            if (token == XExample.token.toUtf8())
                return XExample.tokenSecret.toUtf8();
            return std::nullopt;
        });
    QVERIFY2(
        verdict.valid,
        qPrintable(verdict.failure + u"; base string "_s + QString::fromUtf8(verdict.baseString)));
    // The diagnostic base string is the verifier's, byte for byte.
    QCOMPARE(
        OAuth1Signer::baseString(method, url, OAuth1Signer::decodeForm(form), s.oauthParameters),
        verdict.baseString);
}

void TestOAuth1Signer::jsonBodyIsNotSigned()
{
    const QUrl url(u"https://api.x.com/2/account_activity/webhooks/1/subscriptions/all"_s);
    // A JSON body contributes no parameters (RFC 5849 §3.4.1.3.1): signed without it, the
    // request verifies with any JSON body, even one that looks like form parameters.
    const auto empty = fixedSigner().sign("POST", url, {}, XExample);
    OAuth1Verifier::Request request;
    request.method = "POST";
    request.scheme = "https";
    request.host = "api.x.com";
    request.path = url.path().toLatin1();
    request.contentType = "application/json";
    request.body = R"({"url":"https://example.com/a=b&c=d"})";
    request.authorization = empty.authorization;
    const auto verdict = OAuth1Verifier::verify(
        request, XExample.consumerKey.toUtf8(), XExample.consumerSecret.toUtf8(),
        [](const QByteArray &) {
            return std::optional<QByteArray>(XExample.tokenSecret.toUtf8());
        });
    QVERIFY2(
        verdict.valid,
        qPrintable(verdict.failure + u"; base string "_s + QString::fromUtf8(verdict.baseString)));
}

void TestOAuth1Signer::formBodyIsSigned()
{
    const QUrl url(u"https://api.x.com/1.1/x.json"_s);
    const OAuth1Signer signer = fixedSigner();
    const auto a = signer.sign("POST", url, OAuth1Signer::decodeForm("k=a"), XExample);
    const auto b = signer.sign("POST", url, OAuth1Signer::decodeForm("k=b"), XExample);
    QVERIFY(a.signature != b.signature);
    // Form parameters are signed but never put into the header.
    QVERIFY(!a.authorization.contains("k="));
}

void TestOAuth1Signer::requestTokenHasNoToken()
{
    OAuth1Credentials consumerOnly = XExample;
    consumerOnly.token.clear();
    consumerOnly.tokenSecret.clear();
    const QUrl url(u"http://localhost:9/oauth/request_token"_s);
    const auto s
        = OAuth1Signer().sign("POST", url, {}, consumerOnly, {{u"oauth_callback"_s, u"oob"_s}});
    QVERIFY(!s.authorization.contains("oauth_token"));
    QVERIFY(s.authorization.contains("oauth_callback=\"oob\""));

    OAuth1Verifier::Request request;
    request.method = "POST";
    request.host = "localhost:9";
    request.path = "/oauth/request_token";
    request.authorization = s.authorization;
    const auto verdict = OAuth1Verifier::verify( // key is "consumer_secret&"
        request, consumerOnly.consumerKey.toUtf8(), consumerOnly.consumerSecret.toUtf8(),
        [](const QByteArray &token) {
            return token.isEmpty() ? std::optional<QByteArray>(QByteArray()) : std::nullopt;
        });
    QVERIFY2(
        verdict.valid,
        qPrintable(verdict.failure + u"; base string "_s + QString::fromUtf8(verdict.baseString)));
}

void TestOAuth1Signer::defaultPortIsLeftOut()
{
    const OAuth1Signer signer = fixedSigner();
    const auto without = signer.sign("GET", QUrl(u"https://api.x.com/2/users/me"_s), {}, XExample);
    const auto with443
        = signer.sign("GET", QUrl(u"https://api.x.com:443/2/users/me"_s), {}, XExample);
    const auto with8443
        = signer.sign("GET", QUrl(u"https://api.x.com:8443/2/users/me"_s), {}, XExample);
    QCOMPARE(with443.signature, without.signature);
    QVERIFY(with8443.signature != without.signature);
}

void TestOAuth1Signer::nonceIsFreshAndWordOnly()
{
    const QString a = OAuth1Signer::randomNonce();
    const QString b = OAuth1Signer::randomNonce();
    QVERIFY(a != b);
    QVERIFY2(a.size() >= 32, qPrintable(a));
    for (const QChar c : a)
        QVERIFY2(c.isLetterOrNumber() && c.unicode() < 128, qPrintable(a));
    // Without injection the header carries a fresh nonce and the current time.
    const auto s1 = OAuth1Signer().sign("GET", QUrl(u"https://api.x.com/x"_s), {}, XExample);
    const auto s2 = OAuth1Signer().sign("GET", QUrl(u"https://api.x.com/x"_s), {}, XExample);
    QVERIFY(s1.signature != s2.signature);
}

QTEST_APPLESS_MAIN(TestOAuth1Signer)
#include "tst_oauth1signer.moc"
