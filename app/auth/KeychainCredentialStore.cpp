#include "auth/KeychainCredentialStore.h"

#include "auth/KeychainErrors.h"
#include "auth/SecretServiceProvider.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

static_assert(int(KeychainCode::EntryNotFound) == QKeychain::EntryNotFound
              && int(KeychainCode::AccessDenied) == QKeychain::AccessDenied
              && int(KeychainCode::NoBackendAvailable) == QKeychain::NoBackendAvailable
              && int(KeychainCode::OtherError) == QKeychain::OtherError);

Error keychainError(const QKeychain::Job &job)
{
    return KeychainErrors::fromJob(KeychainCode(job.error()), job.errorString());
}

// Jobs that timed out and have not finished yet. QtKeychain runs its jobs one at a time from a
// process-wide queue, so while one is stuck every later job would wait for its full timeout too;
// they fail at once instead. When the stuck job finally ends, the queue moves again.
int g_stuckJobs = 0;

// Starts `job` and reports exactly once: `finished` when the job ends, or `timedOut` when it does
// not end within `timeoutMs`. A timed-out job stays in QtKeychain's queue: it cannot be cancelled
// safely (libsecret may still call back into it).
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
    QTimer::singleShot(timeoutMs, context, [settled, timedOut, job] {
        if (std::exchange(*settled, true))
            return;
        ++g_stuckJobs;
        // The job itself is the context: the count must drop even if the store is gone by then.
        QObject::connect(job, &QKeychain::Job::finished, job, [] { --g_stuckJobs; });
        timedOut();
    });
    job->start();
}

Error timeoutError(const char *operation, const QString &key, int timeoutMs)
{
    qCWarning(lcKeychain) << operation << key << "timed out after" << timeoutMs << "ms";
    return KeychainErrors::timedOut(timeoutMs);
}

// True (and `done` called with the error, through the event loop) when the queue is stuck.
template<typename Done>
bool refuseWhileBlocked(QObject *context, const char *operation, const QString &key, int timeoutMs,
                        const Done &done)
{
    if (g_stuckJobs == 0)
        return false;
    qCWarning(lcKeychain) << operation << key << "refused: an earlier job is still hanging";
    QMetaObject::invokeMethod(
        context, [done, timeoutMs] { done(KeychainErrors::stillBlocked(timeoutMs)); },
        Qt::QueuedConnection);
    return true;
}

} // namespace

QString KeychainCredentialStore::defaultService()
{
    const QString fromEnv = qEnvironmentVariable("AACONSOLE_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? QLatin1String(DefaultService) : fromEnv;
}

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
    const QString provider = SecretServiceProvider::current();
    if (!provider.isEmpty())
        return tr("%1 (Secret Service, through libsecret), service \"%2\"")
            .arg(provider, m_service);
    return tr("Secret Service (through libsecret; no provider is running yet, one starts on first "
              "use), service \"%1\"")
        .arg(m_service);
}

void KeychainCredentialStore::read(const QString &key, ReadDone done)
{
    if (refuseWhileBlocked(this, "read", key, m_timeoutMs, done))
        return;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runBounded(
        job, this, m_timeoutMs,
        [done, key](QKeychain::Job &j) {
            if (j.error() == QKeychain::NoError) {
                const QString value = static_cast<QKeychain::ReadPasswordJob &>(j).textData();
                qCDebug(lcKeychain) << "read" << key << "present," << value.size() << "chars";
                done(std::optional<QString>(value));
            } else if (j.error() == QKeychain::EntryNotFound) {
                // Also what a *locked* keyring answers (qt64-facts §2.3); ProfileStore tells
                // the two apart for entries it knows are set.
                qCDebug(lcKeychain) << "read" << key << "not found";
                done(std::optional<QString>());
            } else {
                qCDebug(lcKeychain) << "read" << key << "failed:" << j.errorString();
                done(keychainError(j));
            }
        },
        [done, key, ms = m_timeoutMs] { done(timeoutError("read", key, ms)); });
}

void KeychainCredentialStore::write(const QString &key, const QString &value, WriteDone done)
{
    if (refuseWhileBlocked(this, "write", key, m_timeoutMs, done))
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    runBounded(
        job, this, m_timeoutMs,
        [done, key, size = value.size()](QKeychain::Job &j) {
            qCDebug(lcKeychain) << "write" << key << size << "chars:"
                                << (j.error() == QKeychain::NoError ? u"ok"_s : j.errorString());
            if (j.error() == QKeychain::NoError)
                done({});
            else
                done(keychainError(j));
        },
        [done, key, ms = m_timeoutMs] { done(timeoutError("write", key, ms)); });
}

void KeychainCredentialStore::remove(const QString &key, WriteDone done)
{
    if (refuseWhileBlocked(this, "delete", key, m_timeoutMs, done))
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runBounded(
        job, this, m_timeoutMs,
        [done, key](QKeychain::Job &j) {
            qCDebug(lcKeychain) << "delete" << key << ":"
                                << (j.error() == QKeychain::NoError ? u"ok"_s : j.errorString());
            if (j.error() == QKeychain::NoError || j.error() == QKeychain::EntryNotFound)
                done({});
            else
                done(keychainError(j));
        },
        [done, key, ms = m_timeoutMs] { done(timeoutError("delete", key, ms)); });
}
