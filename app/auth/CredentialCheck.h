#pragma once

#include "auth/Credentials.h"
#include "util/Result.h"

#include <functional>

struct Profile;
class QObject;

//! The seam for "Test credentials" (issue #6), implemented over the X API client by
//! ApiCredentialCheck (xapi/): one call in the app owner's user context (`whoami`, OAuth 1.0a with
//! the consumer and access token pairs) and one with the bearer token, each reported with the API
//! client's error explanation. An error of kind Config means the call was not made (a secret is
//! missing).
//! The Profiles dialog shows its "Test credentials" button only when it has been given one.
class CredentialCheck
{
public:
    struct Outcome
    {
        //! Who the access token belongs to ("@name (id)"), or the explained error.
        Result<QString> userContext = Error();
        //! What the bearer call showed (e.g. the app's rate-limit window), or the explained error.
        Result<QString> bearer = Error();
    };

    virtual ~CredentialCheck() = default;

    //! Runs both calls against `profile`'s API with `credentials` and reports once, unless
    //! `context` is gone by then.
    virtual void run(const Profile &profile, const Credentials &credentials, QObject *context,
                     std::function<void(Outcome)> done)
        = 0;
};
