#include "cli/ListenCommand.h"

#include "auth/ProfileStore.h"
#include "cli/CliContext.h"
#include "events/RecordJson.h"
#include "session/CaptureSession.h"
#include "store/StorePaths.h"
#include "util/UnixSignalWatcher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QEventLoop>

#include <limits>

namespace {

const QString Bind = QStringLiteral("bind");
const QString Port = QStringLiteral("port");
const QString Path = QStringLiteral("path");
const QString Db = QStringLiteral("db");
const QString NoDb = QStringLiteral("no-db");
const QString Ndjson = QStringLiteral("ndjson");
const QString AcceptInvalid = QStringLiteral("accept-invalid-signatures");
const QString Durability = QStringLiteral("durability");
const QString MaxBody = QStringLiteral("max-body");
const QString MaxConnections = QStringLiteral("max-connections");
const QString HeaderTimeout = QStringLiteral("header-timeout");
const QString IdleTimeout = QStringLiteral("idle-timeout");

// Local time as HH:mm:ss.zzz. Records come in bursts within one second, and converting to local
// time costs glibc a stat of /etc/localtime: once per second is enough (offsets change on whole
// seconds).
QString clock(qint64 ms)
{
    static qint64 cachedSecond = std::numeric_limits<qint64>::min();
    static QString cachedPrefix;
    const qint64 second = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedPrefix
            = QDateTime::fromMSecsSinceEpoch(second * 1000).toString(QStringLiteral("HH:mm:ss."));
    }
    return cachedPrefix + QString::number(ms - second * 1000).rightJustified(3, u'0');
}

QString humanLine(const EventRecord &r)
{
    QString line = QStringLiteral("#%1 %2 %3/%4 sig=%5 %6")
                       .arg(r.seq)
                       .arg(clock(r.receivedAtMs), r.type, r.action,
                            WebhookCrypto::verdictName(r.signature), r.summary);
    if (!r.forUserId.isEmpty()) {
        line
            += QStringLiteral(" (for %1)")
                   .arg(r.forUserName.isEmpty() ? r.forUserId : r.forUserName + u' ' + r.forUserId);
    }
    if (r.isDuplicate())
        line += QStringLiteral(" [duplicate of #%1, %2]")
                    .arg(r.duplicateOf)
                    .arg(EventNames::duplicateKind(r.duplicateKind));
    return line;
}

} // namespace

QString ListenCommand::summary() const
{
    return tr(
        "Run the responder: answer X's CRC checks, verify and store event POSTs, print them.");
}

QString ListenCommand::details() const
{
    return tr(
        "Answers GET <path>?crc_token=… with X's CRC response and POST <path> with 200 once the "
        "delivery is committed to the capture store (401 for a missing or invalid signature "
        "unless --accept-invalid-signatures; 503 if the store cannot commit, so that X "
        "retries). The listening address goes to stderr; stdout carries one line per event "
        "record, or with --ndjson one JSON record per line and nothing else.\n"
        "The consumer secret comes from X_CONSUMER_SECRET. SIGINT/SIGTERM stop accepting, "
        "answer what was received, flush the store and exit 0.");
}

void ListenCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {Bind,
         tr("Address to bind (default: the profile's, 127.0.0.1; anything else is reachable from "
            "other machines)."),
         QStringLiteral("address")},
        {Port, tr("Port (default: the profile's, 8321; 0 picks a free one)."), QStringLiteral("n")},
        {Path, tr("Webhook path (default: the profile's, /webhook); other paths answer 404."),
         QStringLiteral("path")},
        {Db, tr("Capture store file (default: the profile's store)."), QStringLiteral("file")},
        {NoDb, tr("Keep nothing on disk (records are still deduplicated for this run).")},
        {Ndjson, tr("Print records as NDJSON on stdout.")},
        {AcceptInvalid,
         tr("Answer 200 to deliveries with a missing or invalid signature (they are "
            "still stored and flagged).")},
        {Durability,
         tr("full (default: fsync before each 200) or normal (survives a crash of this "
            "process, not of the machine)."),
         QStringLiteral("level"), QStringLiteral("full")},
        {MaxBody, tr("Largest accepted body in bytes (default 4194304)."), QStringLiteral("bytes")},
        {MaxConnections, tr("Most concurrent connections (default 256)."), QStringLiteral("n")},
        {HeaderTimeout, tr("Seconds a client has to send a request's headers (default 10)."),
         QStringLiteral("s")},
        {IdleTimeout, tr("Seconds before an idle keep-alive connection is closed (default 60)."),
         QStringLiteral("s")},
    });
}

int ListenCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("listen takes no arguments"));
    if (parser.isSet(Db) && parser.isSet(NoDb))
        return context.usageError(tr("--db and --no-db exclude each other"));

    const Result<QString> profileName = context.profileName();
    if (!profileName.ok())
        return context.fail(profileName.error());
    const std::optional<Profile> profile = profileName.value().isEmpty()
        ? std::nullopt
        : context.profiles().profile(profileName.value());
    // The profile's responder settings, then the command line over them.
    ReceiverConfig config = profile ? ReceiverConfig::from(profile->responder) : ReceiverConfig();
    if (parser.isSet(Bind) && !config.bindAddress.setAddress(parser.value(Bind)))
        return context.usageError(tr("--bind: '%1' is not an IP address").arg(parser.value(Bind)));
    if (parser.isSet(Port)) {
        bool ok = false;
        const uint port = parser.value(Port).toUInt(&ok);
        if (!ok || port > 65535)
            return context.usageError(tr("--port must be a number from 0 to 65535"));
        config.port = quint16(port);
    }
    if (parser.isSet(Path))
        config.path = parser.value(Path);
    if (!config.path.startsWith(u'/'))
        return context.usageError(tr("--path must start with /"));
    if (parser.isSet(AcceptInvalid))
        config.allowUnsigned = true;
    const auto positive = [&](const QString &name, auto apply) -> bool {
        if (!parser.isSet(name))
            return true;
        bool valid = false;
        const double value = parser.value(name).toDouble(&valid);
        if (!valid || value <= 0)
            return false;
        apply(value);
        return true;
    };
    if (!positive(MaxBody, [&](double v) { config.limits.framing.maxBodyBytes = qint64(v); })
        || !positive(MaxConnections, [&](double v) { config.limits.maxConnections = int(v); })
        || !positive(HeaderTimeout,
                     [&](double v) { config.limits.headerTimeoutMs = int(v * 1000); })
        || !positive(IdleTimeout, [&](double v) { config.limits.idleTimeoutMs = int(v * 1000); }))
        return context.usageError(tr("limits must be positive numbers"));
    const QString durability = parser.value(Durability);
    if (durability != u"full" && durability != u"normal")
        return context.usageError(tr("--durability must be full or normal"));

    const Result<Credentials> credentials
        = context.credentials({Credentials::Field::ConsumerSecret});
    if (!credentials.ok())
        return context.fail(credentials.error());
    config.consumerSecret = credentials.value().consumerSecret.toUtf8();
    if (config.consumerSecret.isEmpty()) {
        return context.fail(Error(
            ErrorKind::Config,
            tr("No consumer secret: set one on the profile (aaconsole-cli profiles set-secret "
               "NAME consumer_secret) or in X_CONSUMER_SECRET. The responder needs it to "
               "answer CRC checks and verify event signatures.")));
    }

    CaptureWriter::Options storeOptions;
    if (parser.isSet(NoDb)) {
        storeOptions.path = QStringLiteral(":memory:");
    } else if (parser.isSet(Db)) {
        storeOptions.path = parser.value(Db);
    } else {
        const Result<QString> database = context.captureDatabase();
        if (!database.ok())
            return context.fail(database.error());
        storeOptions.path = database.value();
    }
    storeOptions.durability = durability == u"full" ? CaptureSchema::Durability::Full
                                                    : CaptureSchema::Durability::Normal;

    const bool ndjson = parser.isSet(Ndjson);
    QTextStream &out = context.out();
    QTextStream &err = context.err();
    QObject receiver;
    CaptureSession session;
    QObject::connect(&session, &CaptureSession::recordsCommitted, &receiver,
                     [&](const QList<EventRecord> &records, const QList<QByteArray> &bodies) {
                         for (qsizetype i = 0; i < records.size(); ++i) {
                             if (ndjson)
                                 out << RecordJson::line(records.at(i), bodies.at(i)) << '\n';
                             else
                                 out << humanLine(records.at(i)) << '\n';
                         }
                         out.flush();
                     });

    // Diagnostics go to stderr in both modes: stdout is one line per event record.
    QObject::connect(&session, &CaptureSession::crcAnswered, &receiver, [&](const CrcCheck &c) {
        QTextStream &stream = err;
        if (c.answered) {
            stream << tr("CRC %1 answered in %2 ms (token of %3 characters%4)")
                          .arg(clock(c.atMs))
                          .arg(c.latencyUs / 1000.0, 0, 'f', 2)
                          .arg(c.tokenLength)
                          .arg(c.signature.isEmpty() ? QString()
                                                     : tr(", nonce signature %1").arg(c.signature))
                   << '\n';
        } else {
            stream
                << tr("CRC %1 refused with %2: %3").arg(clock(c.atMs)).arg(c.status).arg(c.reason)
                << '\n';
        }
        stream.flush();
    });
    QObject::connect(&session, &CaptureSession::rejected, &receiver, [&](const Rejection &r) {
        err << tr("Refused %1 %2 from %3 with %4: %5")
                   .arg(QString::fromLatin1(r.method.isEmpty() ? QByteArray("request") : r.method),
                        QString::fromLatin1(r.target), r.remoteAddress)
                   .arg(r.status)
                   .arg(r.reason)
            << '\n';
        err.flush();
    });
    QObject::connect(&session, &CaptureSession::storeFailed, &receiver, [&](const Error &e) {
        err << tr("error: %1 (%2) Answering 503 so that X retries.").arg(e.message, e.detail)
            << '\n';
        err.flush();
    });

    // Watching for SIGINT/SIGTERM before anything says "Listening": a script that signals as soon
    // as it reads that line must get the orderly stop, not the default kill.
    QEventLoop loop;
    UnixSignalWatcher watcher;
    QObject::connect(&watcher, &UnixSignalWatcher::terminationRequested, &loop,
                     [&](int) { loop.quit(); });

    const auto url = session.start(config, storeOptions);
    if (!url.ok())
        return context.fail(url.error());
    if (!config.bindAddress.isLoopback()) {
        err << tr("warning: listening on %1 makes the responder reachable from other machines; a "
                  "tunnel in front of 127.0.0.1 is the usual setup.")
                   .arg(config.bindAddress.toString())
            << '\n';
    }
    err << tr("Listening on %1 (capture store: %2). Ctrl+C stops.")
               .arg(url.value().toString(),
                    parser.isSet(NoDb) ? tr("none, --no-db") : storeOptions.path)
        << '\n';
    err.flush();
    loop.exec();

    session.stop();
    QCoreApplication::processEvents(); // print the last committed records
    err << tr("Stopped; every acknowledged delivery is in the store.") << '\n';
    return ExitOk;
}
