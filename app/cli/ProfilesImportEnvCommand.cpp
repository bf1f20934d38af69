#include "cli/ProfilesImportEnvCommand.h"

#include "auth/EnvImport.h"
#include "auth/ProfileStore.h"
#include "cli/CliContext.h"
#include "util/Blocking.h"

#include <QJsonArray>

namespace {

QStringList fieldNames(const QList<Credentials::Field> &fields)
{
    QStringList names;
    for (Credentials::Field field : fields)
        names << Credentials::fieldName(field);
    return names;
}

} // namespace

QString ProfilesImportEnvCommand::summary() const
{
    return tr("Import the secrets of a .env file into a profile (created when missing).");
}

QString ProfilesImportEnvCommand::details() const
{
    return tr("Recognises TWITTER_CONSUMER_KEY, TWITTER_CONSUMER_SECRET, TWITTER_ACCESS_TOKEN, "
              "TWITTER_ACCESS_TOKEN_SECRET, TWITTER_BEARER_TOKEN, TWITTER_WEBHOOK_ENV and the same "
              "names with X_ or no prefix (CONSUMER_KEY, …), plus X_API_KEY-style aliases.");
}

int ProfilesImportEnvCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = argumentsOf(parser);
    if (const int code
        = checkArguments(context, args, {QStringLiteral("NAME"), QStringLiteral("FILE")});
        code >= 0)
        return code;
    const QString &file = args.at(1);
    const Result<EnvImport> read = EnvImport::fromFile(file);
    if (!read.ok())
        return context.fail(read.error());
    const EnvImport &import = read.value();
    if (import.isEmpty()) {
        return context.usageError(tr("'%1' holds no variable aaconsole recognises (such as "
                                     "TWITTER_CONSUMER_KEY or X_CONSUMER_SECRET)")
                                      .arg(file));
    }

    ProfileStore &store = context.profiles();
    std::optional<Profile> p = store.profile(args.at(0));
    const bool created = !p;
    if (created) {
        Profile fresh;
        fresh.name = args.at(0);
        if (!context.global.api.isEmpty())
            fresh.api = *ApiFlavours::fromName(context.global.api);
        if (!context.global.apiBase.isEmpty())
            fresh.apiBase = context.global.apiBase;
        if (const auto added = store.add(fresh); !added.ok())
            return context.fail(added.error());
        p = store.profile(fresh.name);
    } else if (p->sessionOnly) {
        return context.fail(Error(ErrorKind::Config,
                                  tr("Profile \"%1\" keeps its secrets for one GUI session only; "
                                     "import the file in the GUI instead.")
                                      .arg(p->name)));
    }
    if (!import.appId.isEmpty())
        p->appId = import.appId;
    if (!import.webhookEnvironment.isEmpty())
        p->webhookEnvironment = import.webhookEnvironment;
    if (const auto updated = store.update(*p); !updated.ok())
        return context.fail(updated.error());
    const auto stored = waitFor<Result<void>>(
        [&](QObject *ctx, auto done) { store.setSecrets(p->name, import.credentials, ctx, done); });
    if (!stored.ok())
        return context.fail(stored.error());

    const QStringList imported = fieldNames(import.fields());
    const QString location = store.secretsLocation(*p);
    const QString advice = tr("%1 still holds these secrets in plain text. Now that they are in "
                              "the keychain, delete it, for example: shred -u %1")
                               .arg(file);
    if (context.global.json) {
        context.printJson({
            {QStringLiteral("profile"), p->name},
            {QStringLiteral("created"), created},
            {QStringLiteral("imported"), QJsonArray::fromStringList(imported)},
            {QStringLiteral("variables"), QJsonArray::fromStringList(import.usedNames)},
            {QStringLiteral("ignored"), QJsonArray::fromStringList(import.ignoredNames)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(import.notes)},
            {QStringLiteral("webhook_environment"), p->webhookEnvironment},
            {QStringLiteral("app_id"), p->appId},
            {QStringLiteral("stored_in"), location},
            {QStringLiteral("advice"), advice},
        });
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << (created ? tr("Created profile \"%1\".").arg(p->name) + u'\n' : QString());
    if (!imported.isEmpty()) {
        out << tr("Imported %1 into profile \"%2\", stored in: %3")
                   .arg(imported.join(u", "), p->name, location)
            << '\n';
    }
    if (!import.webhookEnvironment.isEmpty())
        out << tr("Webhook environment: %1").arg(import.webhookEnvironment) << '\n';
    if (!import.appId.isEmpty())
        out << tr("App id: %1").arg(import.appId) << '\n';
    if (!import.ignoredNames.isEmpty())
        out << tr("Not recognised, ignored: %1").arg(import.ignoredNames.join(u", ")) << '\n';
    for (const QString &note : import.notes)
        out << note << '\n';
    out << advice << '\n';
    return ExitOk;
}
