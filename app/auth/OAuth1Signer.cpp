#include "auth/OAuth1Signer.h"

#include <QDateTime>
#include <QMultiMap>
#include <QRandomGenerator>
#include <QVariant>
#include <QtNetworkAuth/QOAuth1Signature>

#include <algorithm>

namespace {

using Encoded = QPair<QByteArray, QByteArray>;

// RFC 5849 §3.4.1.3.2: encode names and values, sort by name, then by value (byte order).
QList<Encoded> encodedSorted(const QueryPairs &parameters)
{
    QList<Encoded> encoded;
    encoded.reserve(parameters.size());
    for (const auto &p : parameters)
        encoded.append(
            {OAuth1Signer::percentEncode(p.first), OAuth1Signer::percentEncode(p.second)});
    std::sort(encoded.begin(), encoded.end());
    return encoded;
}

QOAuth1Signature::HttpRequestMethod methodFor(const QByteArray &method)
{
    using M = QOAuth1Signature::HttpRequestMethod;
    if (method == "GET")
        return M::Get;
    if (method == "POST")
        return M::Post;
    if (method == "PUT")
        return M::Put;
    if (method == "DELETE")
        return M::Delete;
    if (method == "HEAD")
        return M::Head;
    return M::Custom;
}

} // namespace

OAuth1Signer::OAuth1Signer()
    : m_nonce(&OAuth1Signer::randomNonce)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{ }

QString OAuth1Signer::randomNonce()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray base64
        = QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toBase64();
    QString nonce;
    for (char c : base64) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            nonce.append(QLatin1Char(c));
    }
    return nonce;
}

OAuth1Signer::Signed OAuth1Signer::sign(const QByteArray &method, const QUrl &url,
                                        const QueryPairs &formBody,
                                        const OAuth1Credentials &credentials,
                                        const QueryPairs &extraOAuth) const
{
    QueryPairs oauth {
        {QStringLiteral("oauth_consumer_key"), credentials.consumerKey},
        {QStringLiteral("oauth_nonce"), m_nonce()},
        {QStringLiteral("oauth_signature_method"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("oauth_timestamp"), QString::number(m_clock())},
        {QStringLiteral("oauth_version"), QStringLiteral("1.0")},
    };
    // X's request_token call has no token yet; RFC 5849 §3.1 lets oauth_token be omitted then.
    if (!credentials.token.isEmpty())
        oauth.append({QStringLiteral("oauth_token"), credentials.token});
    oauth += extraOAuth;

    // QOAuth1Signature signs its parameters in QMultiMap order: keys sorted, and values of a
    // repeated key in reverse insertion order (QMultiMap inserts at the front of an equal range).
    // Inserting each key's values in descending encoded order yields RFC 5849's ascending order.
    // Keys are compared unencoded, which differs from RFC 5849's encoded byte order only for keys
    // mixing reserved or non-ASCII characters with letters; X's parameter names never do.
    QueryPairs all = oauth + decodeForm(url.query(QUrl::FullyEncoded).toLatin1()) + formBody;
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.first < b.first
            || (a.first == b.first && percentEncode(a.second) > percentEncode(b.second));
    });
    QMultiMap<QString, QVariant> parameters;
    for (const auto &p : std::as_const(all))
        parameters.insert(p.first, p.second);

    QOAuth1Signature signature(baseUri(url), credentials.consumerSecret, credentials.tokenSecret,
                               methodFor(method), parameters);
    if (signature.httpRequestMethod() == QOAuth1Signature::HttpRequestMethod::Custom)
        signature.setCustomMethodString(method);

    Signed result;
    // hmacSha1() is the raw 20-byte digest, not yet base64.
    result.signature = QString::fromLatin1(signature.hmacSha1().toBase64());
    oauth.append({QStringLiteral("oauth_signature"), result.signature});
    std::sort(oauth.begin(), oauth.end());
    result.oauthParameters = oauth;

    QByteArray header("OAuth ");
    for (qsizetype i = 0; i < oauth.size(); ++i) {
        if (i > 0)
            header += ", ";
        header
            += percentEncode(oauth.at(i).first) + "=\"" + percentEncode(oauth.at(i).second) + '"';
    }
    result.authorization = header;
    return result;
}

QByteArray OAuth1Signer::baseString(const QByteArray &method, const QUrl &url,
                                    const QueryPairs &formBody, const QueryPairs &oauthParameters)
{
    QueryPairs all = decodeForm(url.query(QUrl::FullyEncoded).toLatin1()) + formBody;
    for (const auto &p : oauthParameters) {
        if (p.first != u"oauth_signature")
            all.append(p);
    }
    QByteArray parameterString;
    const QList<Encoded> sorted = encodedSorted(all);
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        if (i > 0)
            parameterString += '&';
        parameterString += sorted.at(i).first + '=' + sorted.at(i).second;
    }
    return method.toUpper() + '&' + percentEncode(baseUri(url).toString(QUrl::FullyEncoded)) + '&'
        + percentEncode(QString::fromLatin1(parameterString));
}

QByteArray OAuth1Signer::percentEncode(const QString &value)
{
    // QUrl::toPercentEncoding leaves exactly RFC 3986's unreserved set alone and uses uppercase.
    return QUrl::toPercentEncoding(value);
}

QueryPairs OAuth1Signer::decodeForm(const QByteArray &encoded)
{
    QueryPairs pairs;
    for (const QByteArray &part : encoded.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        QByteArray name = eq < 0 ? part : part.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        pairs.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return pairs;
}

QUrl OAuth1Signer::baseUri(const QUrl &url)
{
    QUrl base = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if ((base.scheme() == u"https" && base.port() == 443)
        || (base.scheme() == u"http" && base.port() == 80))
        base.setPort(-1);
    if (base.path().isEmpty())
        base.setPath(QStringLiteral("/"));
    return base;
}
