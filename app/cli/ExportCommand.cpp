#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "events/RecordJson.h"
#include "store/CaptureReader.h"
#include "store/StorePaths.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace {
const QString Db = QStringLiteral("db");
const QString Format = QStringLiteral("format");
const QString Out = QStringLiteral("out");
const QString WithDelivery = QStringLiteral("with-delivery");
} // namespace

QString ExportCommand::summary() const
{
    return tr("Write the captured event records as NDJSON (one JSON record per line).");
}

QString ExportCommand::details() const
{
    return tr(
        "Records come in seq order, in the format of `listen --ndjson`. With --out the file "
        "is written completely or not at all (an existing file is replaced only on success).");
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {Db, tr("Capture store file (default: the profile's store)."), QStringLiteral("file")},
        {Format, tr("Output format: ndjson."), QStringLiteral("format"), QStringLiteral("ndjson")},
        {Out, tr("Write to <file> instead of stdout."), QStringLiteral("file")},
        {WithDelivery, tr("Include each delivery's headers and raw body.")},
    });
}

int ExportCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("export takes no arguments"));
    if (parser.value(Format) != u"ndjson")
        return context.usageError(tr("--format: only ndjson is supported"));

    QString path = parser.value(Db);
    if (path.isEmpty()) {
        const Result<QString> database = context.captureDatabase();
        if (!database.ok())
            return context.fail(database.error());
        path = database.value();
    }
    auto reader = CaptureReader::open(path);
    if (!reader.ok())
        return context.fail(reader.error());

    QSaveFile file;
    QFile stdoutFile;
    QIODevice *sink = nullptr;
    if (parser.isSet(Out)) {
        file.setFileName(parser.value(Out));
        if (!file.open(QIODevice::WriteOnly)) {
            return context.fail(Error(
                ErrorKind::Io, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString())));
        }
        sink = &file;
    } else {
        context.out().flush();
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return context.fail(Error(ErrorKind::Io, tr("Cannot write to stdout.")));
        sink = &stdoutFile;
    }

    const bool withDelivery = parser.isSet(WithDelivery);
    qint64 count = 0;
    bool writeFailed = false;
    std::optional<Delivery> lastDelivery;
    const auto visited
        = reader.value()->forEachEvent([&](const EventRecord &record, const QByteArray &body) {
              const Delivery *delivery = nullptr;
              if (withDelivery) {
                  if (!lastDelivery || lastDelivery->id != record.deliveryId) {
                      auto loaded = reader.value()->delivery(record.deliveryId);
                      lastDelivery = loaded.ok() ? loaded.value() : std::nullopt;
                  }
                  delivery = lastDelivery ? &*lastDelivery : nullptr;
              }
              const QByteArray line = RecordJson::line(record, body, delivery) + '\n';
              if (sink->write(line) != line.size()) {
                  writeFailed = true;
                  return false;
              }
              ++count;
              return true;
          });
    if (!visited.ok())
        return context.fail(visited.error());
    if (writeFailed || (parser.isSet(Out) && !file.commit())) {
        return context.fail(Error(ErrorKind::Io,
                                  tr("Writing the export failed after %1 records: %2 (nothing was "
                                     "replaced).")
                                      .arg(count)
                                      .arg(sink->errorString())));
    }
    stdoutFile.flush();
    context.err() << tr("Exported %1 records from %2.").arg(count).arg(path) << '\n';
    return ExitOk;
}
