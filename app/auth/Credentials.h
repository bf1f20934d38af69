#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

//! The five secrets of an X app (DESIGN.md "The contract"). All five are secrets: masked on screen,
//! never written to QSettings, logs, exports or the capture store.
struct Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)

public:
    enum class Field { ConsumerKey, ConsumerSecret, BearerToken, AccessToken, AccessTokenSecret };

    QString consumerKey;
    QString consumerSecret;
    QString bearerToken;
    QString accessToken;
    QString accessTokenSecret;

    static constexpr Field AllFields[]
        = {Field::ConsumerKey, Field::ConsumerSecret, Field::BearerToken, Field::AccessToken,
           Field::AccessTokenSecret};

    //! "consumer_key", … : keychain entry names and `profiles set-secret` field names.
    static QString fieldName(Field field);
    //! "X_CONSUMER_KEY", … : the environment variables that override a profile per field.
    static QString environmentVariable(Field field);
    static std::optional<Field> fieldFromName(const QString &name);

    QString value(Field field) const;
    void setValue(Field field, const QString &value);

    //! Replaces every field whose X_* environment variable is set (and not empty).
    void overrideFromEnvironment();
    static Credentials fromEnvironment();

    //! Hands every non-empty value to SecretRedactor, so that none can reach a log.
    void registerWithRedactor() const;

    bool
    hasAppOwnerContext() const; //!< consumer pair + access token pair (OAuth 1.0a user context)
    bool hasBearer() const { return !bearerToken.isEmpty(); }
};
