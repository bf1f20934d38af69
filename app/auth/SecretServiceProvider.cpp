#include "auth/SecretServiceProvider.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>

#include <thread>

namespace SecretServiceProvider {

namespace {

// Asked through dbus-send in a child process rather than QtDBus: connecting QtDBus to a bus that
// accepts and never answers blocks for 25 s with no way to bound it, and a hung keyring must not
// hang the window. A child can be killed when its time is up.
QString askTheBus(const QString &method, const QString &argument, int timeoutMs)
{
    QProcess dbusSend;
    dbusSend.start(
        QStringLiteral("dbus-send"),
        {QStringLiteral("--session"), QStringLiteral("--print-reply=literal"),
         QStringLiteral("--reply-timeout=%1").arg(timeoutMs),
         QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
         QStringLiteral("org.freedesktop.DBus.") + method, QStringLiteral("string:") + argument});
    if (!dbusSend.waitForFinished(timeoutMs)) {
        dbusSend.kill();
        dbusSend.waitForFinished(1000);
        return {};
    }
    if (dbusSend.exitStatus() != QProcess::NormalExit || dbusSend.exitCode() != 0)
        return {};
    // "   :1.42" or "   uint32 1234"
    return QString::fromLocal8Bit(dbusSend.readAllStandardOutput()).simplified().section(u' ', -1);
}

QString ask(int timeoutMs)
{
    const QString owner = askTheBus(QStringLiteral("GetNameOwner"),
                                    QStringLiteral("org.freedesktop.secrets"), timeoutMs);
    if (!owner.startsWith(u':'))
        return {};
    const QString pid = askTheBus(QStringLiteral("GetConnectionUnixProcessID"), owner, timeoutMs);
    if (pid.isEmpty() || pid.toUInt() == 0)
        return {};
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return {};
    return displayName(QString::fromLocal8Bit(comm.readAll()).trimmed());
}

} // namespace

namespace {

struct Cache
{
    QMutex mutex;
    QString answer;
    QElapsedTimer askedAt;
    bool background = false;
    bool probing = false;
};

// Never destroyed: a background probe may still be running when main() returns.
Cache &cache()
{
    static auto *instance = new Cache;
    return *instance;
}

} // namespace

QString current(int timeoutMs)
{
    // Labels and tooltips ask often; the answer rarely changes.
    Cache &c = cache();
    QMutexLocker locker(&c.mutex);
    if (c.askedAt.isValid() && !c.askedAt.hasExpired(10'000))
        return c.answer;
    if (!c.background) {
        c.answer = ask(timeoutMs);
        c.askedAt.start();
        return c.answer;
    }
    if (!c.probing) {
        c.probing = true;
        std::thread([timeoutMs] {
            const QString answer = ask(timeoutMs);
            Cache &done = cache();
            QMutexLocker lock(&done.mutex);
            done.answer = answer;
            done.askedAt.start();
            done.probing = false;
        }).detach();
    }
    return c.answer;
}

void askInTheBackground()
{
    {
        QMutexLocker locker(&cache().mutex);
        cache().background = true;
    }
    current();
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
