#include "dialogs/AboutDialog.h"

#include "util/Version.h"

#include <QCoreApplication>
#include <QMessageBox>

void openAboutDialog(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setWindowTitle(
        QCoreApplication::translate("AboutDialog", "About Account Activity Console"));
    box->setIconPixmap(QPixmap(QStringLiteral(":/icons/aaconsole.png"))
                           .scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<h3>%1 %2</h3>")
                     .arg(QCoreApplication::translate("AboutDialog", "Account Activity Console"),
                          QLatin1String(AACONSOLE_VERSION)));
    box->setInformativeText(
        QCoreApplication::translate(
            "AboutDialog",
            "<p>A developer console for X's Account Activity webhooks: credentials in the OS "
            "keychain, webhook and subscription management, a local responder and a live event "
            "browser.</p><p>Qt %1 (built against %2).</p>")
            .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    box->open();
}
