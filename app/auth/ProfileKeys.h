#pragma once

#include "auth/Credentials.h"

#include <QStringList>

struct Profile;

//! Names of a profile's entries in its CredentialStore: one small entry per secret (some
//! platforms cap an entry's size), `<profile>/<field>` and
//! `<profile>/accounts/<user id>/access_token|access_token_secret`. Profile names contain no '/',
//! so no two profiles share a key.
namespace ProfileKeys {

QString secret(const QString &profile, Credentials::Field field);
QString account(const QString &profile, const QString &userId, Credentials::Field field);
//! The keys `profile` uses: the secrets recorded as set and every account's token pair. Only these
//! are ever read, copied or deleted, so a profile without secrets never touches the keychain.
QStringList owned(const Profile &profile);
//! `key` of profile `from` as the same entry of profile `to`.
QString rebase(const QString &key, const QString &from, const QString &to);

//! A key no profile can own, written and deleted once to tell a locked keyring from a missing
//! entry (a locked keyring answers reads with "not found").
QString unlockCheck();

} // namespace ProfileKeys
