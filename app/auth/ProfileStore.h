#pragma once

#include "auth/CredentialBatch.h"
#include "auth/Profile.h"
#include "auth/ProfileSettings.h"

#include <QObject>

#include <functional>
#include <memory>

class CredentialStore;
class MemoryCredentialStore;
class QSettings;

//! The profiles: their non-secret fields in QSettings (ProfileSettings), their secrets in the
//! keychain or, for "this session only" profiles, in memory, and their capture directories.
//! Reading the list and the fields is synchronous; everything that touches secrets is asynchronous
//! (keychain jobs are) and reports through a callback, which is dropped when `context` is gone.
//! Secrets are read only when asked for: listing or switching profiles never touches the keychain.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    using Done = std::function<void(Result<void>)>;
    using CredentialsDone = std::function<void(Result<Credentials>)>;
    enum class CaptureData { Keep, Delete };

    ProfileStore(QSettings &settings, CredentialStore &keychain, QObject *parent = nullptr);
    ~ProfileStore() override;

    //! The first run creates the Sandbox profile and selects it; later runs change nothing (a
    //! deleted Sandbox profile stays deleted).
    void initialize();

    QStringList names() const;
    //! The stored spelling of `name`, matched case-insensitively; empty when there is none.
    QString find(const QString &name) const;
    std::optional<Profile> profile(const QString &name) const;
    //! `base`, or "base 2", "base 3", … : the first name no profile has.
    QString uniqueName(const QString &base) const;

    //! The active profile's name; empty when there is none.
    QString activeName() const;
    Result<void> setActive(const QString &name);

    //! Adds a profile (its non-secret fields; no secret is set yet).
    Result<void> add(const Profile &profile);
    //! Saves the editable non-secret fields (API, URLs, app id, environment, responder) of an
    //! existing profile; secrets, accounts and the storage choice have their own operations.
    Result<void> update(const Profile &profile);

    //! Where `profile`'s secrets are kept, for the user: the keychain backend, or "this session
    //! only".
    QString secretsLocation(const Profile &profile) const;
    //! The profile's data directory (capture database); it may not exist.
    static QString dataDirectory(const QString &name);

    //! Reads `fields` (default: all five). A field that is not set is empty (or the Sandbox's
    //! value for a Sandbox profile). A field recorded as set that reads back missing is an error
    //! that says whether the keyring is locked or the entry was deleted. Every value read is
    //! registered with SecretRedactor.
    void loadCredentials(const QString &name, const QList<Credentials::Field> &fields,
                         QObject *context, CredentialsDone done);
    //! The profile's consumer pair plus subscribed account `userId`'s token pair.
    void loadAccountCredentials(const QString &name, const QString &userId, QObject *context,
                                CredentialsDone done);
    //! Stores every non-empty field of `values`; the others are left as they are.
    void setSecrets(const QString &name, const Credentials &values, QObject *context, Done done);
    void clearSecret(const QString &name, Credentials::Field field, QObject *context, Done done);

    //! A copy of `name` (settings, secrets, accounts; not the captures) called `newName`.
    void duplicate(const QString &name, const QString &newName, QObject *context, Done done);
    //! Moves the secrets to the new keys, then the data directory, then the settings; on failure
    //! nothing has changed.
    void rename(const QString &name, const QString &newName, QObject *context, Done done);
    //! Deletes the profile's keychain entries and settings, and its data directory when asked.
    void remove(const QString &name, CaptureData captures, QObject *context, Done done);
    //! Moves the secrets between the keychain and memory ("keep for this session only").
    void setSessionOnly(const QString &name, bool sessionOnly, QObject *context, Done done);

    //! Records an account obtained through PIN sign-in and stores its token pair.
    void addAccount(const QString &name, const SubscribedAccount &account,
                    const QString &accessToken, const QString &accessTokenSecret, QObject *context,
                    Done done);
    void removeAccount(const QString &name, const QString &userId, QObject *context, Done done);

Q_SIGNALS:
    //! A profile was added, removed or renamed.
    void profilesChanged();
    //! The fields, secrets or accounts of profile `name` changed.
    void profileChanged(const QString &name);
    //! The active profile changed (or was renamed); empty when none is active any more.
    void activeProfileChanged(const QString &name);

private:
    CredentialStore &storeFor(const Profile &profile);
    Result<Profile> existing(const QString &name) const;
    Result<void> checkNewName(const QString &newName, const QString &renaming = {}) const;
    //! Copies every entry `from` owns to the same keys under `toName` in `to`.
    void copyEntries(CredentialBatch &batch, const Profile &from, CredentialStore &source,
                     const QString &toName, CredentialStore &target);
    //! Removes `keys` and then calls `next` with success: used once the copies are in place and
    //! the settings point at them, when a leftover original is an orphan to log, not a failure to
    //! roll back.
    void removeQuietly(CredentialStore &store, const QStringList &keys, CredentialBatch::Next next);
    //! Runs `batch`; on failure also removes `written` (best effort) before reporting.
    void runWithRollback(CredentialBatch &batch, CredentialStore &store, const QStringList &written,
                         QObject *context, Done done);
    void saveSecretFlag(const QString &name, Credentials::Field field, bool set);

    ProfileSettings m_settings;
    CredentialStore &m_keychain;
    std::unique_ptr<MemoryCredentialStore> m_session;
};
