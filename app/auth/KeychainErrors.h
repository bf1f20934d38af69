#pragma once

#include "util/Error.h"

//! What QtKeychain reported, mirrored value for value from QKeychain::Error so that this mapping
//! (and its test) need not include QtKeychain; KeychainCredentialStore static_asserts the match.
enum class KeychainCode {
    NoError = 0,
    EntryNotFound,
    CouldNotDeleteEntry,
    AccessDeniedByUser,
    AccessDenied,
    NoBackendAvailable,
    NotImplemented,
    OtherError,
};

namespace KeychainErrors {

//! The user-facing error for a failed keychain job. `jobMessage` (QtKeychain's or libsecret's own
//! text, never a secret) becomes the detail.
Error fromJob(KeychainCode code, const QString &jobMessage);
//! A job that did not finish within `timeoutMs`.
Error timedOut(int timeoutMs);
//! A new job refused because an earlier one is still hanging inside QtKeychain's queue.
Error stillBlocked(int timeoutMs);

} // namespace KeychainErrors
