// The webhook URL check says exactly what X would reject, before anything is sent.
#include "xapi/WebhookUrlCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestWebhookUrlCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
};

void TestWebhookUrlCheck::check_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("problem"); // empty: accepted
    const QString x = u"https://api.x.com"_s;
    const QString sandbox = u"http://127.0.0.1:8400"_s;
    const QString long200 = u"https://example.com/"_s + QString(180, u'a');
    QTest::newRow("plain https") << u"https://example.com/webhooks/x"_s << x << QString();
    QTest::newRow("query allowed") << u"https://example.com/hook?app=1"_s << x << QString();
    QTest::newRow("exactly 200") << long200 << x << QString();
    QTest::newRow("201 characters")
        << long200 + u'a' << x << u"is 201 characters long; X accepts at most 200"_s;
    QTest::newRow("empty") << QString() << x << u"is empty"_s;
    QTest::newRow("http") << u"http://example.com/hook"_s << x << u"uses http://"_s;
    QTest::newRow("port") << u"https://example.com:5000/NoWorkie"_s << x
                          << u"must not contain a port (:5000)"_s;
    QTest::newRow("port 443 too") << u"https://example.com:443/hook"_s << x
                                  << u"must not contain a port (:443)"_s;
    QTest::newRow("no scheme") << u"example.com/hook"_s << x << u"needs a scheme and a host"_s;
    QTest::newRow("space") << u"https://example.com/a hook"_s << x << u"space"_s;
    QTest::newRow("bad host") << u"https://exa mple.com/"_s << x << u"space"_s;
    QTest::newRow("not a url") << u"https://[::1/"_s << x << u"is not a well-formed URL"_s;
    QTest::newRow("loopback against X")
        << u"http://127.0.0.1:8321/webhook"_s << x << u"which X cannot reach"_s;
    QTest::newRow("localhost against twitter")
        << u"http://localhost:8321/webhook"_s << u"https://api.twitter.com"_s
        << u"which X cannot reach"_s;
    QTest::newRow("loopback against the Sandbox")
        << u"http://127.0.0.1:8321/webhook"_s << sandbox << QString();
    QTest::newRow("localhost against the Sandbox")
        << u"http://localhost:8321/webhook"_s << sandbox << QString();
    QTest::newRow("IPv6 loopback against the Sandbox")
        << u"http://[::1]:8321/webhook"_s << sandbox << QString();
    QTest::newRow("loopback https with port against the Sandbox")
        << u"https://127.0.0.1:8443/webhook"_s << sandbox << QString();
    QTest::newRow("loopback https against X")
        << u"https://localhost/webhook"_s << x << u"which X cannot reach"_s;
    QTest::newRow("public http against the Sandbox")
        << u"http://example.com/hook"_s << sandbox << u"uses http://"_s;
}

void TestWebhookUrlCheck::check()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QFETCH(QString, problem);
    const auto result = WebhookUrlCheck::check(url, QUrl(base));
    if (problem.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Usage);
    QVERIFY2(result.error().message.contains(problem), qPrintable(result.error().message));
}

QTEST_APPLESS_MAIN(TestWebhookUrlCheck)
#include "tst_webhookurlcheck.moc"
