#include "cli/CliContext.h"

#include "store/StorePaths.h"

#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "util/Blocking.h"

#include <QJsonDocument>
#include <QSettings>

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return ExitUsage;
    case ErrorKind::Config:
    case ErrorKind::Keychain: return ExitConfig;
    case ErrorKind::Network: return ExitNetwork;
    case ErrorKind::XApi: return ExitXError;
    case ErrorKind::Io:
    case ErrorKind::Storage:
    case ErrorKind::Internal: return ExitXError;
    }
    return ExitXError;
}

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

CliContext::~CliContext() = default;

int CliContext::fail(const Error &error)
{
    if (global.json) {
        QJsonObject body {{QStringLiteral("message"), error.message}};
        if (!error.detail.isEmpty())
            body.insert(QStringLiteral("detail"), error.detail);
        if (error.httpStatus)
            body.insert(QStringLiteral("http_status"), error.httpStatus);
        if (!error.code.isEmpty())
            body.insert(QStringLiteral("code"), error.code);
        printJson({{QStringLiteral("error"), body}});
    }
    m_err << "aaconsole-cli";
    if (!commandName.isEmpty())
        m_err << ' ' << commandName;
    m_err << ": " << error.message << '\n';
    if (!error.detail.isEmpty() && error.detail != error.message)
        m_err << "  (" << error.detail << ")\n";
    m_err.flush();
    return exitCodeFor(error.kind);
}

int CliContext::usageError(const QString &message)
{
    const QString help = commandName.isEmpty()
        ? QStringLiteral("aaconsole-cli --help")
        : QStringLiteral("aaconsole-cli %1 --help").arg(commandName);
    return fail(Error(ErrorKind::Usage, tr("%1 (see '%2')").arg(message, help)));
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

ProfileStore &CliContext::profiles()
{
    if (!m_profiles) {
        m_settings = std::make_unique<QSettings>();
        m_keychain = std::make_unique<KeychainCredentialStore>();
        m_profiles = std::make_unique<ProfileStore>(*m_settings, *m_keychain);
        m_profiles->initialize();
    }
    return *m_profiles;
}

Result<QString> CliContext::profileName()
{
    if (global.profile.isEmpty())
        return profiles().activeName();
    const QString stored = profiles().find(global.profile);
    if (stored.isEmpty()) {
        return Error(ErrorKind::Config,
                     tr("There is no profile named \"%1\" (see 'aaconsole-cli profiles list').")
                         .arg(global.profile));
    }
    return stored;
}

Result<Credentials> CliContext::credentials(const QList<Credentials::Field> &fields)
{
    Credentials result = Credentials::fromEnvironment();
    Result<QString> name = profileName();
    if (!name.ok())
        return name.error();
    QList<Credentials::Field> fromProfile;
    for (Credentials::Field field : fields) {
        if (result.value(field).isEmpty())
            fromProfile << field;
    }
    if (fromProfile.isEmpty() || name.value().isEmpty())
        return result;
    Result<Credentials> loaded = waitFor<Result<Credentials>>([&](QObject *ctx, auto done) {
        profiles().loadCredentials(name.value(), fromProfile, ctx, done);
    });
    if (!loaded.ok())
        return loaded.error();
    for (Credentials::Field field : fromProfile)
        result.setValue(field, loaded.value().value(field));
    return result;
}

Error CliContext::missingSecret(Credentials::Field field, const QString &why)
{
    const QString fieldName = Credentials::fieldName(field);
    const QString variable = Credentials::environmentVariable(field);
    const Result<QString> name = profileName();
    if (!name.ok() || name.value().isEmpty()) {
        return Error(ErrorKind::Config,
                     tr("%1 is not set and no profile is selected. %2 Set %1, or create a profile "
                        "('aaconsole-cli profiles add NAME') and store it with 'aaconsole-cli "
                        "profiles set-secret NAME %3'.")
                         .arg(variable, why, fieldName));
    }
    const std::optional<Profile> p = profiles().profile(name.value());
    if (p && p->sessionOnly) {
        return Error(ErrorKind::Config,
                     tr("%1 is not set, and profile \"%2\" keeps its secrets for one GUI session "
                        "only, out of the command line's reach. %3 Set %1, or store the profile's "
                        "secrets in the keychain.")
                         .arg(variable, name.value(), why));
    }
    return Error(ErrorKind::Config,
                 tr("%1 is not set and profile \"%2\" has no %3. %4 Store it with "
                    "'aaconsole-cli profiles set-secret \"%2\" %3' (the value is read from "
                    "stdin), or set %1.")
                     .arg(variable, name.value(), fieldName, why));
}

Result<QString> CliContext::captureDatabase()
{
    const Result<QString> name = profileName();
    if (!name.ok())
        return name.error();
    return StorePaths::captureDatabase(
        name.value().isEmpty() ? QLatin1String(StorePaths::DefaultProfile) : name.value());
}
