#pragma once

#include <QString>

//! Which program serves the freedesktop Secret Service on this session bus right now: the owner
//! of org.freedesktop.secrets, named from its process. So that the Profiles dialog can say
//! "GNOME Keyring" instead of listing every program that might be behind libsecret.
namespace SecretServiceProvider {

//! "GNOME Keyring", "KWallet", "KeePassXC", the process's own name for anything else, or empty
//! when nobody owns the name (no session bus, a bus that does not answer within `timeoutMs` per
//! question, or a provider that starts on first use). Cached for 10 s. Blocks while it asks,
//! unless askInTheBackground() was called.
QString current(int timeoutMs = 500);

//! From now on current() never waits: it answers what is known (empty at first) and asks again
//! on a thread of its own when the answer is stale. For the window, whose labels must not wait
//! for a hung bus.
void askInTheBackground();

//! The readable name of a provider's process name (/proc/PID/comm): gnome-keyring-d → GNOME
//! Keyring, kwalletd5/6 and ksecretd → KWallet, keepassxc → KeePassXC; anything else unchanged.
QString displayName(const QString &processName);

} // namespace SecretServiceProvider
