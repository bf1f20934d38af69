#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

//! What ActivityEngine's actions (spread over two files) share: reading a request's parameters
//! and refusing it with an HTTP status and a machine-readable code.
namespace ActivityParams {

inline Error refuse(int status, const QString &message, const char *code)
{
    Error e(ErrorKind::Usage, message, {}, status);
    e.code = QLatin1String(code);
    return e;
}

inline QString param(const QJsonObject &params, const char *key)
{
    return params.value(QLatin1String(key)).toString().trimmed();
}

} // namespace ActivityParams
