#pragma once

#include "util/Error.h"
#include "xapi/XError.h"

#include <QCoreApplication>
#include <QDateTime>

//! Turns what X said into what went wrong and what to do, in one or two sentences a developer
//! can act on (x-api.md §1e and the failure reasons of §1c). X's own words stay in Error::detail.
class ErrorExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ErrorExplainer)

public:
    //! The explanation; `now` is used for the time left until a rate-limit reset.
    static QString explain(const XError &error, const QDateTime &now);
    //! An ErrorKind::XApi error: message = explain(), detail = X's summary, code = X's key.
    static Error toError(const XError &error, const QDateTime &now);

private:
    static QString byReason(const XError &error);
    static QString byCode(const XError &error, const QDateTime &now);
    static QString for214(const QString &message);
    static QString rateLimited(const XError &error, const QDateTime &now);
    static QString byStatus(const XError &error);
};
