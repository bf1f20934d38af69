#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QUrl>

//! Failures below HTTP (DNS, TLS, refused, reset, timeout) as ErrorKind::Network errors that say
//! what to check. Their Error::code is one of dns, refused, tls, timeout, network.
class NetworkFailure
{
    Q_DECLARE_TR_FUNCTIONS(NetworkFailure)

public:
    //! `timedOut` is true when our own transfer timeout aborted the reply.
    static Error toError(QNetworkReply::NetworkError error, const QString &errorString,
                         const QUrl &url, bool timedOut, int timeoutMs);
};
