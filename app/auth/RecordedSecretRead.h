#pragma once

#include "auth/CredentialBatch.h"

#include <QCoreApplication>

class CredentialStore;

//! Reads an entry that a profile records as set. A locked GNOME keyring answers reads with "not
//! found" (qt64-facts §2.3), so "missing" is not taken at its word: a probe write tells a locked
//! keyring (the write is refused; on a desktop it also asks to unlock) from an entry deleted
//! outside aaconsole, and after a successful probe the entry is read once more.
class RecordedSecretRead
{
    Q_DECLARE_TR_FUNCTIONS(RecordedSecretRead)

public:
    //! A batch step that reads `key` of profile `profile` into `into`, or fails with an error that
    //! says which of the two it was.
    static CredentialBatch::Step step(CredentialStore &store, const QString &profile,
                                      const QString &key, CredentialBatch::Value into);

private:
    static void diagnoseMissing(CredentialStore &store, const QString &profile, const QString &key,
                                CredentialBatch::Value into, CredentialBatch::Next next);
};
