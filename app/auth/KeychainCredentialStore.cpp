#include "auth/KeychainCredentialStore.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

namespace {

bool looksLikeNoService(const QString &text)
{
    static const char *const markers[] = {"D-Bus",
                                          "DBus",
                                          "dbus",
                                          "org.freedesktop.secrets",
                                          "Could not connect",
                                          "Cannot autolaunch",
                                          "not provided by any .service"};
    for (const char *marker : markers) {
        if (text.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

Error keychainError(QKeychain::Error code, const QString &jobMessage)
{
    switch (code) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(
            ErrorKind::Keychain,
            QCoreApplication::translate(
                "KeychainCredentialStore",
                "The keychain refused access: it is locked and was not unlocked, or access "
                "was denied. Unlock your keyring and try again."),
            jobMessage);
    case QKeychain::NoBackendAvailable:
        return Error(
            ErrorKind::Keychain,
            QCoreApplication::translate(
                "KeychainCredentialStore",
                "No keychain is available on this system. Install and start a Secret "
                "Service (gnome-keyring or KWallet), or keep secrets for this session only."),
            jobMessage);
    case QKeychain::CouldNotDeleteEntry:
        return Error(ErrorKind::Keychain,
                     QCoreApplication::translate("KeychainCredentialStore",
                                                 "The keychain could not delete the entry."),
                     jobMessage);
    default: break;
    }
    if (looksLikeNoService(jobMessage)) {
        return Error(
            ErrorKind::Keychain,
            QCoreApplication::translate(
                "KeychainCredentialStore",
                "No keyring service is reachable (no D-Bus session, or no Secret Service "
                "running). Start gnome-keyring or KWallet, or keep secrets for this session "
                "only."),
            jobMessage);
    }
    return Error(
        ErrorKind::Keychain,
        QCoreApplication::translate("KeychainCredentialStore", "The keychain reported an error: %1")
            .arg(jobMessage),
        jobMessage);
}

// Starts `job` and reports exactly once: `finished` when the job ends, or `timedOut` when it does
// not end within `timeoutMs`. A timed-out job stays in QtKeychain's queue (it cannot be cancelled
// safely).
void runBounded(QKeychain::Job *job, QObject *context, int timeoutMs,
                std::function<void(QKeychain::Job &)> finished, std::function<void()> timedOut)
{
    auto settled = std::make_shared<bool>(false);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [settled, finished](QKeychain::Job *j) {
                         if (!std::exchange(*settled, true))
                             finished(*j);
                     });
    QTimer::singleShot(timeoutMs, context, [settled, timedOut] {
        if (!std::exchange(*settled, true))
            timedOut();
    });
    job->start();
}

Error timeoutError(const QString &operation, const QString &key, int timeoutMs)
{
    qCWarning(lcKeychain) << operation << "of" << key << "timed out after" << timeoutMs << "ms";
    return Error(
        ErrorKind::Keychain,
        QCoreApplication::translate("KeychainCredentialStore",
                                    "The keychain did not answer within %1 s. Is a keyring "
                                    "service running and unlocked?")
            .arg(timeoutMs / 1000.0, 0, 'g', 2));
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service, QObject *parent)
    : CredentialStore(parent)
    , m_service(service)
{
    const QByteArray fromEnv = qgetenv("AACONSOLE_KEYCHAIN_TIMEOUT_MS");
    bool ok = false;
    const int ms = fromEnv.toInt(&ok);
    if (ok && ms > 0)
        m_timeoutMs = ms;
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

void KeychainCredentialStore::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

QString KeychainCredentialStore::backendDescription() const
{
    if (qgetenv("KDE_SESSION_VERSION") == "5")
        return tr("KWallet (through QtKeychain), service \"%1\"").arg(m_service);
    return tr("Secret Service (through libsecret: GNOME Keyring, KWallet or KeePassXC), "
              "service \"%1\"")
        .arg(m_service);
}

void KeychainCredentialStore::read(const QString &key, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runBounded(
        job, this, m_timeoutMs,
        [done](QKeychain::Job &j) {
            if (j.error() == QKeychain::NoError)
                done(std::optional<QString>(
                    static_cast<QKeychain::ReadPasswordJob &>(j).textData()));
            else if (j.error() == QKeychain::EntryNotFound)
                done(std::optional<QString>());
            else
                done(keychainError(j.error(), j.errorString()));
        },
        [done, key, ms = m_timeoutMs] { done(timeoutError(QStringLiteral("read"), key, ms)); });
}

void KeychainCredentialStore::write(const QString &key, const QString &value, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    runBounded(
        job, this, m_timeoutMs,
        [done](QKeychain::Job &j) {
            if (j.error() == QKeychain::NoError)
                done({});
            else
                done(keychainError(j.error(), j.errorString()));
        },
        [done, key, ms = m_timeoutMs] { done(timeoutError(QStringLiteral("write"), key, ms)); });
}

void KeychainCredentialStore::remove(const QString &key, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runBounded(
        job, this, m_timeoutMs,
        [done](QKeychain::Job &j) {
            if (j.error() == QKeychain::NoError || j.error() == QKeychain::EntryNotFound)
                done({});
            else
                done(keychainError(j.error(), j.errorString()));
        },
        [done, key, ms = m_timeoutMs] { done(timeoutError(QStringLiteral("delete"), key, ms)); });
}
