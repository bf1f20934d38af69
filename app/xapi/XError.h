#pragma once

#include "xapi/ApiResponse.h"

#include <QString>

//! What X said when it answered with an error, decoded from either published shape:
//! v1.1 `{"errors":[{"code","message"}]}` or v2 problem JSON (`title`, `detail`, `type`, and
//! `errors[].message` whose prefix before ':' is the reason, e.g. `CrcValidationFailed`).
struct XError
{
    int httpStatus = 0;
    int code = -1; //!< v1.1 (and v2 `Error`) numeric code; -1 when absent
    QString message; //!< errors[0].message (or the plain-text body)
    QString reason; //!< v2 reason prefix of errors[0].message, e.g. "DuplicateUrlFailed"
    QString title;
    QString detail;
    QString type;
    QString operation; //!< the call that failed ("subscriptions.remove", …), when known
    RateLimit rateLimit;

    //! X's own words on one line, e.g. "HTTP 403, code 214: Too many resources already created."
    QString summary() const;
    //! Machine-readable: the reason, else the code, else the HTTP status ("http-404").
    QString key() const;

    static XError decode(const ApiResponse &response);
};
