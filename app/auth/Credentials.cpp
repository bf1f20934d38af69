#include "auth/Credentials.h"

#include "util/SecretRedactor.h"

QString Credentials::fieldName(Field field)
{
    switch (field) {
    case Field::ConsumerKey: return QStringLiteral("consumer_key");
    case Field::ConsumerSecret: return QStringLiteral("consumer_secret");
    case Field::BearerToken: return QStringLiteral("bearer_token");
    case Field::AccessToken: return QStringLiteral("access_token");
    case Field::AccessTokenSecret: return QStringLiteral("access_token_secret");
    }
    return {};
}

QString Credentials::environmentVariable(Field field)
{
    return u"X_" + fieldName(field).toUpper();
}

std::optional<Credentials::Field> Credentials::fieldFromName(const QString &name)
{
    for (Field field : AllFields) {
        if (fieldName(field) == name)
            return field;
    }
    return std::nullopt;
}

QString Credentials::value(Field field) const
{
    switch (field) {
    case Field::ConsumerKey: return consumerKey;
    case Field::ConsumerSecret: return consumerSecret;
    case Field::BearerToken: return bearerToken;
    case Field::AccessToken: return accessToken;
    case Field::AccessTokenSecret: return accessTokenSecret;
    }
    return {};
}

void Credentials::setValue(Field field, const QString &value)
{
    switch (field) {
    case Field::ConsumerKey: consumerKey = value; break;
    case Field::ConsumerSecret: consumerSecret = value; break;
    case Field::BearerToken: bearerToken = value; break;
    case Field::AccessToken: accessToken = value; break;
    case Field::AccessTokenSecret: accessTokenSecret = value; break;
    }
}

void Credentials::overrideFromEnvironment()
{
    for (Field field : AllFields) {
        const QString fromEnv
            = qEnvironmentVariable(environmentVariable(field).toLatin1().constData());
        if (!fromEnv.isEmpty())
            setValue(field, fromEnv);
    }
    registerWithRedactor();
}

Credentials Credentials::fromEnvironment()
{
    Credentials credentials;
    credentials.overrideFromEnvironment();
    return credentials;
}

void Credentials::registerWithRedactor() const
{
    for (Field field : AllFields)
        SecretRedactor::add(value(field));
}

bool Credentials::hasAppOwnerContext() const
{
    return !consumerKey.isEmpty() && !consumerSecret.isEmpty() && !accessToken.isEmpty()
        && !accessTokenSecret.isEmpty();
}
