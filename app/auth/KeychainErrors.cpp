#include "auth/KeychainErrors.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("KeychainErrors", text);
}

// libsecret and QtDBus explain a missing or unreachable Secret Service in these words; QtKeychain
// reports all of them as OtherError.
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

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 2);
}

} // namespace

namespace KeychainErrors {

Error fromJob(KeychainCode code, const QString &jobMessage)
{
    switch (code) {
    case KeychainCode::AccessDenied:
        // libsecret's SECRET_ERROR_IS_LOCKED: a locked collection whose unlock was refused (or
        // could not be asked for: no prompter).
        return Error(ErrorKind::Keychain,
                     tr("The keyring is locked and was not unlocked, or it refused access. Unlock "
                        "it (for example in Seahorse, or by logging in again) and try again."),
                     jobMessage);
    case KeychainCode::AccessDeniedByUser:
        return Error(ErrorKind::Keychain,
                     tr("Access to the keychain was denied. Allow aaconsole to use the keychain, "
                        "or keep this profile's secrets for this session only."),
                     jobMessage);
    case KeychainCode::NoBackendAvailable:
        return Error(ErrorKind::Keychain,
                     tr("No keychain is available on this system. Install and start a Secret "
                        "Service (gnome-keyring or KWallet), or keep secrets for this session "
                        "only."),
                     jobMessage);
    case KeychainCode::CouldNotDeleteEntry:
        return Error(ErrorKind::Keychain, tr("The keychain could not delete the entry."),
                     jobMessage);
    case KeychainCode::NotImplemented:
        return Error(ErrorKind::Keychain,
                     tr("This keychain backend does not support the operation."), jobMessage);
    case KeychainCode::NoError:
    case KeychainCode::EntryNotFound:
    case KeychainCode::OtherError: break;
    }
    // A running keyring without its default collection (common on fresh headless sessions):
    // libsecret says "Object does not exist at path /org/freedesktop/secrets/collection/login".
    if (jobMessage.contains(QLatin1String("/collection/"))
        && jobMessage.contains(QLatin1String("does not exist"))) {
        return Error(ErrorKind::Keychain,
                     tr("The keyring service runs but has no default keyring to store secrets "
                        "in. Create one (Seahorse: File, New, Password Keyring, then Set as "
                        "Default), or keep secrets for this session only."),
                     jobMessage);
    }
    if (looksLikeNoService(jobMessage)) {
        return Error(ErrorKind::Keychain,
                     tr("No keyring service is reachable (no D-Bus session, or no Secret Service "
                        "running). Start gnome-keyring or KWallet, or keep secrets for this "
                        "session only."),
                     jobMessage);
    }
    return Error(ErrorKind::Keychain, tr("The keychain reported an error: %1").arg(jobMessage),
                 jobMessage);
}

Error timedOut(int timeoutMs)
{
    return Error(ErrorKind::Keychain,
                 tr("The keychain did not answer within %1 s. Is a keyring service running and "
                    "unlocked?")
                     .arg(seconds(timeoutMs)));
}

Error stillBlocked(int timeoutMs)
{
    return Error(ErrorKind::Keychain,
                 tr("The keychain did not answer an earlier request within %1 s and is still "
                    "blocked. Check that the keyring service is running and unlocked, then "
                    "restart aaconsole.")
                     .arg(seconds(timeoutMs)));
}

} // namespace KeychainErrors
