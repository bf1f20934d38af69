#pragma once

#include <QDateTime>

//! X's x-rate-limit-* headers of one response; -1 / invalid when absent.
struct RateLimit
{
    int limit = -1;
    int remaining = -1;
    QDateTime reset; //!< UTC, from the Unix timestamp in x-rate-limit-reset

    bool isKnown() const { return limit >= 0 || remaining >= 0 || reset.isValid(); }
};
