#include "auth/ProfileKeys.h"

#include "auth/Profile.h"

namespace ProfileKeys {

QString secret(const QString &profile, Credentials::Field field)
{
    return profile + u'/' + Credentials::fieldName(field);
}

QString account(const QString &profile, const QString &userId, Credentials::Field field)
{
    return profile + u"/accounts/" + userId + u'/' + Credentials::fieldName(field);
}

QStringList owned(const Profile &profile)
{
    QStringList keys;
    for (Credentials::Field field : profile.secretFields())
        keys << secret(profile.name, field);
    for (const SubscribedAccount &a : profile.accounts) {
        keys << account(profile.name, a.userId, Credentials::Field::AccessToken)
             << account(profile.name, a.userId, Credentials::Field::AccessTokenSecret);
    }
    return keys;
}

QString rebase(const QString &key, const QString &from, const QString &to)
{
    Q_ASSERT(key.startsWith(from + u'/'));
    return to + key.mid(from.size());
}

QString unlockCheck()
{
    return QStringLiteral(".aaconsole/unlock-check");
}

} // namespace ProfileKeys
