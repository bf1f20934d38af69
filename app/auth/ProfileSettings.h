#pragma once

#include "auth/Profile.h"

#include <QStringList>

#include <optional>

class QSettings;

//! The non-secret half of the profiles in QSettings: one group per profile under "Profiles/",
//! plus the active profile and the first-run marker under "ProfileSelection/". Secret values are
//! never written here — only which fields are set (and not even that for session-only profiles,
//! whose secrets do not outlive the process).
class ProfileSettings
{
public:
    explicit ProfileSettings(QSettings &settings);

    //! Sorted case-insensitively.
    QStringList names() const;
    //! The stored spelling of `name`, matched case-insensitively; empty when there is none.
    QString find(const QString &name) const;
    std::optional<Profile> read(const QString &name) const;
    //! Replaces the stored group of `profile.name`.
    void write(const Profile &profile);
    void remove(const QString &name);

    QString active() const;
    void setActive(const QString &name);
    bool firstRunDone() const;
    void setFirstRunDone();

private:
    QSettings &m_settings;
};
