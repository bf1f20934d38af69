#pragma once

#include "auth/Credentials.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

struct Profile;

//! How `profiles` subcommands show a profile, as text and as JSON. Secrets appear as a state and a
//! length ("set (32 chars)"), never as values.
class ProfileFormat
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFormat)

public:
    //! The non-secret fields: name, api, api_base, app_id, webhook_environment, responder,
    //! session_only, sandbox, secrets_set (field names), accounts.
    static QJsonObject toJson(const Profile &profile);

    //! Where a field's value comes from in this run, and its length when known.
    struct SecretState
    {
        enum class Source { None, Stored, Builtin, Unreadable };
        Source source = Source::None;
        qsizetype length = 0;
        qsizetype environmentLength = 0; //!< > 0: the X_* variable overrides it in this run
    };
    static SecretState secretState(const Profile &profile, Credentials::Field field,
                                   const std::optional<Credentials> &loaded);
    static QString describe(const SecretState &state, Credentials::Field field);
    static QJsonObject toJson(const SecretState &state, Credentials::Field field);
};
