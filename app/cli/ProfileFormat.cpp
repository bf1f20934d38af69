#include "cli/ProfileFormat.h"

#include "auth/Profile.h"

#include <QJsonArray>

QJsonObject ProfileFormat::toJson(const Profile &profile)
{
    QJsonArray secrets;
    for (Credentials::Field field : profile.secretFields())
        secrets.append(Credentials::fieldName(field));
    QJsonArray accounts;
    for (const SubscribedAccount &a : profile.accounts) {
        accounts.append(QJsonObject {{QStringLiteral("user_id"), a.userId},
                                     {QStringLiteral("screen_name"), a.screenName}});
    }
    return {
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("api"), ApiFlavours::name(profile.api)},
        {QStringLiteral("api_base"), profile.apiBase},
        {QStringLiteral("app_id"), profile.appId},
        {QStringLiteral("webhook_environment"), profile.webhookEnvironment},
        {QStringLiteral("responder"),
         QJsonObject {{QStringLiteral("port"), profile.responder.port},
                      {QStringLiteral("path"), profile.responder.path},
                      {QStringLiteral("bind_address"), profile.responder.bindAddress},
                      {QStringLiteral("allow_unsigned"), profile.responder.allowUnsigned}}},
        {QStringLiteral("session_only"), profile.sessionOnly},
        {QStringLiteral("sandbox"), profile.sandbox},
        {QStringLiteral("secrets_set"), secrets},
        {QStringLiteral("accounts"), accounts},
    };
}

ProfileFormat::SecretState ProfileFormat::secretState(const Profile &profile,
                                                      Credentials::Field field,
                                                      const std::optional<Credentials> &loaded)
{
    SecretState state;
    state.environmentLength
        = qEnvironmentVariable(Credentials::environmentVariable(field).toLatin1().constData())
              .size();
    if (profile.hasSecret(field)) {
        state.source = loaded ? SecretState::Source::Stored : SecretState::Source::Unreadable;
        state.length = loaded ? loaded->value(field).size() : 0;
    } else if (!profile.builtinSecret(field).isEmpty()) {
        state.source = SecretState::Source::Builtin;
        state.length = profile.builtinSecret(field).size();
    }
    return state;
}

QString ProfileFormat::describe(const SecretState &state, Credentials::Field field)
{
    QString text;
    switch (state.source) {
    case SecretState::Source::None: text = tr("not set"); break;
    case SecretState::Source::Stored: text = tr("set (%1 chars)").arg(state.length); break;
    case SecretState::Source::Builtin:
        text = tr("the Sandbox's built-in value (%1 chars)").arg(state.length);
        break;
    case SecretState::Source::Unreadable: text = tr("set, but could not be read"); break;
    }
    if (state.environmentLength > 0) {
        text = tr("%1; overridden in this environment by %2 (%3 chars)")
                   .arg(text, Credentials::environmentVariable(field))
                   .arg(state.environmentLength);
    }
    return text;
}

QJsonObject ProfileFormat::toJson(const SecretState &state, Credentials::Field field)
{
    static const char *const sources[] = {"none", "stored", "builtin", "unreadable"};
    QJsonObject o {{QStringLiteral("source"), QLatin1String(sources[int(state.source)])},
                   {QStringLiteral("length"), qint64(state.length)}};
    if (state.environmentLength > 0)
        o.insert(QStringLiteral("overridden_by"), Credentials::environmentVariable(field));
    return o;
}
