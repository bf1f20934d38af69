#pragma once

#include "auth/Credentials.h"
#include "util/Result.h"
#include "xapi/ApiResponse.h"
#include "xapi/ApiTypes.h"

#include <QCoreApplication>
#include <QList>

//! The words of "Test credentials" for the person in front of the Profiles dialog: what each of
//! its two calls showed, or what went wrong and what to do. X's own words stay in Error::detail.
class CredentialCheckText
{
    Q_DECLARE_TR_FUNCTIONS(CredentialCheckText)

public:
    //! "@name (id)", or the explained failure of `whoami` (OAuth 1.0a as the app owner).
    static Result<QString> userContext(const Result<XUser> &user);
    //! What the webhook list read with the bearer token showed, or its explained failure.
    static Result<QString> bearer(const Result<ApiResponse> &response);
    //! The call was not made because these secrets are not set.
    static Error notTested(const QList<Credentials::Field> &missing);
};
