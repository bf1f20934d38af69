#include "xapi/WebhookUrlCheck.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

Error usage(const QString &message)
{
    Error e(ErrorKind::Usage, message);
    e.code = u"invalid-webhook-url"_s;
    return e;
}

} // namespace

Result<void> WebhookUrlCheck::check(const QString &text, const QUrl &apiBase)
{
    if (text.trimmed().isEmpty())
        return usage(tr("The webhook URL is empty."));
    if (text.size() > MaxLength)
        return usage(tr("The webhook URL is %1 characters long; X accepts at most %2.")
                         .arg(text.size())
                         .arg(MaxLength));
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() < 0x20)
            return usage(tr("The webhook URL contains a space or control character; "
                            "percent-encode it (%20)."));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return usage(tr("'%1' is not a well-formed URL: %2").arg(text, url.errorString()));
    if (url.scheme().isEmpty() || url.host().isEmpty())
        return usage(tr("'%1' is not a complete URL: it needs a scheme and a host, as in "
                        "https://example.com/webhooks/x.")
                         .arg(text));
    const bool againstX = isXHost(apiBase);
    const bool webScheme = url.scheme() == u"https" || url.scheme() == u"http";
    if (isLoopback(url) && webScheme) {
        if (againstX)
            return usage(tr("'%1' points at this computer, which X cannot reach. Put a public "
                            "https tunnel in front of the responder and register its URL, or use "
                            "the Sandbox (--api-base).")
                             .arg(text));
        return {}; // the Sandbox calls the local responder on any port, with or without TLS
    }
    if (url.scheme() != u"https")
        return usage(
            tr("X only calls https:// webhook URLs; '%1' uses %2://.").arg(text, url.scheme()));
    if (url.port() != -1)
        return usage(tr("The webhook URL must not contain a port (:%1); X only calls the default "
                        "https port 443.")
                         .arg(url.port()));
    return {};
}

bool WebhookUrlCheck::isXHost(const QUrl &apiBase)
{
    const QString host = apiBase.host().toLower();
    return host == u"x.com" || host == u"twitter.com" || host.endsWith(u".x.com")
        || host.endsWith(u".twitter.com");
}

bool WebhookUrlCheck::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == u"localhost" || host.endsWith(u".localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
