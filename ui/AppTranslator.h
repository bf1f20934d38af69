#pragma once

#include <QLocale>

class QCoreApplication;

//! Loads the catalogue for `locale` (the system locale at start) from :/i18n, falling back to
//! English, plus Qt's own translations; installs both on `app`. Returns the language loaded
//! ("de", "en") or an empty string when none was found.
QString installAppTranslators(QCoreApplication &app, const QLocale &locale = QLocale());
