#pragma once

#include <QHash>
#include <QString>

//! The temporary request tokens of PIN sign-ins in progress (x-api.md §5.2): made by
//! oauth/request_token, bound to an account and given a PIN by oauth/authorize, used up by
//! oauth/access_token. A token is good for 15 minutes, a PIN once.
class SignInRequests
{
public:
    struct Pending
    {
        QString token;
        QString secret;
        QString userId; //!< empty until the user authorised the app
        QString pin;
        qint64 createdAtMs = 0;
    };

    Pending create(qint64 nowMs);
    //! Null when unknown or expired.
    Pending *find(const QString &token, qint64 nowMs);
    //! Binds the request token to the account and returns the PIN to show.
    QString authorize(const QString &token, const QString &userId, qint64 nowMs);
    void remove(const QString &token) { m_pending.remove(token); }

private:
    static constexpr qint64 LifetimeMs = 15 * 60 * 1000;
    QHash<QString, Pending> m_pending;
};
