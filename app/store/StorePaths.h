#pragma once

#include <QString>

namespace StorePaths {

//! The profile used until profiles exist, and when none is selected.
inline constexpr char DefaultProfile[] = "default";

//! The capture store of a profile: <AppDataLocation>/profiles/<profile>/capture.db. The directory
//! is created (0700) when missing. Profile names are percent-encoded, so any name is a safe path
//! part.
QString captureDatabase(const QString &profile = QLatin1String(DefaultProfile));

//! The directory that holds everything stored for `profile` (its capture database, …); not created
//! here. Renaming a profile moves it, deleting a profile may delete it.
QString profileDirectory(const QString &profile);

} // namespace StorePaths
