#include "store/StorePaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>

namespace StorePaths {

QString profileDirectory(const QString &profile)
{
    const QString safeName = QString::fromLatin1(QUrl::toPercentEncoding(profile));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/profiles/"
        + safeName;
}

QString captureDatabase(const QString &profile)
{
    const QString dir = profileDirectory(profile);
    QDir().mkpath(dir);
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir + u"/capture.db";
}

} // namespace StorePaths
