#include "cli/LogCommand.h"

#include "cli/CliContext.h"
#include "store/ApiCallLog.h"
#include "store/StorePaths.h"
#include "xapi/CurlRenderer.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QString LastName = u"last"_s;
const QString CurlName = u"curl"_s;
const int DefaultLast = 20;
} // namespace

QString LogCommand::summary() const
{
    return tr("List the API calls made with this profile, or print one as a curl command.");
}

QString LogCommand::details() const
{
    return tr("Every call to X is recorded in the profile's capture store with its time, method, "
              "URL, status, duration, rate-limit headers, headers and bodies; credentials are "
              "never stored.\n"
              "--curl ID prints the call as a curl command whose credentials are $X_BEARER_TOKEN, "
              "$X_CONSUMER_KEY, $X_ACCESS_TOKEN placeholders (an OAuth 1.0a signature is "
              "single-use and must be made again).\n"
              "--json prints {\"calls\":[…]} or {\"id\",\"curl\"}.");
}

void LogCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({
        QCommandLineOption(LastName, tr("Show the newest <n> calls (default %1).").arg(DefaultLast),
                           u"n"_s),
        QCommandLineOption(CurlName, tr("Print call <id> as a curl command."), u"id"_s),
    });
}

int LogCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("too many arguments"));
    if (parser.isSet(LastName) && parser.isSet(CurlName))
        return context.usageError(tr("--last and --curl cannot be combined"));
    int last = DefaultLast;
    if (parser.isSet(LastName)) {
        bool ok = false;
        last = parser.value(LastName).toInt(&ok);
        if (!ok || last < 1)
            return context.usageError(tr("--last must be a positive number"));
    }
    qint64 id = 0;
    if (parser.isSet(CurlName)) {
        bool ok = false;
        id = parser.value(CurlName).toLongLong(&ok);
        if (!ok || id < 1)
            return context.usageError(tr("--curl needs the numeric id of a call (see 'log')"));
    }

    const Result<QString> database = context.captureDatabase();
    if (!database.ok())
        return context.fail(database.error());
    ApiCallLog log;
    if (const auto opened = log.open(database.value()); !opened.ok())
        return context.fail(opened.error());

    if (id > 0) {
        const auto call = log.find(id);
        if (!call.ok())
            return context.fail(call.error());
        const QString curl = CurlRenderer::render(call.value());
        if (context.global.json)
            context.printJson({{u"id"_s, id}, {u"curl"_s, curl}});
        else
            context.out() << curl << '\n';
        return ExitOk;
    }

    const auto calls = log.last(last);
    if (!calls.ok())
        return context.fail(calls.error());
    if (context.global.json) {
        QJsonArray list;
        for (const ApiCallRecord &call : calls.value())
            list.append(call.summaryJson());
        context.printJson({{u"calls"_s, list}});
        return ExitOk;
    }
    if (calls.value().isEmpty())
        context.out() << tr("No API calls have been logged for this profile yet.") << '\n';
    for (const ApiCallRecord &call : calls.value()) {
        QString rate;
        if (call.rateLimit.remaining >= 0)
            rate = u"  rate "_s + QString::number(call.rateLimit.remaining) + u'/'
                + QString::number(call.rateLimit.limit);
        context.out() << QString::number(call.id).rightJustified(5) << "  "
                      << call.startedAt.toUTC().toString(Qt::ISODate) << "  "
                      << QString::fromLatin1(call.method).leftJustified(6) << ' '
                      << (call.status ? QString::number(call.status) : u"---"_s) << ' '
                      << QString::number(call.durationMs).rightJustified(6) << " ms  " << call.url
                      << rate << '\n';
        if (!call.error.isEmpty())
            context.out() << "       " << call.error << '\n';
    }
    return ExitOk;
}
