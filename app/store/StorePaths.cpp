#include "store/StorePaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>

namespace StorePaths {

QString captureDatabase(const QString &profile)
{
    const QString safeName = QString::fromLatin1(QUrl::toPercentEncoding(profile));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + u"/profiles/" + safeName;
    QDir().mkpath(dir);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir + u"/capture.db";
}

} // namespace StorePaths
