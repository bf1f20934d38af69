#pragma once

#include <QString>

//! An account subscribed through PIN-based sign-in. Only these two fields are stored in the
//! settings; the account's token pair lives in the profile's credential store under
//! `<profile>/accounts/<user id>/access_token` and `…/access_token_secret`.
struct SubscribedAccount
{
    QString userId;
    QString screenName;

    friend bool operator==(const SubscribedAccount &a, const SubscribedAccount &b)
    {
        return a.userId == b.userId && a.screenName == b.screenName;
    }
};
