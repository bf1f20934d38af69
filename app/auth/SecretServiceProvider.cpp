#include "auth/SecretServiceProvider.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>

namespace SecretServiceProvider {

namespace {

QVariant askTheBus(const QString &method, const QVariant &argument, int timeoutMs)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), method);
    call << argument;
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, timeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().first();
}

} // namespace

QString current(int timeoutMs)
{
    if (!QDBusConnection::sessionBus().isConnected())
        return {};
    const QString owner = askTheBus(QStringLiteral("GetNameOwner"),
                                    QStringLiteral("org.freedesktop.secrets"), timeoutMs)
                              .toString();
    if (owner.isEmpty())
        return {};
    const QVariant pid = askTheBus(QStringLiteral("GetConnectionUnixProcessID"), owner, timeoutMs);
    if (!pid.isValid())
        return {};
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid.toUInt()));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return displayName(QString::fromLocal8Bit(comm.readAll()).trimmed());
}

QString displayName(const QString &processName)
{
    // comm is cut at 15 characters: gnome-keyring-daemon arrives as gnome-keyring-d.
    if (processName.startsWith(QLatin1String("gnome-keyring")))
        return QStringLiteral("GNOME Keyring");
    if (processName.startsWith(QLatin1String("kwalletd"))
        || processName == QLatin1String("ksecretd"))
        return QStringLiteral("KWallet");
    if (processName.compare(QLatin1String("keepassxc"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("KeePassXC");
    return processName;
}

} // namespace SecretServiceProvider
