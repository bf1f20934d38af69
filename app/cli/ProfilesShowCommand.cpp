#include "cli/ProfilesShowCommand.h"

#include "auth/ProfileStore.h"
#include "cli/CliContext.h"
#include "cli/ProfileFormat.h"
#include "util/Blocking.h"

#include <QDir>
#include <QJsonArray>

QString ProfilesShowCommand::summary() const
{
    return tr("Show a profile (default: --profile or the active one); secrets appear as \"set "
              "(N chars)\", never as values.");
}

int ProfilesShowCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = argumentsOf(parser);
    if (args.size() > 1)
        return context.usageError(tr("too many arguments"));
    if (!args.isEmpty())
        context.global.profile = args.first();
    const Result<QString> name = context.profileName();
    if (!name.ok())
        return context.fail(name.error());
    if (name.value().isEmpty()) {
        return context.fail(Error(ErrorKind::Config,
                                  tr("No profile is active. Name one: aaconsole-cli profiles show "
                                     "NAME")));
    }
    ProfileStore &store = context.profiles();
    const Profile p = *store.profile(name.value());
    const Result<Credentials> loaded = waitFor<Result<Credentials>>(
        [&](QObject *ctx, auto done) { store.loadCredentials(p.name, {}, ctx, done); });
    const std::optional<Credentials> values
        = loaded.ok() ? std::optional<Credentials>(loaded.value()) : std::nullopt;
    const bool active = store.activeName() == p.name;
    const QString dataDir = QDir::toNativeSeparators(ProfileStore::dataDirectory(p.name));

    if (context.global.json) {
        QJsonObject o = ProfileFormat::toJson(p);
        o.insert(QStringLiteral("active"), active);
        o.insert(QStringLiteral("secrets_location"), store.secretsLocation(p));
        o.insert(QStringLiteral("data_directory"), dataDir);
        QJsonObject secrets;
        for (Credentials::Field field : Credentials::AllFields) {
            secrets.insert(
                Credentials::fieldName(field),
                ProfileFormat::toJson(ProfileFormat::secretState(p, field, values), field));
        }
        o.insert(QStringLiteral("secrets"), secrets);
        if (!loaded.ok())
            o.insert(QStringLiteral("secrets_error"), loaded.error().message);
        context.printJson(o);
    } else {
        QTextStream &out = context.out();
        out << (active ? tr("Profile:             %1 (active)") : tr("Profile:             %1"))
                   .arg(p.name)
            << '\n'
            << tr("API:                 %1 at %2").arg(ApiFlavours::name(p.api), p.apiBase) << '\n'
            << tr("App id:              %1").arg(p.appId.isEmpty() ? tr("(none)") : p.appId)
            << '\n';
        if (!p.webhookEnvironment.isEmpty())
            out << tr("Webhook environment: %1").arg(p.webhookEnvironment) << '\n';
        out << tr("Responder:           http://%1:%2%3, %4")
                   .arg(p.responder.bindAddress)
                   .arg(p.responder.port)
                   .arg(p.responder.path,
                        p.responder.allowUnsigned ? tr("unsigned events accepted")
                                                  : tr("unsigned events rejected (401)"))
            << '\n'
            << tr("Data directory:      %1").arg(dataDir) << '\n'
            << tr("Secrets, stored in:  %1").arg(store.secretsLocation(p)) << '\n';
        for (Credentials::Field field : Credentials::AllFields) {
            out << "  " << Credentials::fieldName(field).leftJustified(20) << ' '
                << ProfileFormat::describe(ProfileFormat::secretState(p, field, values), field)
                << '\n';
        }
        out << (p.accounts.isEmpty() ? tr("Subscribed accounts: none") : tr("Subscribed accounts:"))
            << '\n';
        for (const SubscribedAccount &a : p.accounts)
            out << "  @" << a.screenName << " (" << a.userId << ")\n";
        out.flush();
    }
    if (!loaded.ok()) {
        context.err() << "aaconsole-cli profiles show: " << loaded.error().message << '\n';
        return exitCodeFor(loaded.error().kind);
    }
    return ExitOk;
}
