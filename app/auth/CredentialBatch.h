#pragma once

#include "util/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class CredentialStore;
class QObject;

//! Keychain operations run one after another (QtKeychain runs them one at a time anyway), stopping
//! at the first error and reporting once. Profile operations such as rename are built from it:
//! copy every entry, and only when all copies succeeded remove the originals.
class CredentialBatch
{
public:
    using Next = std::function<void(Result<void>)>;
    //! An asynchronous step; it calls `next` exactly once.
    using Step = std::function<void(Next next)>;
    using Value = std::shared_ptr<std::optional<QString>>;

    CredentialBatch &then(Step step);
    //! Reads `key` into `*into` (std::nullopt when there is no entry).
    CredentialBatch &read(CredentialStore &store, const QString &key, Value into);
    CredentialBatch &write(CredentialStore &store, const QString &key, const QString &value);
    //! Writes `*value` when it holds one (filled in by an earlier step); otherwise does nothing.
    CredentialBatch &writeIfSet(CredentialStore &store, const QString &key, Value value);
    CredentialBatch &remove(CredentialStore &store, const QString &key);

    bool isEmpty() const { return m_steps.empty(); }

    //! Runs the steps; `done` is called with the first error, or success, unless `context` has
    //! been destroyed by then. The remaining steps still run without `context` (stopping half way
    //! through a rename would leave the keychain in a worse state than finishing it), so a step
    //! must not use `context` or anything it owns.
    void run(QObject *context, Next done);

private:
    std::vector<Step> m_steps;
};
