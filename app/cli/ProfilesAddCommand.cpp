#include "cli/ProfilesAddCommand.h"

#include "auth/ProfileStore.h"
#include "cli/CliContext.h"
#include "cli/ProfileFormat.h"

#include <QCommandLineParser>

namespace {
const QString AppIdOption = QStringLiteral("app-id");
const QString WebhookEnvOption = QStringLiteral("webhook-env");
} // namespace

QString ProfilesAddCommand::summary() const
{
    return tr("Add a profile (no secrets yet); --api and --api-base set its API.");
}

QString ProfilesAddCommand::details() const
{
    return tr("Options: --app-id ID, --webhook-env LABEL (v1.1 environment).");
}

void ProfilesAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        QCommandLineOption(AppIdOption, tr("profiles add: the X app's id."), QStringLiteral("id")));
    parser.addOption(QCommandLineOption(WebhookEnvOption,
                                        tr("profiles add: the v1.1 webhook environment label."),
                                        QStringLiteral("label")));
}

int ProfilesAddCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = argumentsOf(parser);
    if (const int code = checkArguments(context, args, {QStringLiteral("NAME")}); code >= 0)
        return code;
    Profile p;
    p.name = args.first();
    if (!context.global.api.isEmpty())
        p.api = *ApiFlavours::fromName(context.global.api); // CliApplication validated it
    if (!context.global.apiBase.isEmpty())
        p.apiBase = context.global.apiBase;
    p.appId = parser.value(AppIdOption);
    p.webhookEnvironment = parser.value(WebhookEnvOption);
    ProfileStore &store = context.profiles();
    if (const auto added = store.add(p); !added.ok())
        return context.fail(added.error());

    if (context.global.json) {
        context.printJson(ProfileFormat::toJson(*store.profile(p.name)));
    } else {
        context.out() << tr("Added profile \"%1\" (%2 at %3).")
                             .arg(p.name, ApiFlavours::name(p.api), p.apiBase)
                      << '\n'
                      << tr("Store its secrets with: aaconsole-cli profiles set-secret \"%1\" "
                            "FIELD < file, or import them: aaconsole-cli profiles import-env "
                            "\"%1\" .env")
                             .arg(p.name)
                      << '\n';
    }
    return ExitOk;
}
