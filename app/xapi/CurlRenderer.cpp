#include "xapi/CurlRenderer.h"

#include "util/SecretRedactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Single quotes: nothing inside expands.
QString singleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

// Double quotes, so that the $X_… placeholders expand; the record holds no other '$'.
QString doubleQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'`', u"\\`"_s);
    return u'"' + escaped + u'"';
}

QString placeholdOAuth(QString authorization)
{
    static const struct
    {
        const char16_t *name;
        const char16_t *placeholder;
    } single[] = {{u"oauth_nonce", u"$OAUTH_NONCE"},
                  {u"oauth_timestamp", u"$OAUTH_TIMESTAMP"},
                  {u"oauth_signature", u"$OAUTH_SIGNATURE"}};
    for (const auto &p : single) {
        const QRegularExpression re(QString::fromUtf16(p.name) + u"=\"[^\"]*\"");
        authorization.replace(
            re, QString::fromUtf16(p.name) + u"=\"" + QString::fromUtf16(p.placeholder) + u'"');
    }
    return authorization;
}

} // namespace

namespace CurlRenderer {

QString render(const ApiCallRecord &call)
{
    QStringList lines;
    QString authorization;
    QString contentType;
    for (const auto &h : call.requestHeaders) {
        if (h.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            authorization = QString::fromUtf8(h.second);
        else if (h.first.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = QString::fromUtf8(h.second);
    }
    const bool oauth1 = authorization.startsWith(u"OAuth ");
    if (oauth1) {
        lines << u"# OAuth 1.0a signatures are single-use: sign this request again (same method, "
                 "URL and parameters) and set OAUTH_NONCE, OAUTH_TIMESTAMP and OAUTH_SIGNATURE."_s;
        authorization = placeholdOAuth(authorization);
    }
    lines << u"curl --request "_s + QString::fromLatin1(call.method) + u" \\"_s;
    lines << u"  --url "_s + singleQuoted(call.url) + u" \\"_s;
    if (!authorization.isEmpty())
        lines << u"  --header "_s + doubleQuoted(u"Authorization: "_s + authorization) + u" \\"_s;
    if (!contentType.isEmpty())
        lines << u"  --header "_s + singleQuoted(u"Content-Type: "_s + contentType) + u" \\"_s;
    if (!call.requestBody.isEmpty())
        lines << u"  --data "_s + singleQuoted(QString::fromUtf8(call.requestBody)) + u" \\"_s;
    QString text = lines.join(u'\n');
    text.chop(2); // the last line's " \"
    // The record holds no secret; this is the last line of defence all the same.
    return SecretRedactor::redact(text);
}

} // namespace CurlRenderer
