#include "auth/ProfileSettings.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString ProfilesGroup = QStringLiteral("Profiles");
const QString ActiveKey = QStringLiteral("ProfileSelection/active");
const QString FirstRunKey = QStringLiteral("ProfileSelection/firstRunDone");

QString group(const QString &name)
{
    return ProfilesGroup + u'/' + name;
}

} // namespace

ProfileSettings::ProfileSettings(QSettings &settings)
    : m_settings(settings)
{ }

QStringList ProfileSettings::names() const
{
    m_settings.beginGroup(ProfilesGroup);
    QStringList names = m_settings.childGroups();
    m_settings.endGroup();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) < 0;
    });
    return names;
}

QString ProfileSettings::find(const QString &name) const
{
    for (const QString &existing : names()) {
        if (existing.compare(name, Qt::CaseInsensitive) == 0)
            return existing;
    }
    return {};
}

std::optional<Profile> ProfileSettings::read(const QString &name) const
{
    if (name.isEmpty() || !names().contains(name))
        return std::nullopt;
    Profile p;
    p.name = name;
    m_settings.beginGroup(group(name));
    p.api = ApiFlavours::fromName(m_settings.value(QStringLiteral("api")).toString())
                .value_or(ApiFlavour::V2);
    p.apiBase = m_settings.value(QStringLiteral("apiBase"), p.apiBase).toString();
    p.appId = m_settings.value(QStringLiteral("appId")).toString();
    p.webhookEnvironment = m_settings.value(QStringLiteral("webhookEnvironment")).toString();
    p.sessionOnly = m_settings.value(QStringLiteral("sessionOnly"), false).toBool();
    p.sandbox = m_settings.value(QStringLiteral("sandbox"), false).toBool();
    const QStringList secrets = m_settings.value(QStringLiteral("secrets")).toStringList();
    for (const QString &fieldName : secrets) {
        if (const auto field = Credentials::fieldFromName(fieldName))
            p.setHasSecret(*field, true);
    }
    m_settings.beginGroup(QStringLiteral("responder"));
    p.responder.port = m_settings.value(QStringLiteral("port"), p.responder.port).toInt();
    p.responder.path = m_settings.value(QStringLiteral("path"), p.responder.path).toString();
    p.responder.bindAddress
        = m_settings.value(QStringLiteral("bindAddress"), p.responder.bindAddress).toString();
    p.responder.allowUnsigned
        = m_settings.value(QStringLiteral("allowUnsigned"), p.responder.allowUnsigned).toBool();
    m_settings.endGroup();
    const int count = m_settings.beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        p.accounts << SubscribedAccount {m_settings.value(QStringLiteral("userId")).toString(),
                                         m_settings.value(QStringLiteral("screenName")).toString()};
    }
    m_settings.endArray();
    m_settings.endGroup();
    return p;
}

void ProfileSettings::write(const Profile &profile)
{
    m_settings.remove(group(profile.name));
    m_settings.beginGroup(group(profile.name));
    m_settings.setValue(QStringLiteral("api"), ApiFlavours::name(profile.api));
    m_settings.setValue(QStringLiteral("apiBase"), profile.apiBase);
    m_settings.setValue(QStringLiteral("appId"), profile.appId);
    m_settings.setValue(QStringLiteral("webhookEnvironment"), profile.webhookEnvironment);
    m_settings.setValue(QStringLiteral("sessionOnly"), profile.sessionOnly);
    m_settings.setValue(QStringLiteral("sandbox"), profile.sandbox);
    QStringList secrets;
    if (!profile.sessionOnly) {
        for (Credentials::Field field : profile.secretFields())
            secrets << Credentials::fieldName(field);
    }
    m_settings.setValue(QStringLiteral("secrets"), secrets);
    m_settings.beginGroup(QStringLiteral("responder"));
    m_settings.setValue(QStringLiteral("port"), profile.responder.port);
    m_settings.setValue(QStringLiteral("path"), profile.responder.path);
    m_settings.setValue(QStringLiteral("bindAddress"), profile.responder.bindAddress);
    m_settings.setValue(QStringLiteral("allowUnsigned"), profile.responder.allowUnsigned);
    m_settings.endGroup();
    m_settings.beginWriteArray(QStringLiteral("accounts"), int(profile.accounts.size()));
    for (int i = 0; i < profile.accounts.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("userId"), profile.accounts.at(i).userId);
        m_settings.setValue(QStringLiteral("screenName"), profile.accounts.at(i).screenName);
    }
    m_settings.endArray();
    m_settings.endGroup();
    m_settings.sync();
}

void ProfileSettings::remove(const QString &name)
{
    m_settings.remove(group(name));
    m_settings.sync();
}

QString ProfileSettings::active() const
{
    return m_settings.value(ActiveKey).toString();
}

void ProfileSettings::setActive(const QString &name)
{
    m_settings.setValue(ActiveKey, name);
    m_settings.sync();
}

bool ProfileSettings::firstRunDone() const
{
    return m_settings.value(FirstRunKey, false).toBool();
}

void ProfileSettings::setFirstRunDone()
{
    m_settings.setValue(FirstRunKey, true);
    m_settings.sync();
}
