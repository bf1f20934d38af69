#pragma once

#include "auth/Credentials.h"
#include "auth/SubscribedAccount.h"
#include "receiver/ResponderSettings.h"
#include "util/Result.h"
#include "xapi/ApiFlavour.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

//! One X app (or the Sandbox) as the console knows it. Everything here is non-secret and lives in
//! QSettings; the secrets themselves are in the profile's CredentialStore, and the profile only
//! records which of them are set.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr char DefaultApiBase[] = "https://api.x.com";
    static constexpr int MaximumNameLength = 64;

    QString name;
    ApiFlavour api = ApiFlavour::V2;
    QString apiBase = QLatin1String(DefaultApiBase);
    QString appId;
    //! The v1.1 webhook environment label (TWITTER_WEBHOOK_ENV); unused by v2.
    QString webhookEnvironment;
    ResponderSettings responder;
    //! Secrets are kept in memory for this session only, never in the keychain.
    bool sessionOnly = false;
    //! The profile talks to the built-in Sandbox: a secret that is not set falls back to the
    //! Sandbox's well-known value (SandboxDefaults), which needs no keychain.
    bool sandbox = false;
    QList<SubscribedAccount> accounts;

    bool hasSecret(Credentials::Field field) const;
    void setHasSecret(Credentials::Field field, bool set);
    QList<Credentials::Field> secretFields() const;
    //! The value used when `field` is not set: the Sandbox's for a Sandbox profile, else empty.
    QString builtinSecret(Credentials::Field field) const;

    std::optional<SubscribedAccount> account(const QString &userId) const;

    //! Names are 1–64 characters without '/', '\\' or control characters, not "." or "..", and
    //! without surrounding spaces: they become keychain keys, settings groups and directory names.
    static Result<void> validateName(const QString &name);
    //! The name, plus an http(s) API base URL, a port in 1–65535, a path starting with '/' and a
    //! bind address that is an IP address.
    Result<void> validate() const;
    //! The profile the first run creates: the Sandbox with its well-known app.
    static Profile sandboxProfile();

private:
    unsigned m_secretMask = 0;
};
