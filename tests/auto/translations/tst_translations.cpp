// The GUI loads the catalogue of the system locale from the embedded :/i18n resources.
#include "AppTranslator.h"
#include "MainWindow.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanLocaleLoadsGermanCatalogue();
    void unknownLocaleFallsBackToEnglish();
};

void TestTranslations::germanLocaleLoadsGermanCatalogue()
{
    QCOMPARE(installAppTranslators(*qApp, QLocale(QLocale::German, QLocale::Germany)), u"de"_s);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    MemoryCredentialStore keychain;
    ProfileStore profiles(settings, keychain);
    MainWindow window(settings, profiles);
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList {u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
    QStringList labels;
    for (QLabel *label : window.findChildren<QLabel *>())
        labels << label->text();
    QVERIFY2(labels.contains(u"&Profil:"_s), qPrintable(labels.join(u", "_s)));
    for (QTranslator *t : qApp->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(t);
}

void TestTranslations::unknownLocaleFallsBackToEnglish()
{
    QCOMPARE(installAppTranslators(*qApp, QLocale(QLocale::Swahili)), u"en"_s);
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
