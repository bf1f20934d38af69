// .env files as the X samples, autohook and dotenv write them, and which profile field each
// variable feeds.
#include "auth/EnvFile.h"
#include "auth/EnvImport.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using Field = Credentials::Field;

class TestEnvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValues_data();
    void parsesValues();
    void crlfBomCommentsAndExport();
    void malformedLinesAreCountedNotEchoed();
    void autohookFile();
    void nameVariants_data();
    void nameVariants();
    void prefixPrecedenceAndConflicts();
    void unknownAndEmptyVariables();
    void unreadableFile();
};

void TestEnvImport::parsesValues_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray("A=abc") << u"abc"_s;
    QTest::newRow("spaces around") << QByteArray("A =  abc  ") << u"abc"_s;
    QTest::newRow("double quoted") << QByteArray(R"(A="a b#c")") << u"a b#c"_s;
    QTest::newRow("double escapes") << QByteArray(R"(A="x\"y\\z\n")") << u"x\"y\\z\n"_s;
    QTest::newRow("single quoted literal") << QByteArray(R"(A='a\nb "c"')") << uR"(a\nb "c")"_s;
    QTest::newRow("inline comment") << QByteArray("A=abc # note") << u"abc"_s;
    QTest::newRow("hash inside token") << QByteArray("A=ab#c") << u"ab#c"_s;
    QTest::newRow("comment after quotes") << QByteArray(R"(A="abc"   # note)") << u"abc"_s;
    QTest::newRow("equals in value") << QByteArray("A=a=b==") << u"a=b=="_s;
    QTest::newRow("empty") << QByteArray("A=") << QString();
    QTest::newRow("utf8") << QByteArray("A=Ünïcødé") << QStringLiteral("Ünïcødé");
}

void TestEnvImport::parsesValues()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, value);
    const EnvFile file = EnvFile::parse(line);
    QVERIFY(file.malformedLines.isEmpty());
    QCOMPARE(file.entries.size(), 1);
    QCOMPARE(file.entries.first().first, u"A"_s);
    QCOMPARE(file.entries.first().second, value);
}

void TestEnvImport::crlfBomCommentsAndExport()
{
    const EnvFile file = EnvFile::parse("\xEF\xBB\xBF# app\r\n"
                                        "export TWITTER_CONSUMER_KEY=key-1\r\n"
                                        "\r\n"
                                        "   # indented comment\r\n"
                                        "export\tTWITTER_CONSUMER_SECRET='sec ret'\r\n"
                                        "exporter=1\r\n"
                                        "TWITTER_CONSUMER_KEY=key-2"); // last wins, no final EOL
    QVERIFY(file.malformedLines.isEmpty());
    QCOMPARE(file.value(u"TWITTER_CONSUMER_KEY"_s), u"key-2"_s);
    QCOMPARE(file.value(u"TWITTER_CONSUMER_SECRET"_s), u"sec ret"_s);
    QCOMPARE(file.value(u"exporter"_s), u"1"_s);
}

void TestEnvImport::malformedLinesAreCountedNotEchoed()
{
    const EnvFile file = EnvFile::parse("GOOD=1\n"
                                        "just-a-secret-pasted-here\n"
                                        "A=\"never closed\n"
                                        "B='also open\n"
                                        "=novalue\n"
                                        "1BAD=x\n"
                                        "C=\"ok\" trailing\n");
    QCOMPARE(file.entries.size(), 1);
    QCOMPARE(file.malformedLines, (QList<int> {2, 3, 4, 5, 6, 7}));
    const EnvImport import = EnvImport::from(file);
    QCOMPARE(import.notes.size(), 6);
    QVERIFY(import.notes.first().contains(u"Line 2 is not a NAME=value assignment"_s));
    QVERIFY(!import.notes.join(u' ').contains(u"just-a-secret"_s));
}

void TestEnvImport::autohookFile()
{
    // The shape of autohook's and the X samples' .env.
    const EnvImport import
        = EnvImport::from(EnvFile::parse("TWITTER_CONSUMER_KEY=ck-123456\n"
                                         "TWITTER_CONSUMER_SECRET=cs-123456\n"
                                         "TWITTER_ACCESS_TOKEN=at-123456\n"
                                         "TWITTER_ACCESS_TOKEN_SECRET=ats-12345\n"
                                         "TWITTER_WEBHOOK_ENV=dev\n"
                                         "NGROK_AUTH_TOKEN=not-ours\n"));
    QCOMPARE(import.credentials.consumerKey, u"ck-123456"_s);
    QCOMPARE(import.credentials.consumerSecret, u"cs-123456"_s);
    QCOMPARE(import.credentials.accessToken, u"at-123456"_s);
    QCOMPARE(import.credentials.accessTokenSecret, u"ats-12345"_s);
    QVERIFY(import.credentials.bearerToken.isEmpty());
    QCOMPARE(import.webhookEnvironment, u"dev"_s);
    QCOMPARE(import.fields(),
             (QList<Field> {Field::ConsumerKey, Field::ConsumerSecret, Field::AccessToken,
                            Field::AccessTokenSecret}));
    QCOMPARE(import.usedNames.size(), 5);
    QCOMPARE(import.ignoredNames, QStringList {u"NGROK_AUTH_TOKEN"_s});
    QVERIFY(import.notes.isEmpty());
}

void TestEnvImport::nameVariants_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("field"); // -1: not recognised
    const auto row
        = [](const QString &name, int field) { QTest::newRow(qPrintable(name)) << name << field; };
    row(u"X_CONSUMER_KEY"_s, int(Field::ConsumerKey));
    row(u"CONSUMER_KEY"_s, int(Field::ConsumerKey));
    row(u"consumer_key"_s, int(Field::ConsumerKey));
    row(u"TWITTER_API_KEY"_s, int(Field::ConsumerKey));
    row(u"X_API_KEY"_s, int(Field::ConsumerKey));
    row(u"API_KEY"_s, -1); // too generic without a prefix
    row(u"X_CONSUMER_SECRET"_s, int(Field::ConsumerSecret));
    row(u"CONSUMER_SECRET"_s, int(Field::ConsumerSecret));
    row(u"TWITTER_API_SECRET"_s, int(Field::ConsumerSecret));
    row(u"TWITTER_API_KEY_SECRET"_s, int(Field::ConsumerSecret));
    row(u"X_API_SECRET_KEY"_s, int(Field::ConsumerSecret));
    row(u"API_SECRET"_s, -1);
    row(u"BEARER_TOKEN"_s, int(Field::BearerToken));
    row(u"TWITTER_BEARER_TOKEN"_s, int(Field::BearerToken));
    row(u"X_BEARER_TOKEN"_s, int(Field::BearerToken));
    row(u"TWITTER_BEARER"_s, int(Field::BearerToken));
    row(u"ACCESS_TOKEN"_s, int(Field::AccessToken));
    row(u"TWITTER_ACCESS_TOKEN_KEY"_s, int(Field::AccessToken));
    row(u"X_ACCESS_TOKEN_SECRET"_s, int(Field::AccessTokenSecret));
    row(u"ACCESS_TOKEN_SECRET"_s, int(Field::AccessTokenSecret));
    row(u"OPENAI_API_KEY"_s, -1);
}

void TestEnvImport::nameVariants()
{
    QFETCH(QString, name);
    QFETCH(int, field);
    const EnvImport import = EnvImport::from(EnvFile::parse(name.toUtf8() + "=value-123456\n"));
    if (field < 0) {
        QVERIFY(import.fields().isEmpty());
        QCOMPARE(import.ignoredNames, QStringList {name});
    } else {
        QCOMPARE(import.fields(), QList<Field> {Field(field)});
        QCOMPARE(import.credentials.value(Field(field)), u"value-123456"_s);
    }
}

void TestEnvImport::prefixPrecedenceAndConflicts()
{
    const EnvImport import = EnvImport::from(EnvFile::parse("CONSUMER_KEY=bare-value\n"
                                                            "TWITTER_CONSUMER_KEY=twitter-value\n"
                                                            "X_CONSUMER_KEY=x-value\n"
                                                            "BEARER_TOKEN=same-bearer\n"
                                                            "TWITTER_BEARER_TOKEN=same-bearer\n"
                                                            "X_APP_ID=12345\n"
                                                            "WEBHOOK_ENV=prod\n"));
    QCOMPARE(import.credentials.consumerKey, u"x-value"_s);
    QCOMPARE(import.credentials.bearerToken, u"same-bearer"_s);
    QCOMPARE(import.appId, u"12345"_s);
    QCOMPARE(import.webhookEnvironment, u"prod"_s);
    // Two notes for the consumer key (bare vs TWITTER_, then TWITTER_ vs X_); none for equal
    // values. Names only.
    QCOMPARE(import.notes.size(), 2);
    QVERIFY(import.notes.last().contains(u"X_CONSUMER_KEY was used"_s));
    QVERIFY(!import.notes.join(u' ').contains(u"x-value"_s));
    QVERIFY(!import.notes.join(u' ').contains(u"bare-value"_s));
    QCOMPARE(import.usedNames,
             (QStringList {u"X_CONSUMER_KEY"_s, u"TWITTER_BEARER_TOKEN"_s, u"X_APP_ID"_s,
                           u"WEBHOOK_ENV"_s}));
}

void TestEnvImport::unknownAndEmptyVariables()
{
    const EnvImport import
        = EnvImport::from(EnvFile::parse("PORT=3000\nTWITTER_CONSUMER_SECRET=\nPORT=3001\n"));
    QVERIFY(import.isEmpty());
    QCOMPARE(import.ignoredNames, QStringList {u"PORT"_s});
}

void TestEnvImport::unreadableFile()
{
    const auto missing = EnvImport::fromFile(u"/nonexistent/.env"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::Usage);
    QVERIFY(missing.error().message.contains(u"cannot read '/nonexistent/.env'"_s));

    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("X_BEARER_TOKEN=bearer-from-file\n");
    file.close();
    const auto read = EnvImport::fromFile(file.fileName());
    QVERIFY(read.ok());
    QCOMPARE(read.value().credentials.bearerToken, u"bearer-from-file"_s);
}

QTEST_APPLESS_MAIN(TestEnvImport)
#include "tst_envimport.moc"
