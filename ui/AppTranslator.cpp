#include "AppTranslator.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QString installAppTranslators(QCoreApplication &app, const QLocale &locale)
{
    // Parented to the application: translators must live as long as it does.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }

    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("aaconsole"), QStringLiteral("_"),
                            QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral("aaconsole_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(appTranslator);
        return appTranslator->language().section(u'_', 0, 0);
    }
    qCWarning(lcUi) << "no translation catalogue found for" << locale.name();
    return {};
}
