#include "cli/ExportCommand.h"

#include "cli/CliContext.h"
#include "events/EventFilter.h"
#include "store/CaptureReader.h"
#include "store/RecordExport.h"
#include "store/StorePaths.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

namespace {
const QString Db = QStringLiteral("db");
const QString Filter = QStringLiteral("filter");
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
        "is written completely or not at all (an existing file is replaced only on success).\n"
        "--filter takes the event table's filter language, for example:\n"
        "  type == favorite_events and user == 2244994945\n"
        "  sig != valid        dup        dm or follow\n"
        "  $.favorited_status.user.screen_name == \"XDevelopers\"\n"
        "Fields: type action source id user actor target sig dup text time seq delivery and "
        "$.json.paths; operators == != contains matches < > <= >=, and or not ( ).");
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        {Db, tr("Capture store file (default: the profile's store)."), QStringLiteral("file")},
        {Filter, tr("Only records that match <filter> (the event table's filter language)."),
         QStringLiteral("filter")},
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

    std::optional<EventFilter> filter;
    if (parser.isSet(Filter)) {
        auto parsed = EventFilter::parse(parser.value(Filter));
        if (!parsed.ok())
            return context.usageError(tr("--filter: %1").arg(parsed.error().message));
        filter = parsed.takeValue();
    }

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

    RecordExport::Options options;
    options.withDelivery = parser.isSet(WithDelivery);
    options.filter = filter ? &*filter : nullptr;
    const Result<qint64> written = RecordExport::write(*reader.value(), *sink, options);
    if (!written.ok())
        return context.fail(written.error());
    if (parser.isSet(Out) && !file.commit()) {
        return context.fail(Error(
            ErrorKind::Io,
            tr("Writing the export failed: %1 (nothing was replaced).").arg(file.errorString())));
    }
    const qint64 count = written.value();
    stdoutFile.flush();
    context.err() << tr("Exported %1 records from %2.").arg(count).arg(path) << '\n';
    return ExitOk;
}
