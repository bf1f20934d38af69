#include "cli/CliApplication.h"

#include "cli/CliContext.h"
#include "cli/Command.h"
#include "cli/CrcCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ListenCommand.h"
#include "cli/LogCommand.h"
#include "cli/ProfilesCommand.h"
#include "cli/ReplayCommand.h"
#include "cli/SandboxCommand.h"
#include "cli/SignCommand.h"
#include "cli/SigninCommand.h"
#include "cli/SubscriptionsCommand.h"
#include "cli/WebhooksCommand.h"
#include "cli/WhoamiCommand.h"
#include "util/LogOutput.h"
#include "util/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {

const QString HelpName = QStringLiteral("help");
const QString VersionName = QStringLiteral("version");
const QString ProfileName = QStringLiteral("profile");
const QString ApiBaseName = QStringLiteral("api-base");
const QString ApiName = QStringLiteral("api");
const QString JsonName = QStringLiteral("json");
const QString LogFileName = QStringLiteral("log-file");
const QString LogLevelName = QStringLiteral("log-level");

} // namespace

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<CrcCommand>());
    m_commands.push_back(std::make_unique<SignCommand>());
    m_commands.push_back(std::make_unique<ListenCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<WebhooksCommand>());
    m_commands.push_back(std::make_unique<SubscriptionsCommand>());
    m_commands.push_back(std::make_unique<ReplayCommand>());
    m_commands.push_back(std::make_unique<WhoamiCommand>());
    m_commands.push_back(std::make_unique<SigninCommand>());
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<ProfilesCommand>());
    m_commands.push_back(std::make_unique<SandboxCommand>());

    m_globalOptions = {
        QCommandLineOption(ProfileName, tr("Use the credentials and settings of profile <name>."),
                           QStringLiteral("name")),
        QCommandLineOption(ApiBaseName,
                           tr("Base URL of the X API (default https://api.x.com; the Sandbox "
                              "prints its own)."),
                           QStringLiteral("url")),
        QCommandLineOption(ApiName, tr("API flavour: v2 (default) or v1.1 (Enterprise)."),
                           QStringLiteral("flavour")),
        QCommandLineOption(JsonName, tr("Machine output: JSON on stdout, diagnostics on stderr.")),
        QCommandLineOption(LogFileName,
                           tr("Also write the log to <file> (secrets are never logged)."),
                           QStringLiteral("file")),
        QCommandLineOption(LogLevelName,
                           tr("Log level on stderr and in the log file: debug, info or warning "
                              "(default: warning)."),
                           QStringLiteral("level")),
        QCommandLineOption({QStringLiteral("h"), HelpName}, tr("Show help and exit.")),
        QCommandLineOption(VersionName, tr("Show the version and exit.")),
    };
}

CliApplication::~CliApplication() = default;

Command *CliApplication::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CliContext context(out, err);
    QStringList args = arguments.mid(1);

    // The command is the first word that is neither an option nor the value of a global option.
    qsizetype commandIndex = -1;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--") {
            break;
        }
        if (!arg.startsWith(u'-')) {
            commandIndex = i;
            break;
        }
        const QString optionName = arg.mid(arg.startsWith(u"--") ? 2 : 1).section(u'=', 0, 0);
        for (const QCommandLineOption &option : std::as_const(m_globalOptions)) {
            if (option.names().contains(optionName) && !option.valueName().isEmpty()
                && !arg.contains(u'=')) {
                ++i; // skip the option's value
                break;
            }
        }
    }

    if (commandIndex < 0) {
        if (args.contains(QStringLiteral("--version"))) {
            out << "aaconsole-cli " << AACONSOLE_VERSION << " (Qt " << qVersion() << ")\n";
            return ExitOk;
        }
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
            out << generalHelp();
            return ExitOk;
        }
        if (args.isEmpty()) {
            err << generalHelp();
            return ExitUsage;
        }
        return context.usageError(tr("no command given"));
    }

    const QString name = args.takeAt(commandIndex);
    Command *command = find(name);
    if (!command)
        return context.usageError(tr("unknown command '%1'").arg(name));
    context.commandName = name;

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(m_globalOptions);
    command->addOptions(parser);
    if (!parser.parse(QStringList {arguments.first()} + args))
        return context.usageError(parser.errorText());

    if (parser.isSet(HelpName)) {
        const QString optionsText = parser.helpText().section(u'\n', 2); // drop Usage + blank line
        out << commandHelp(*command, optionsText);
        return ExitOk;
    }

    context.global.profile = parser.value(ProfileName);
    context.global.apiBase = parser.value(ApiBaseName);
    context.global.api = parser.value(ApiName);
    if (!context.global.api.isEmpty() && context.global.api != u"v2"
        && context.global.api != u"v1.1")
        return context.usageError(tr("--api must be v2 or v1.1"));
    context.global.json = parser.isSet(JsonName);
    context.global.logFile = parser.value(LogFileName);
    if (parser.isSet(LogLevelName)) {
        const auto level = parseLogLevel(parser.value(LogLevelName));
        if (!level)
            return context.usageError(tr("--log-level must be debug, info or warning"));
        context.global.logLevel = *level;
    }
    const auto logged = installLogOutput({context.global.logLevel, context.global.logFile, true});
    if (!logged.ok())
        return context.fail(logged.error());

    const int code = command->run(context, parser);
    out.flush();
    err.flush();
    return code;
}

QString CliApplication::generalHelp() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: aaconsole-cli [global options] COMMAND [options] [arguments]") << "\n\n"
      << tr("Account Activity Console %1: the command-line half of the developer console for X's "
            "Account Activity webhooks.")
             .arg(QLatin1String(AACONSOLE_VERSION))
      << "\n\n"
      << tr("Commands:") << '\n';
    for (const auto &command : m_commands) {
        const QString head = command->name() + u' ' + command->arguments();
        if (head.size() > 24) // long argument lists get their own line
            s << "  " << head << '\n' << QString(27, u' ') << command->summary() << '\n';
        else
            s << "  " << head.leftJustified(24) << ' ' << command->summary() << '\n';
    }
    s << '\n' << tr("Global options (before or after the command):") << '\n';
    for (const QCommandLineOption &option : m_globalOptions) {
        QStringList names;
        for (const QString &n : option.names())
            names << (n.size() == 1 ? QString(u'-' + n) : QString(u"--" + n));
        QString head = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            head += u" <" + option.valueName() + u'>';
        s << "  " << head.leftJustified(24) << ' ' << option.description() << '\n';
    }
    s << '\n'
      << tr("Credentials come from the profile (--profile NAME, else the active one; see "
            "'aaconsole-cli profiles --help'), kept in the OS keychain. The environment variables "
            "X_CONSUMER_KEY, X_CONSUMER_SECRET, X_BEARER_TOKEN, X_ACCESS_TOKEN and "
            "X_ACCESS_TOKEN_SECRET override them field by field.")
      << '\n'
      << tr("Exit codes: 0 ok, 1 X answered with an error, 2 usage, 3 credentials or "
            "configuration, 4 network.")
      << '\n'
      << tr("Run 'aaconsole-cli COMMAND --help' for the options of a command.") << '\n';
    return text;
}

QString CliApplication::commandHelp(const Command &command, const QString &optionsText) const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: aaconsole-cli %1 [options] %2").arg(command.name(), command.arguments())
      << "\n\n"
      << command.summary() << '\n';
    if (!command.details().isEmpty())
        s << '\n' << command.details() << '\n';
    s << '\n' << optionsText;
    return text;
}
