// The GUI's entry point: composes aacore and aaui, nothing else.
#include "AppTranslator.h"
#include "MainWindow.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/ProfileStore.h"
#include "auth/SecretServiceProvider.h"
#include "store/ApiCallLog.h"
#include "util/LogOutput.h"
#include "util/Version.h"
#include "xapi/ApiCredentialCheck.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("aaconsole"));
    QApplication::setApplicationName(QStringLiteral("aaconsole"));
    QApplication::setApplicationDisplayName(QStringLiteral(AACONSOLE_NAME));
    QApplication::setApplicationVersion(QStringLiteral(AACONSOLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("aaconsole"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aaconsole.png")));
    installAppTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Account Activity Console: a developer console for "
                                    "X's Account Activity webhooks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption logFile(
        QStringLiteral("log-file"),
        QCoreApplication::translate("main", "Also write the log to <file>."),
        QStringLiteral("file"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        QCoreApplication::translate("main", "Log level: debug, info or warning (default: info)."),
        QStringLiteral("level"));
    parser.addOption(logFile);
    parser.addOption(logLevel);
    parser.process(app);

    LogOptions logOptions;
    logOptions.filePath = parser.value(logFile);
    if (parser.isSet(logLevel)) {
        const auto level = parseLogLevel(parser.value(logLevel));
        if (!level) {
            qCritical("--log-level must be debug, info or warning");
            return 2;
        }
        logOptions.level = *level;
    }
    if (const auto installed = installLogOutput(logOptions); !installed.ok()) {
        qCritical("%s", qPrintable(installed.error().message));
        return 3;
    }

    SecretServiceProvider::askInTheBackground(); // the Profiles dialog names it; nobody waits
    QSettings settings;
    KeychainCredentialStore keychain;
    ProfileStore profiles(settings, keychain);
    profiles.initialize();
    QNetworkAccessManager network;
    ApiCredentialCheck credentialCheck(&network);
    credentialCheck.setCallLog([](const Profile &profile) -> std::shared_ptr<ApiCallSink> {
        return ApiCallLog::forProfile(profile.name);
    });
    MainWindow window(settings, profiles);
    window.setCredentialCheck(&credentialCheck);
    window.show();
    window.startCapture();
    return app.exec();
}
