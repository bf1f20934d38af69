#include "auth/Profile.h"

#include "sandbox/SandboxDefaults.h"

#include <QHostAddress>
#include <QUrl>

namespace {

unsigned bit(Credentials::Field field)
{
    return 1u << unsigned(field);
}

} // namespace

bool Profile::hasSecret(Credentials::Field field) const
{
    return m_secretMask & bit(field);
}

void Profile::setHasSecret(Credentials::Field field, bool set)
{
    if (set)
        m_secretMask |= bit(field);
    else
        m_secretMask &= ~bit(field);
}

QList<Credentials::Field> Profile::secretFields() const
{
    QList<Credentials::Field> fields;
    for (Credentials::Field field : Credentials::AllFields) {
        if (hasSecret(field))
            fields << field;
    }
    return fields;
}

QString Profile::builtinSecret(Credentials::Field field) const
{
    if (!sandbox)
        return {};
    switch (field) {
    case Credentials::Field::ConsumerKey: return QLatin1String(SandboxDefaults::ConsumerKey);
    case Credentials::Field::ConsumerSecret: return QLatin1String(SandboxDefaults::ConsumerSecret);
    case Credentials::Field::BearerToken: return QLatin1String(SandboxDefaults::BearerToken);
    case Credentials::Field::AccessToken: return QLatin1String(SandboxDefaults::AccessToken);
    case Credentials::Field::AccessTokenSecret:
        return QLatin1String(SandboxDefaults::AccessTokenSecret);
    }
    return {};
}

std::optional<SubscribedAccount> Profile::account(const QString &userId) const
{
    for (const SubscribedAccount &a : accounts) {
        if (a.userId == userId)
            return a;
    }
    return std::nullopt;
}

Result<void> Profile::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error(ErrorKind::Usage, tr("A profile name must not be empty."));
    if (name.size() > MaximumNameLength) {
        return Error(ErrorKind::Usage,
                     tr("A profile name is at most %1 characters long.").arg(MaximumNameLength));
    }
    if (name != name.trimmed())
        return Error(ErrorKind::Usage, tr("A profile name must not start or end with a space."));
    if (name == u"." || name == u"..")
        return Error(ErrorKind::Usage, tr("\"%1\" cannot be a profile name.").arg(name));
    for (QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control) {
            return Error(ErrorKind::Usage,
                         tr("A profile name must not contain '/', '\\' or control characters."));
        }
    }
    return {};
}

Result<void> Profile::validate() const
{
    if (auto named = validateName(name); !named.ok())
        return named;
    const QUrl base(apiBase);
    if (!base.isValid() || (base.scheme() != u"https" && base.scheme() != u"http")
        || base.host().isEmpty()) {
        return Error(ErrorKind::Usage,
                     tr("The API base URL must be an http or https URL such as %1, not \"%2\".")
                         .arg(QLatin1String(DefaultApiBase), apiBase));
    }
    // 0 asks for any free port: useful for automation, though a tunnel needs a fixed one.
    if (responder.port < 0 || responder.port > 65535)
        return Error(ErrorKind::Usage,
                     tr("The responder port must be between 0 (any free port) and 65535."));
    if (!responder.path.startsWith(u'/'))
        return Error(ErrorKind::Usage, tr("The responder path must start with '/'."));
    if (QHostAddress(responder.bindAddress).isNull()) {
        return Error(ErrorKind::Usage,
                     tr("The bind address must be an IP address such as 127.0.0.1, not \"%1\".")
                         .arg(responder.bindAddress));
    }
    return {};
}

Profile Profile::sandboxProfile()
{
    Profile profile;
    profile.name = QLatin1String(SandboxDefaults::ProfileName);
    profile.sandbox = true;
    profile.apiBase = QLatin1String(SandboxDefaults::BaseUrl);
    profile.appId = QLatin1String(SandboxDefaults::AppId);
    profile.responder.port = SandboxDefaults::ResponderPort;
    return profile;
}
