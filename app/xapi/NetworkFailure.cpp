#include "xapi/NetworkFailure.h"

using namespace Qt::StringLiterals;

Error NetworkFailure::toError(QNetworkReply::NetworkError error, const QString &errorString,
                              const QUrl &url, bool timedOut, int timeoutMs)
{
    const QString host = url.host();
    const QString origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    Error e(ErrorKind::Network, QString(), errorString);
    using N = QNetworkReply;
    if (timedOut || error == N::TimeoutError) {
        e.code = u"timeout"_s;
        e.message = tr("%1 did not answer within %2 s. Check your connection, or try again with "
                       "a longer --timeout.")
                        .arg(origin, QString::number(timeoutMs / 1000.0, 'g', 3));
        return e;
    }
    switch (error) {
    case N::HostNotFoundError:
        e.code = u"dns"_s;
        e.message = tr("The host name %1 could not be resolved. Check the spelling of the API base "
                       "URL (--api-base, or the profile's) and your DNS or internet connection.")
                        .arg(host);
        break;
    case N::ConnectionRefusedError:
        e.code = u"refused"_s;
        e.message = tr("%1 refused the connection: nothing listens there. Check the API base URL "
                       "(--api-base, or the profile's): is the Sandbox running?")
                        .arg(origin);
        break;
    case N::SslHandshakeFailedError:
    case N::InsecureRedirectError:
        e.code = u"tls"_s;
        e.message = tr("The TLS connection to %1 failed (%2). Check the system's certificates and "
                       "clock, and whether a proxy intercepts https.")
                        .arg(host, errorString);
        break;
    default:
        e.code = u"network"_s;
        e.message = tr("The connection to %1 failed: %2.").arg(origin, errorString);
        break;
    }
    return e;
}
