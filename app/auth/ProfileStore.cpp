#include "auth/ProfileStore.h"

#include "auth/CredentialStore.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileKeys.h"
#include "auth/RecordedSecretRead.h"
#include "store/StorePaths.h"
#include "util/Logging.h"
#include "util/SecretRedactor.h"

#include <QDir>
#include <QPointer>

namespace {

using Value = CredentialBatch::Value;

Value newValue()
{
    return std::make_shared<std::optional<QString>>();
}

// Wraps `done` so that it is not called once `context` is gone (without a context: always).
template<typename Callback>
Callback guarded(QObject *context, Callback done)
{
    return
        [guard = QPointer<QObject>(context), hadContext = context != nullptr, done](auto result) {
            if (guard || !hadContext)
                done(std::move(result));
        };
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings, CredentialStore &keychain, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_session(std::make_unique<MemoryCredentialStore>())
{ }

ProfileStore::~ProfileStore() = default;

void ProfileStore::initialize()
{
    if (m_settings.firstRunDone())
        return;
    const Profile sandbox = Profile::sandboxProfile();
    if (find(sandbox.name).isEmpty()) {
        m_settings.write(sandbox);
        qCInfo(lcKeychain) << "first run: created the" << sandbox.name << "profile";
    }
    if (activeName().isEmpty())
        m_settings.setActive(find(sandbox.name));
    m_settings.setFirstRunDone();
}

QStringList ProfileStore::names() const
{
    return m_settings.names();
}

QString ProfileStore::find(const QString &name) const
{
    return m_settings.find(name);
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    std::optional<Profile> p = m_settings.read(find(name));
    // A session-only profile's secrets live (and die) with this process, so whether one is set
    // is a question for the memory store, not for the settings file.
    if (p && p->sessionOnly) {
        for (Credentials::Field field : Credentials::AllFields)
            p->setHasSecret(field, m_session->contains(ProfileKeys::secret(p->name, field)));
    }
    return p;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    QString candidate = base;
    for (int n = 2; !find(candidate).isEmpty(); ++n)
        candidate = base + u' ' + QString::number(n);
    return candidate;
}

QString ProfileStore::activeName() const
{
    return find(m_settings.active());
}

Result<void> ProfileStore::setActive(const QString &name)
{
    const QString stored = find(name);
    if (!name.isEmpty() && stored.isEmpty())
        return existing(name).error();
    if (stored == activeName())
        return {};
    m_settings.setActive(stored);
    Q_EMIT activeProfileChanged(stored);
    return {};
}

Result<void> ProfileStore::add(const Profile &profile)
{
    if (auto valid = profile.validate(); !valid.ok())
        return valid;
    if (auto fresh = checkNewName(profile.name); !fresh.ok())
        return fresh;
    Profile clean = profile;
    for (Credentials::Field field : Credentials::AllFields)
        clean.setHasSecret(field, false);
    clean.accounts.clear();
    m_settings.write(clean);
    Q_EMIT profilesChanged();
    return {};
}

Result<void> ProfileStore::update(const Profile &edited)
{
    Result<Profile> stored = existing(edited.name);
    if (!stored.ok())
        return stored.error();
    if (auto valid = edited.validate(); !valid.ok())
        return valid;
    Profile p = stored.takeValue();
    p.api = edited.api;
    p.apiBase = edited.apiBase;
    p.appId = edited.appId;
    p.webhookEnvironment = edited.webhookEnvironment;
    p.responder = edited.responder;
    m_settings.write(p);
    Q_EMIT profileChanged(p.name);
    return {};
}

QString ProfileStore::secretsLocation(const Profile &profile) const
{
    return profile.sessionOnly ? m_session->backendDescription() : m_keychain.backendDescription();
}

QString ProfileStore::dataDirectory(const QString &name)
{
    return StorePaths::profileDirectory(name);
}

CredentialStore &ProfileStore::storeFor(const Profile &profile)
{
    return profile.sessionOnly ? static_cast<CredentialStore &>(*m_session) : m_keychain;
}

Result<Profile> ProfileStore::existing(const QString &name) const
{
    if (std::optional<Profile> p = profile(name))
        return *p;
    return Error(ErrorKind::Config,
                 tr("There is no profile named \"%1\". The profiles are: %2.")
                     .arg(name, names().isEmpty() ? tr("none") : names().join(u", ")));
}

Result<void> ProfileStore::checkNewName(const QString &newName, const QString &renaming) const
{
    if (auto valid = Profile::validateName(newName); !valid.ok())
        return valid;
    const QString clash = find(newName);
    if (!clash.isEmpty() && clash != renaming)
        return Error(ErrorKind::Usage, tr("A profile named \"%1\" already exists.").arg(clash));
    return {};
}

void ProfileStore::loadCredentials(const QString &name, const QList<Credentials::Field> &fields,
                                   QObject *context, CredentialsDone done)
{
    done = guarded(context, std::move(done));
    Result<Profile> found = existing(name);
    if (!found.ok())
        return done(found.error());
    const Profile p = found.takeValue();
    const QList<Credentials::Field> wanted = fields.isEmpty()
        ? QList<Credentials::Field>(std::begin(Credentials::AllFields),
                                    std::end(Credentials::AllFields))
        : fields;
    auto credentials = std::make_shared<Credentials>();
    CredentialBatch batch;
    for (Credentials::Field field : wanted) {
        if (!p.hasSecret(field)) {
            credentials->setValue(field, p.builtinSecret(field));
            continue;
        }
        Value value = newValue();
        batch.then(RecordedSecretRead::step(storeFor(p), p.name, ProfileKeys::secret(p.name, field),
                                            value));
        batch.then([credentials, field, value](CredentialBatch::Next next) {
            credentials->setValue(field, value->value_or(QString()));
            next({});
        });
    }
    batch.run(this, [credentials, done](Result<void> result) {
        if (!result.ok())
            return done(result.error());
        credentials->registerWithRedactor();
        done(*credentials);
    });
}

void ProfileStore::loadAccountCredentials(const QString &name, const QString &userId,
                                          QObject *context, CredentialsDone done)
{
    done = guarded(context, std::move(done));
    Result<Profile> found = existing(name);
    if (!found.ok())
        return done(found.error());
    const Profile p = found.takeValue();
    if (!p.account(userId)) {
        return done(Error(
            ErrorKind::Config,
            tr("Profile \"%1\" has no subscribed account with user id %2.").arg(p.name, userId)));
    }
    const QList<Credentials::Field> consumer
        = {Credentials::Field::ConsumerKey, Credentials::Field::ConsumerSecret};
    loadCredentials(p.name, consumer, this, [this, p, userId, done](Result<Credentials> loaded) {
        if (!loaded.ok())
            return done(loaded.error());
        auto credentials = std::make_shared<Credentials>(loaded.takeValue());
        Value token = newValue();
        Value secret = newValue();
        CredentialBatch batch;
        batch
            .then(RecordedSecretRead::step(
                storeFor(p), p.name,
                ProfileKeys::account(p.name, userId, Credentials::Field::AccessToken), token))
            .then(RecordedSecretRead::step(
                storeFor(p), p.name,
                ProfileKeys::account(p.name, userId, Credentials::Field::AccessTokenSecret),
                secret));
        batch.run(this, [credentials, token, secret, done](Result<void> result) {
            if (!result.ok())
                return done(result.error());
            credentials->accessToken = token->value_or(QString());
            credentials->accessTokenSecret = secret->value_or(QString());
            credentials->registerWithRedactor();
            done(*credentials);
        });
    });
}

void ProfileStore::saveSecretFlag(const QString &name, Credentials::Field field, bool set)
{
    std::optional<Profile> p = m_settings.read(find(name));
    if (!p || p->sessionOnly)
        return; // a session-only profile's flags come from the memory store
    p->setHasSecret(field, set);
    m_settings.write(*p);
}

void ProfileStore::setSecrets(const QString &name, const Credentials &values, QObject *context,
                              Done done)
{
    done = guarded(context, std::move(done));
    Result<Profile> found = existing(name);
    if (!found.ok())
        return done(found.error());
    const Profile p = found.takeValue();
    CredentialBatch batch;
    for (Credentials::Field field : Credentials::AllFields) {
        const QString value = values.value(field);
        if (value.isEmpty())
            continue;
        SecretRedactor::add(value);
        batch.write(storeFor(p), ProfileKeys::secret(p.name, field), value);
        batch.then([this, name = p.name, field](CredentialBatch::Next next) {
            saveSecretFlag(name, field, true);
            next({});
        });
    }
    batch.run(this, [this, name = p.name, done](Result<void> result) {
        Q_EMIT profileChanged(name);
        done(std::move(result));
    });
}

void ProfileStore::clearSecret(const QString &name, Credentials::Field field, QObject *context,
                               Done done)
{
    done = guarded(context, std::move(done));
    Result<Profile> found = existing(name);
    if (!found.ok())
        return done(found.error());
    const Profile p = found.takeValue();
    storeFor(p).remove(ProfileKeys::secret(p.name, field),
                       [this, name = p.name, field, done](Result<void> result) {
                           if (result.ok()) {
                               saveSecretFlag(name, field, false);
                               Q_EMIT profileChanged(name);
                           }
                           done(std::move(result));
                       });
}

void ProfileStore::copyEntries(CredentialBatch &batch, const Profile &from, CredentialStore &source,
                               const QString &toName, CredentialStore &target)
{
    for (const QString &key : ProfileKeys::owned(from)) {
        Value value = newValue();
        batch.then(RecordedSecretRead::step(source, from.name, key, value))
            .writeIfSet(target, ProfileKeys::rebase(key, from.name, toName), value);
    }
}

void ProfileStore::removeQuietly(CredentialStore &store, const QStringList &keys,
                                 CredentialBatch::Next next)
{
    CredentialBatch cleanup;
    for (const QString &key : keys)
        cleanup.remove(store, key);
    cleanup.run(this, [next](Result<void> result) {
        if (!result.ok())
            qCWarning(lcKeychain) << "old entries left behind:" << result.error().message;
        next({});
    });
}

void ProfileStore::runWithRollback(CredentialBatch &batch, CredentialStore &store,
                                   const QStringList &written, QObject *context, Done done)
{
    batch.run(
        this,
        [this, &store, written, done = guarded(context, std::move(done))](Result<void> result) {
            if (result.ok())
                return done({});
            CredentialBatch undo;
            for (const QString &key : written)
                undo.remove(store, key);
            undo.run(this, [done, result](Result<void>) { done(result); });
        });
}

void ProfileStore::duplicate(const QString &name, const QString &newName, QObject *context,
                             Done done)
{
    Result<Profile> found = existing(name);
    Result<void> fresh = checkNewName(newName);
    if (!found.ok() || !fresh.ok())
        return guarded(context, std::move(done))(found.ok() ? fresh.error() : found.error());
    const Profile p = found.takeValue();
    Profile copy = p;
    copy.name = newName;
    CredentialStore &store = storeFor(p);
    CredentialBatch batch;
    copyEntries(batch, p, store, newName, store);
    batch.then([this, copy](CredentialBatch::Next next) {
        m_settings.write(copy);
        Q_EMIT profilesChanged();
        next({});
    });
    runWithRollback(batch, store, ProfileKeys::owned(copy), context, std::move(done));
}

void ProfileStore::rename(const QString &name, const QString &newName, QObject *context, Done done)
{
    Result<Profile> found = existing(name);
    if (!found.ok())
        return guarded(context, std::move(done))(found.error());
    const Profile p = found.takeValue();
    if (p.name == newName)
        return guarded(context, std::move(done))({});
    if (auto fresh = checkNewName(newName, p.name); !fresh.ok())
        return guarded(context, std::move(done))(fresh.error());
    const QString oldDir = dataDirectory(p.name);
    const QString newDir = dataDirectory(newName);
    if (QDir(oldDir).exists() && QDir(newDir).exists()) {
        return guarded(context, std::move(done))(
            Error(ErrorKind::Io,
                  tr("Cannot rename: %1 already holds data of an earlier profile named \"%2\". "
                     "Move it away first.")
                      .arg(QDir::toNativeSeparators(newDir), newName)));
    }
    Profile renamed = p;
    renamed.name = newName;
    CredentialStore &store = storeFor(p);
    CredentialBatch batch;
    copyEntries(batch, p, store, newName, store);
    batch.then([this, p, renamed, oldDir, newDir](CredentialBatch::Next next) {
        if (QDir(oldDir).exists() && !QDir().rename(oldDir, newDir)) {
            return next(Error(
                ErrorKind::Io,
                tr("Cannot move the profile's data from %1 to %2.")
                    .arg(QDir::toNativeSeparators(oldDir), QDir::toNativeSeparators(newDir))));
        }
        const bool wasActive = activeName() == p.name;
        m_settings.write(renamed);
        m_settings.remove(p.name);
        if (wasActive)
            m_settings.setActive(renamed.name);
        Q_EMIT profilesChanged();
        if (wasActive)
            Q_EMIT activeProfileChanged(renamed.name);
        removeQuietly(storeFor(p), ProfileKeys::owned(p), std::move(next));
    });
    runWithRollback(batch, store, ProfileKeys::owned(renamed), context, std::move(done));
}

void ProfileStore::remove(const QString &name, CaptureData captures, QObject *context, Done done)
{
    done = guarded(context, std::move(done));
    Result<Profile> found = existing(name);
    if (!found.ok())
        return done(found.error());
    const Profile p = found.takeValue();
    CredentialStore &store = storeFor(p);
    CredentialBatch batch;
    // Deleting from a locked keyring "succeeds" without deleting anything; reading one entry we
    // know is set first turns that into a clear error instead of entries left behind.
    const QStringList owned = ProfileKeys::owned(p);
    if (!owned.isEmpty())
        batch.then(RecordedSecretRead::step(store, p.name, owned.first(), newValue()));
    for (const QString &key : owned)
        batch.remove(store, key);
    batch.then([this, p, captures](CredentialBatch::Next next) {
        const QString dir = dataDirectory(p.name);
        if (captures == CaptureData::Delete && QDir(dir).exists()
            && !QDir(dir).removeRecursively()) {
            return next(Error(ErrorKind::Io,
                              tr("The profile's secrets were deleted, but its data directory %1 "
                                 "could not be removed.")
                                  .arg(QDir::toNativeSeparators(dir))));
        }
        const bool wasActive = activeName() == p.name;
        m_settings.remove(p.name);
        Q_EMIT profilesChanged();
        if (wasActive) {
            const QStringList left = names();
            m_settings.setActive(left.isEmpty() ? QString() : left.first());
            Q_EMIT activeProfileChanged(activeName());
        }
        next({});
    });
    batch.run(this, done);
}

void ProfileStore::setSessionOnly(const QString &name, bool sessionOnly, QObject *context,
                                  Done done)
{
    Result<Profile> found = existing(name);
    if (!found.ok())
        return guarded(context, std::move(done))(found.error());
    const Profile p = found.takeValue();
    if (p.sessionOnly == sessionOnly)
        return guarded(context, std::move(done))({});
    CredentialStore &from = storeFor(p);
    CredentialStore &to = sessionOnly ? static_cast<CredentialStore &>(*m_session) : m_keychain;
    CredentialBatch batch;
    copyEntries(batch, p, from, p.name, to);
    batch.then([this, p, sessionOnly, &from](CredentialBatch::Next next) {
        Profile moved = p;
        moved.sessionOnly = sessionOnly;
        m_settings.write(moved);
        removeQuietly(from, ProfileKeys::owned(p), std::move(next));
    });
    batch.then([this, name = p.name](CredentialBatch::Next next) {
        Q_EMIT profileChanged(name);
        next({});
    });
    runWithRollback(batch, to, ProfileKeys::owned(p), context, std::move(done));
}

void ProfileStore::addAccount(const QString &name, const SubscribedAccount &account,
                              const QString &accessToken, const QString &accessTokenSecret,
                              QObject *context, Done done)
{
    done = guarded(context, std::move(done));
    Result<Profile> found = existing(name);
    if (!found.ok())
        return done(found.error());
    const Profile p = found.takeValue();
    SecretRedactor::add(accessToken);
    SecretRedactor::add(accessTokenSecret);
    CredentialBatch batch;
    batch.write(storeFor(p),
                ProfileKeys::account(p.name, account.userId, Credentials::Field::AccessToken),
                accessToken);
    batch.write(storeFor(p),
                ProfileKeys::account(p.name, account.userId, Credentials::Field::AccessTokenSecret),
                accessTokenSecret);
    batch.then([this, name = p.name, account](CredentialBatch::Next next) {
        std::optional<Profile> stored = m_settings.read(name);
        if (stored) {
            stored->accounts.removeIf(
                [&](const SubscribedAccount &a) { return a.userId == account.userId; });
            stored->accounts << account;
            m_settings.write(*stored);
            Q_EMIT profileChanged(name);
        }
        next({});
    });
    batch.run(this, done);
}

void ProfileStore::removeAccount(const QString &name, const QString &userId, QObject *context,
                                 Done done)
{
    done = guarded(context, std::move(done));
    Result<Profile> found = existing(name);
    if (!found.ok())
        return done(found.error());
    const Profile p = found.takeValue();
    CredentialBatch batch;
    batch.remove(storeFor(p),
                 ProfileKeys::account(p.name, userId, Credentials::Field::AccessToken));
    batch.remove(storeFor(p),
                 ProfileKeys::account(p.name, userId, Credentials::Field::AccessTokenSecret));
    batch.then([this, name = p.name, userId](CredentialBatch::Next next) {
        std::optional<Profile> stored = m_settings.read(name);
        if (stored) {
            stored->accounts.removeIf(
                [&](const SubscribedAccount &a) { return a.userId == userId; });
            m_settings.write(*stored);
            Q_EMIT profileChanged(name);
        }
        next({});
    });
    batch.run(this, done);
}
