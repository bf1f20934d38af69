#pragma once

#include "CliRunner.h"
#include "sandbox/SandboxDefaults.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <memory>

//! `aaconsole-cli sandbox serve` as a separate process: its base URL and the credentials it
//! printed, one name=value per line.
struct ServeProcess
{
    std::unique_ptr<QProcess> process;
    QMap<QString, QString> printed; //!< base_url, consumer_key, …
    QStringList lines;
    QByteArray err;

    QString base() const { return printed.value(QStringLiteral("base_url")); }

    bool start(const CliRunner &cli, const QStringList &extra = {})
    {
        process.reset(cli.start(QStringList {QStringLiteral("sandbox"), QStringLiteral("serve"),
                                             QStringLiteral("--port"), QStringLiteral("0")}
                                + extra));
        QByteArray out;
        for (int i = 0; i < 200 && lines.size() < 6; ++i) {
            process->waitForReadyRead(50);
            out += process->readAllStandardOutput();
            err += process->readAllStandardError();
            lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        }
        for (const QString &line : std::as_const(lines))
            printed.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        return lines.size() == 6;
    }
    //! Sets X_CONSUMER_KEY, … of `cli` to what the Sandbox printed.
    void exportCredentials(CliRunner &cli) const
    {
        for (auto it = printed.begin(); it != printed.end(); ++it) {
            if (it.key() != u"base_url")
                cli.setEnv(QStringLiteral("X_") + it.key().toUpper(), it.value());
        }
    }
    int stop()
    {
        ::kill(pid_t(process->processId()), SIGTERM);
        process->waitForFinished(10000);
        err += process->readAllStandardError();
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }
};

//! `aaconsole-cli listen --ndjson` as a separate process, and the records it printed.
struct ListenProcess
{
    std::unique_ptr<QProcess> process;
    QString url;
    QByteArray out;
    QByteArray err;

    bool start(CliRunner &cli, const QString &consumerSecret)
    {
        cli.setEnv(QStringLiteral("X_CONSUMER_SECRET"), consumerSecret);
        process.reset(
            cli.start({QStringLiteral("listen"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--no-db"), QStringLiteral("--ndjson")}));
        static const QRegularExpression listening(
            QStringLiteral(R"(Listening on (http://127\.0\.0\.1:\d+/webhook))"));
        for (int i = 0; i < 200 && url.isEmpty(); ++i) {
            process->waitForReadyRead(50);
            err += process->readAllStandardError();
            const auto match = listening.match(QString::fromUtf8(err));
            if (match.hasMatch())
                url = match.captured(1);
        }
        return !url.isEmpty();
    }
    //! The complete lines printed so far, each a record.
    QList<QJsonObject> records()
    {
        out += process->readAllStandardOutput();
        err += process->readAllStandardError();
        QList<QJsonObject> list;
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                list.append(QJsonDocument::fromJson(line).object());
        }
        return list;
    }
    //! Waits (turning the event loop) until at least `count` records arrived.
    QList<QJsonObject> waitForRecords(int count, int timeoutMs = 5000)
    {
        QElapsedTimer waited;
        waited.start();
        QList<QJsonObject> list = records();
        while (list.size() < count && waited.elapsed() < timeoutMs) {
            process->waitForReadyRead(10);
            QTest::qWait(1);
            list = records();
        }
        return list;
    }
    //! Waits until stderr says `text`.
    bool waitForDiagnostic(const QByteArray &text, int timeoutMs = 3000)
    {
        QElapsedTimer waited;
        waited.start();
        while (!err.contains(text) && waited.elapsed() < timeoutMs) {
            process->waitForReadyRead(10);
            records();
        }
        return err.contains(text);
    }
    void stop()
    {
        ::kill(pid_t(process->processId()), SIGTERM);
        process->waitForFinished(10000);
    }
};

namespace SandboxE2E {

inline const QString Owner = QLatin1String(SandboxDefaults::AppOwnerUserId);
inline const QString Alice = QStringLiteral("1000000002");
inline const QString OwnerPost = QStringLiteral("1850000000000000001");

inline QString minute(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMddHHmm"));
}

//! type|action|for_user_id of a record
inline QString shape(const QJsonObject &record)
{
    return record.value(QStringLiteral("type")).toString() + u'|'
        + record.value(QStringLiteral("action")).toString() + u'|'
        + record.value(QStringLiteral("for_user_id")).toString();
}

//! An aaconsole-cli command against the running Sandbox.
inline CliRun cli(const CliRunner &runner, const ServeProcess &serve, const QStringList &args)
{
    return runner.run(QStringList {QStringLiteral("--api-base"), serve.base()} + args);
}

//! serve + listen + the listener's URL registered and the owner subscribed; the webhook id.
inline QString setUp(CliRunner &runner, ServeProcess &serve, ListenProcess &listen,
                     const QStringList &serveOptions = {})
{
    if (!serve.start(runner, serveOptions))
        return {};
    serve.exportCredentials(runner);
    if (!listen.start(runner, serve.printed.value(QStringLiteral("consumer_secret"))))
        return {};
    const CliRun registered = cli(runner, serve,
                                  {QStringLiteral("--json"), QStringLiteral("webhooks"),
                                   QStringLiteral("register"), listen.url});
    const QString id = QJsonDocument::fromJson(registered.out)
                           .object()
                           .value(QStringLiteral("webhook"))
                           .toObject()
                           .value(QStringLiteral("id"))
                           .toString();
    if (registered.exitCode != 0 || id.isEmpty()) {
        qWarning() << registered.out << registered.err;
        return {};
    }
    const CliRun subscribed = cli(
        runner, serve,
        {QStringLiteral("subscriptions"), QStringLiteral("add"), QStringLiteral("--webhook"), id});
    return subscribed.exitCode == 0 ? id : QString();
}

} // namespace SandboxE2E
