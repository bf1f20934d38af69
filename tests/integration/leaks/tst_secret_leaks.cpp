// The secret-leak test for what exists today: profile commands, crc and sign, with known secret
// values, debug logging to a file, then a search of every file under the run's XDG directories
// (settings, logs, profile data) and of every output for each value. None may appear.
//
// When `listen`, the API commands and `export` land, add their runs to session() below: their
// store and export files land under the same directories (export into dataDir()) and are
// searched the same way.
#include "CliRunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Realistic shapes, each distinct and long enough that a match cannot be an accident.
const QStringList ProfileSecrets = {
    u"leak-ck-Vq3JxN9sT2pLw8Rz"_s,
    u"leak-cs-4mHbK7dQ1yFz9UcXeA2sWn6tJ0rLgP8v"_s,
    u"AAAAAAAAAAAAAAAAAAAAleak-bearer-Q9x8w7v6u5t4"_s,
    u"1234567890-leak-at-ZpY3xW2vU1tS0rQ9"_s,
    u"leak-ats-Lm5Nk4Jh3Gf2Ds1Aq0Pw9Oe8"_s,
};
const QStringList EnvFileSecrets = {
    u"leak-env-ck-Tt6Yy7Uu8Ii9"_s,
    u"leak-env-cs-Oo0Pp1Aa2Ss3Dd4Ff5"_s,
    u"leak-env-at-Gg6Hh7Jj8Kk9"_s,
    u"leak-env-ats-Ll0Zz1Xx2Cc3"_s,
};
const QStringList EnvironmentSecrets = {
    u"leak-xenv-cs-Vv4Bb5Nn6Mm7"_s,
    u"leak-xenv-bearer-Qq8Ww9Ee0"_s,
};
const QStringList Fields = {u"consumer_key"_s, u"consumer_secret"_s, u"bearer_token"_s,
                            u"access_token"_s, u"access_token_secret"_s};

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noSecretInAnyOutputOrFile();

private:
    CliRun run(CliRunner &cli, QStringList args, const QByteArray &input = {});
    QList<CliRun> m_runs;
    QString m_logFile;
};

void TestSecretLeaks::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("AAC_IN_TEST_SESSION"))
        QSKIP("needs the keyring session of scripts/test (scripts/lib/test-session.sh)");
}

CliRun TestSecretLeaks::run(CliRunner &cli, QStringList args, const QByteArray &input)
{
    args << u"--log-level"_s << u"debug"_s << u"--log-file"_s << m_logFile;
    const CliRun r = cli.run(args, input);
    if (r.exitCode != 0)
        qWarning() << args << "exited" << r.exitCode << r.errText();
    m_runs << r;
    return r;
}

void TestSecretLeaks::noSecretInAnyOutputOrFile()
{
    CliRunner cli;
    QDir(cli.dataDir()).mkpath(u"logs"_s);
    m_logFile = cli.dataDir() + u"/logs/aaconsole-cli.log"_s;
    QTemporaryDir elsewhere; // the .env file itself is the user's, outside the app's directories
    const QString envFile = elsewhere.filePath(u".env"_s);
    QFile env(envFile);
    QVERIFY(env.open(QIODevice::WriteOnly));
    const QString text = u"TWITTER_CONSUMER_KEY="_s + EnvFileSecrets.at(0)
        + u"\nTWITTER_CONSUMER_SECRET=\""_s + EnvFileSecrets.at(1)
        + u"\"\nexport TWITTER_ACCESS_TOKEN="_s + EnvFileSecrets.at(2)
        + u"\nTWITTER_ACCESS_TOKEN_SECRET='"_s + EnvFileSecrets.at(3)
        + u"'\nTWITTER_WEBHOOK_ENV=dev\n"_s;
    env.write(text.toUtf8());
    env.close();

    // The session.
    QCOMPARE(run(cli, {u"profiles"_s, u"add"_s, u"Leaky"_s, u"--api"_s, u"v1.1"_s}).exitCode, 0);
    for (qsizetype i = 0; i < Fields.size(); ++i) {
        QCOMPARE(run(cli, {u"profiles"_s, u"set-secret"_s, u"Leaky"_s, Fields.at(i)},
                     ProfileSecrets.at(i).toUtf8() + "\n")
                     .exitCode,
                 0);
    }
    QCOMPARE(run(cli, {u"profiles"_s, u"use"_s, u"Leaky"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"profiles"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"--json"_s, u"profiles"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"profiles"_s, u"show"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"--json"_s, u"profiles"_s, u"show"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"crc"_s, u"token-1"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"--json"_s, u"sign"_s, u"-"_s}, "{\"event\":1}").exitCode, 0);
    QCOMPARE(run(cli, {u"profiles"_s, u"import-env"_s, u"Imported"_s, envFile}).exitCode, 0);
    QCOMPARE(run(cli, {u"profiles"_s, u"rename"_s, u"Imported"_s, u"Renamed"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"--profile"_s, u"Renamed"_s, u"crc"_s, u"token-2"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"--json"_s, u"profiles"_s, u"show"_s, u"Renamed"_s}).exitCode, 0);
    // Failures print messages too.
    QCOMPARE(run(cli, {u"profiles"_s, u"set-secret"_s, u"Leaky"_s, u"bogus_field"_s},
                 ProfileSecrets.at(0).toUtf8())
                 .exitCode,
             2);
    QCOMPARE(run(cli, {u"profiles"_s, u"set-secret"_s, u"Nope"_s, u"consumer_key"_s},
                 ProfileSecrets.at(0).toUtf8())
                 .exitCode,
             3);
    cli.setEnv(u"X_CONSUMER_SECRET"_s, EnvironmentSecrets.at(0));
    cli.setEnv(u"X_BEARER_TOKEN"_s, EnvironmentSecrets.at(1));
    QCOMPARE(run(cli, {u"crc"_s, u"token-3"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"sign"_s, u"-"_s}, "body").exitCode, 0);
    QCOMPARE(run(cli, {u"profiles"_s, u"show"_s}).exitCode, 0);
    QCOMPARE(run(cli, {u"profiles"_s, u"remove"_s, u"Renamed"_s}).exitCode, 0);

    // The log was really written at debug level, so its silence about secrets means something.
    QFile log(m_logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    QVERIFY2(logText.contains(" D aaconsole.keychain: "), "no debug lines in the log");
    QVERIFY(logText.contains("Leaky/consumer_secret"));

    const QStringList all = ProfileSecrets + EnvFileSecrets + EnvironmentSecrets;
    for (const CliRun &r : std::as_const(m_runs)) {
        for (const QString &secret : all) {
            QVERIFY2(!r.out.contains(secret.toUtf8()), qPrintable(u"stdout holds "_s + secret));
            QVERIFY2(!r.err.contains(secret.toUtf8()), qPrintable(u"stderr holds "_s + secret));
        }
    }
    int files = 0;
    for (const QString &root : {cli.configDir(), cli.dataDir()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString &secret : all) {
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(file.fileName() + u" holds "_s + secret));
            }
        }
    }
    QVERIFY(files >= 2); // at least the settings file and the log
}

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secret_leaks.moc"
