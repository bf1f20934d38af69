// aaconsole-cli as a user meets it: help, version, usage errors, `crc` and `sign`.
#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Secret = u"kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw"_s;
}

class TestCliBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsCommandsAndExitCodes();
    void commandHelp();
    void version();
    void usageErrors_data();
    void usageErrors();
    void crcVectors_data();
    void crcVectors();
    void crcWithoutSecretExits3();
    void crcEmptyTokenExits2();
    void signFileMatchesPublishedVectors();
    void signStdinKeepsExactBytes();
    void signJson();
    void signUnreadableFile();
    void secretNeverPrinted();
};

void TestCliBasics::helpListsCommandsAndExitCodes()
{
    CliRunner cli;
    const CliRun r = cli.run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().contains(u"Usage: aaconsole-cli"_s));
    QVERIFY(r.outText().contains(u"\n  crc TOKEN"_s));
    QVERIFY(r.outText().contains(u"\n  sign FILE|-"_s));
    QVERIFY(r.outText().contains(u"\n  profiles SUBCOMMAND"_s));
    QVERIFY(r.outText().contains(u"X_CONSUMER_SECRET"_s));
    QVERIFY(r.outText().contains(u"Exit codes"_s));
    QVERIFY(r.err.isEmpty());

    const CliRun bare = cli.run({});
    QCOMPARE(bare.exitCode, 2);
    QVERIFY(bare.out.isEmpty());
    QVERIFY(bare.errText().contains(u"Usage: aaconsole-cli"_s));
}

void TestCliBasics::commandHelp()
{
    CliRunner cli;
    const CliRun r = cli.run({u"crc"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.outText().startsWith(u"Usage: aaconsole-cli crc [options] TOKEN"_s));
    QVERIFY(r.outText().contains(u"X_CONSUMER_SECRET"_s));
    QVERIFY(r.outText().contains(u"--json"_s));
}

void TestCliBasics::version()
{
    CliRunner cli;
    const CliRun r = cli.run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().startsWith(u"aaconsole-cli 0."_s), r.out.constData());
    QVERIFY(r.outText().contains(QLatin1String(qVersion())));
}

void TestCliBasics::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command")
        << QStringList {u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown option")
        << QStringList {u"crc"_s, u"--frob"_s, u"x"_s} << u"Unknown option 'frob'"_s;
    QTest::newRow("missing argument") << QStringList {u"crc"_s} << u"missing TOKEN"_s;
    QTest::newRow("too many arguments")
        << QStringList {u"crc"_s, u"a"_s, u"b"_s} << u"too many arguments"_s;
    QTest::newRow("option value missing") << QStringList {u"crc"_s, u"x"_s, u"--log-level"_s}
                                          << u"Missing value after '--log-level'"_s;
    QTest::newRow("bad log level") << QStringList {u"--log-level"_s, u"loud"_s, u"crc"_s, u"x"_s}
                                   << u"--log-level must be debug, info or warning"_s;
    QTest::newRow("options only") << QStringList {u"--json"_s} << u"no command given"_s;
    QTest::newRow("unknown profiles subcommand")
        << QStringList {u"profiles"_s, u"frob"_s} << u"unknown subcommand 'frob'"_s;
    QTest::newRow("unknown webhooks action")
        << QStringList {u"webhooks"_s, u"frob"_s} << u"use list, register, validate or delete"_s;
    QTest::newRow("unknown sandbox subcommand")
        << QStringList {u"sandbox"_s, u"frob"_s} << u"use serve, users, act"_s;
}

void TestCliBasics::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    CliRunner cli;
    cli.setEnv(u"X_CONSUMER_SECRET"_s, Secret);
    const CliRun r = cli.run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(message), r.err.constData());
    QVERIFY2(r.errText().contains(u"--help"_s), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliBasics::crcVectors_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("secret test, token foo")
        << u"test"_s << u"foo"_s << u"sha256=HlU5y5rWhNi1SHftUCyOxuT6JRuDqeVBKWp1yvldR04="_s;
    QTest::newRow("docs sample secret")
        << Secret << u"foo"_s << u"sha256=KGwPHQJPaVoxk5RWMCZXvu7ppQqe20ugPzzV9ed1O3o="_s;
    QTest::newRow("plus slash equals")
        << u"test"_s << u"a+b/c=d=="_s << u"sha256=+7GS2V36qZTeNvHmGJRfBccPMoLidIQa83bdr+nHcl0="_s;
    QTest::newRow("unicode") << u"test"_s << QStringLiteral("Ünïcødé ☃ token")
                             << u"sha256=+uDXpymINlvDZFuby2CXhY08xGGUvfDkIXIhogYq8JU="_s;
    QTest::newRow("dash and underscore")
        << u"test"_s << u"UN1QU3-t0ken_with-dash"_s
        << u"sha256=Iy0bbrvO6EKinBlJTj9CY7xjgU/Dn4Gl0MG0GjwgHts="_s;
}

void TestCliBasics::crcVectors()
{
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    CliRunner cli;
    cli.setEnv(u"X_CONSUMER_SECRET"_s, secret);
    const CliRun r = cli.run({u"crc"_s, token});
    QCOMPARE(r.exitCode, 0);
    // Exactly the JSON X expects, one line.
    QCOMPARE(r.outText(), u"{\"response_token\":\""_s + expected + u"\"}\n"_s);
    QVERIFY(r.err.isEmpty());
}

void TestCliBasics::crcWithoutSecretExits3()
{
    CliRunner cli;
    // The first run selects the Sandbox profile, whose secret is built in; without any profile
    // there is no secret at all.
    QCOMPARE(cli.run({u"profiles"_s, u"remove"_s, u"Sandbox"_s}).exitCode, 0);
    const CliRun r = cli.run({u"crc"_s, u"foo"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.errText().contains(u"X_CONSUMER_SECRET is not set and no profile is selected"_s),
             r.err.constData());

    cli.setEnv(u"X_CONSUMER_SECRET"_s, QString());
    QCOMPARE(cli.run({u"crc"_s, u"foo"_s}).exitCode, 3);

    // A profile without the secret: the message names the profile and how to store the secret.
    QCOMPARE(cli.run({u"profiles"_s, u"add"_s, u"Empty"_s}).exitCode, 0);
    const CliRun json = cli.run({u"crc"_s, u"foo"_s, u"--json"_s, u"--profile"_s, u"Empty"_s});
    QCOMPARE(json.exitCode, 3);
    const QString message = QJsonDocument::fromJson(json.out)
                                .object()
                                .value(u"error"_s)
                                .toObject()
                                .value(u"message"_s)
                                .toString();
    QVERIFY2(message.contains(u"X_CONSUMER_SECRET is not set and profile \"Empty\" has no "
                              "consumer_secret"_s),
             qPrintable(message));
    QVERIFY(message.contains(u"profiles set-secret \"Empty\" consumer_secret"_s));
}

void TestCliBasics::crcEmptyTokenExits2()
{
    CliRunner cli;
    cli.setEnv(u"X_CONSUMER_SECRET"_s, Secret);
    const CliRun r = cli.run({u"crc"_s, QString()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.errText().contains(u"TOKEN must not be empty"_s));
    QVERIFY(r.out.isEmpty());
}

void TestCliBasics::signFileMatchesPublishedVectors()
{
    CliRunner cli;
    cli.setEnv(u"X_CONSUMER_SECRET"_s, u"test"_s);
    const struct
    {
        QByteArray body;
        QString expected;
    } vectors[] = {
        {"test=1&other_test=2", u"sha256=25Cu3iwbbiqBTwQRzcKJZwisjf736V2Q8UaTlkfLSoc="_s},
        {R"({"test_number":1,"test_string":"two"})",
         u"sha256=YWHphPn/JFq43jkF0y4/w8R/SelmLjvpunhVFY8JhlI="_s},
    };
    for (const auto &v : vectors) {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(v.body);
        file.close();
        const CliRun r = cli.run({u"sign"_s, file.fileName()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), v.expected + u'\n');
    }
}

void TestCliBasics::signStdinKeepsExactBytes()
{
    CliRunner cli;
    cli.setEnv(u"X_CONSUMER_SECRET"_s, u"test"_s);
    const CliRun r = cli.run({u"sign"_s, u"-"_s}, "test=1&other_test=2");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText(), u"sha256=25Cu3iwbbiqBTwQRzcKJZwisjf736V2Q8UaTlkfLSoc=\n"_s);

    // A trailing newline is part of the bytes and changes the signature.
    const CliRun withNewline = cli.run({u"sign"_s, u"-"_s}, "test=1&other_test=2\n");
    QCOMPARE(withNewline.exitCode, 0);
    QVERIFY(withNewline.out != r.out);
}

void TestCliBasics::signJson()
{
    CliRunner cli;
    cli.setEnv(u"X_CONSUMER_SECRET"_s, u"test"_s);
    const CliRun r = cli.run({u"--json"_s, u"sign"_s, u"-"_s}, "test=1&other_test=2");
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"signature"_s).toString(),
             u"sha256=25Cu3iwbbiqBTwQRzcKJZwisjf736V2Q8UaTlkfLSoc="_s);
    QCOMPARE(o.value(u"bytes"_s).toInt(), 19);
}

void TestCliBasics::signUnreadableFile()
{
    CliRunner cli;
    cli.setEnv(u"X_CONSUMER_SECRET"_s, u"test"_s);
    const CliRun r = cli.run({u"sign"_s, u"/nonexistent/body.json"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(u"cannot read '/nonexistent/body.json'"_s), r.err.constData());
}

void TestCliBasics::secretNeverPrinted()
{
    CliRunner cli;
    cli.setEnv(u"X_CONSUMER_SECRET"_s, Secret);
    for (const QStringList &args :
         {QStringList {u"crc"_s, u"foo"_s, u"--log-level"_s, u"debug"_s},
          QStringList {u"sign"_s, u"-"_s, u"--log-level"_s, u"debug"_s}, QStringList {u"crc"_s}}) {
        const CliRun r = cli.run(args, "body");
        QVERIFY(!r.outText().contains(Secret));
        QVERIFY(!r.errText().contains(Secret));
    }
}

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
