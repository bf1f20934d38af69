#include "auth/EnvImport.h"

#include "auth/EnvFile.h"

#include <QFile>

#include <map>

namespace {

// What a variable stands for: one of the five secrets, or a non-secret profile field.
enum class Target { Secret, WebhookEnvironment, AppId };

struct Recognised
{
    Target target = Target::Secret;
    Credentials::Field field = Credentials::Field::ConsumerKey;
    int rank = 0; //!< 0 for X_, 1 for TWITTER_, 2 for no prefix: lower wins
};

std::optional<Recognised> recognise(const QString &variable)
{
    QString base = variable.toUpper();
    int rank = 2;
    if (base.startsWith(u"X_")) {
        base.remove(0, 2);
        rank = 0;
    } else if (base.startsWith(u"TWITTER_")) {
        base.remove(0, 8);
        rank = 1;
    }
    using F = Credentials::Field;
    const bool prefixed = rank < 2;
    if (base == u"CONSUMER_KEY" || (prefixed && base == u"API_KEY"))
        return Recognised {Target::Secret, F::ConsumerKey, rank};
    if (base == u"CONSUMER_SECRET"
        || (prefixed
            && (base == u"API_SECRET" || base == u"API_KEY_SECRET" || base == u"API_SECRET_KEY")))
        return Recognised {Target::Secret, F::ConsumerSecret, rank};
    if (base == u"BEARER_TOKEN" || base == u"BEARER")
        return Recognised {Target::Secret, F::BearerToken, rank};
    if (base == u"ACCESS_TOKEN" || base == u"ACCESS_TOKEN_KEY")
        return Recognised {Target::Secret, F::AccessToken, rank};
    if (base == u"ACCESS_TOKEN_SECRET")
        return Recognised {Target::Secret, F::AccessTokenSecret, rank};
    if (base == u"WEBHOOK_ENV")
        return Recognised {Target::WebhookEnvironment, F::ConsumerKey, rank};
    if (prefixed && base == u"APP_ID")
        return Recognised {Target::AppId, F::ConsumerKey, rank};
    return std::nullopt;
}

struct Chosen
{
    QString name;
    QString value;
    int rank = 3;
};

} // namespace

QList<Credentials::Field> EnvImport::fields() const
{
    QList<Credentials::Field> found;
    for (Credentials::Field field : Credentials::AllFields) {
        if (!credentials.value(field).isEmpty())
            found << field;
    }
    return found;
}

bool EnvImport::isEmpty() const
{
    return fields().isEmpty() && webhookEnvironment.isEmpty() && appId.isEmpty();
}

EnvImport EnvImport::from(const EnvFile &file)
{
    EnvImport result;
    // Keyed by target (and field): the best-ranked variable so far.
    std::map<std::pair<int, int>, Chosen> chosen;
    for (const auto &[name, value] : file.entries) {
        const std::optional<Recognised> r = recognise(name);
        if (!r) {
            if (!result.ignoredNames.contains(name))
                result.ignoredNames << name;
            continue;
        }
        if (value.isEmpty())
            continue;
        Chosen &slot = chosen[{int(r->target), int(r->field)}];
        if (!slot.name.isEmpty() && slot.name != name && slot.value != value) {
            const bool replaces = r->rank < slot.rank;
            result.notes << tr("%1 and %2 hold different values; %3 was used.")
                                .arg(slot.name, name, replaces ? name : slot.name);
        }
        if (slot.name.isEmpty() || r->rank < slot.rank || slot.name == name)
            slot = Chosen {name, value, r->rank};
    }
    for (const auto &[key, pick] : chosen) {
        switch (Target(key.first)) {
        case Target::Secret:
            result.credentials.setValue(Credentials::Field(key.second), pick.value);
            break;
        case Target::WebhookEnvironment: result.webhookEnvironment = pick.value; break;
        case Target::AppId: result.appId = pick.value; break;
        }
    }
    for (const auto &[name, value] : file.entries) {
        Q_UNUSED(value)
        for (const auto &[key, pick] : chosen) {
            if (pick.name == name && !result.usedNames.contains(name))
                result.usedNames << name;
        }
    }
    for (int line : file.malformedLines)
        result.notes << tr("Line %1 is not a NAME=value assignment and was skipped.").arg(line);
    return result;
}

Result<EnvImport> EnvImport::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::Usage, tr("cannot read '%1': %2").arg(path, file.errorString()));
    }
    EnvImport result = from(EnvFile::parse(file.readAll()));
    result.credentials.registerWithRedactor();
    return result;
}
