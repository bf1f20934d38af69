#pragma once

#include "util/Result.h"
#include "xapi/ApiFlavour.h"

#include <QCoreApplication>
#include <QDateTime>

//! The replay window checked as X checks it before anyone waits for a rejection (x-api.md §1d):
//! both dates `YYYYMMDDhhmm` in UTC, from before to, nothing in the future; v2 reaches back 24
//! hours, v1.1 five days, with from at least 31 and to at least 10 minutes before now.
class ReplayWindow
{
    Q_DECLARE_TR_FUNCTIONS(ReplayWindow)

public:
    //! Parses YYYYMMDDhhmm (UTC); invalid QDateTime when malformed.
    static QDateTime parse(const QString &text);
    //! ErrorKind::Usage saying what is wrong with the window.
    static Result<void> check(const QString &from, const QString &to, ApiFlavour flavour,
                              const QDateTime &now);
};
