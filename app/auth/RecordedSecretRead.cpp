#include "auth/RecordedSecretRead.h"

#include "auth/CredentialStore.h"
#include "auth/ProfileKeys.h"
#include "util/Logging.h"

namespace {

// "consumer_secret", "accounts/42/access_token": the key without its profile.
QString fieldOf(const QString &profile, const QString &key)
{
    return key.mid(profile.size() + 1);
}

} // namespace

CredentialBatch::Step RecordedSecretRead::step(CredentialStore &store, const QString &profile,
                                               const QString &key, CredentialBatch::Value into)
{
    return [&store, profile, key, into](CredentialBatch::Next next) {
        store.read(key, [&store, profile, key, into, next](Result<std::optional<QString>> read) {
            if (!read.ok())
                return next(read.error());
            if (read.value()) {
                *into = read.takeValue();
                return next({});
            }
            diagnoseMissing(store, profile, key, into, next);
        });
    };
}

void RecordedSecretRead::diagnoseMissing(CredentialStore &store, const QString &profile,
                                         const QString &key, CredentialBatch::Value into,
                                         CredentialBatch::Next next)
{
    qCDebug(lcKeychain) << key << "is recorded as set but reads back missing; probing";
    store.write(
        ProfileKeys::unlockCheck(), QStringLiteral("probe"), [=, &store](Result<void> probe) {
            if (!probe.ok()) {
                return next(
                    Error(ErrorKind::Keychain,
                          tr("Profile \"%1\": %2 is stored in the keychain but could not be "
                             "read. The keyring appears to be locked and was not unlocked. "
                             "Unlock it (for example in Seahorse, or by logging in again) and "
                             "try again.")
                              .arg(profile, fieldOf(profile, key)),
                          probe.error().message));
            }
            store.remove(ProfileKeys::unlockCheck(), [](Result<void>) {});
            store.read(key, [=](Result<std::optional<QString>> again) {
                if (again.ok() && again.value()) {
                    *into = again.takeValue();
                    return next({});
                }
                next(Error(
                    ErrorKind::Keychain,
                    tr("Profile \"%1\": %2 is recorded as set, but the keychain has no entry for "
                       "it (was it deleted outside aaconsole?). Set it again in the Profiles "
                       "dialog or with: aaconsole-cli profiles set-secret \"%1\" %2")
                        .arg(profile, fieldOf(profile, key))));
            });
        });
}
