#include "cli/ProfilesSetSecretCommand.h"

#include "auth/ProfileStore.h"
#include "cli/CliContext.h"
#include "cli/SecretInput.h"
#include "util/Blocking.h"

namespace {

QString fieldList()
{
    QStringList names;
    for (Credentials::Field field : Credentials::AllFields)
        names << Credentials::fieldName(field);
    return names.join(u", ");
}

} // namespace

QString ProfilesSetSecretCommand::summary() const
{
    return tr("Store secret FIELD of a profile in the keychain; the value is read from stdin.");
}

QString ProfilesSetSecretCommand::details() const
{
    return tr("FIELD: %1. Pipe the value in (… < file); on a terminal it is asked for with "
              "echo off.")
        .arg(fieldList());
}

int ProfilesSetSecretCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = argumentsOf(parser);
    if (const int code
        = checkArguments(context, args, {QStringLiteral("NAME"), QStringLiteral("FIELD")});
        code >= 0)
        return code;
    const std::optional<Credentials::Field> field = Credentials::fieldFromName(args.at(1));
    if (!field) {
        return context.usageError(
            tr("unknown FIELD '%1'; it is one of: %2").arg(args.at(1), fieldList()));
    }
    ProfileStore &store = context.profiles();
    const std::optional<Profile> p = store.profile(args.at(0));
    if (!p) {
        return context.fail(Error(ErrorKind::Config,
                                  tr("There is no profile named \"%1\" (see 'aaconsole-cli "
                                     "profiles list').")
                                      .arg(args.at(0))));
    }
    if (p->sessionOnly) {
        return context.fail(Error(ErrorKind::Config,
                                  tr("Profile \"%1\" keeps its secrets for one GUI session only; "
                                     "a value stored from the command line would be lost at once. "
                                     "Set it in the GUI, or store the profile's secrets in the "
                                     "keychain there first.")
                                      .arg(p->name)));
    }
    const Result<QString> value
        = SecretInput::read(context.err(), tr("%1 of profile \"%2\"").arg(args.at(1), p->name));
    if (!value.ok())
        return context.fail(value.error());

    Credentials credentials;
    credentials.setValue(*field, value.value());
    const auto stored = waitFor<Result<void>>(
        [&](QObject *ctx, auto done) { store.setSecrets(p->name, credentials, ctx, done); });
    if (!stored.ok())
        return context.fail(stored.error());

    const QString location = store.secretsLocation(*p);
    if (context.global.json) {
        context.printJson({{QStringLiteral("profile"), p->name},
                           {QStringLiteral("field"), args.at(1)},
                           {QStringLiteral("length"), qint64(value.value().size())},
                           {QStringLiteral("stored_in"), location}});
    } else {
        context.out() << tr("Stored %1 of profile \"%2\" (%3 chars) in: %4")
                             .arg(args.at(1), p->name)
                             .arg(value.value().size())
                             .arg(location)
                      << '\n';
    }
    const QString variable = Credentials::environmentVariable(*field);
    if (!qEnvironmentVariableIsEmpty(variable.toLatin1().constData())) {
        context.err() << tr("Note: %1 is set in this environment and overrides the stored value "
                            "while it is.")
                             .arg(variable)
                      << '\n';
    }
    return ExitOk;
}
