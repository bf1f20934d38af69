#include "auth/OAuth1Verifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

// Compares in a time that does not depend on where the first difference is: a server that
// answers faster for a longer correct prefix leaks the signature byte by byte.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

namespace OAuth1Verifier {

QByteArray encode(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

QByteArray decode(const QByteArray &encoded, bool plusIsSpace)
{
    const auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '%' && i + 2 < encoded.size() && nibble(encoded.at(i + 1)) >= 0
            && nibble(encoded.at(i + 2)) >= 0) {
            out += char(nibble(encoded.at(i + 1)) * 16 + nibble(encoded.at(i + 2)));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

Pairs parseForm(const QByteArray &encoded)
{
    Pairs pairs;
    for (const QByteArray &item : encoded.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        pairs.append({decode(eq < 0 ? item : item.left(eq), true),
                      eq < 0 ? QByteArray() : decode(item.mid(eq + 1), true)});
    }
    return pairs;
}

std::optional<QMap<QByteArray, QByteArray>> parseAuthorization(const QByteArray &header)
{
    if (!header.startsWith("OAuth "))
        return std::nullopt;
    QMap<QByteArray, QByteArray> params;
    for (QByteArray item : header.mid(6).split(',')) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        if (eq < 0)
            return std::nullopt;
        QByteArray value = item.mid(eq + 1);
        if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
            return std::nullopt;
        const QByteArray name = decode(item.left(eq), false);
        if (name == "realm")
            continue;
        params.insert(name, decode(value.mid(1, value.size() - 2), false));
    }
    return params;
}

QByteArray baseString(const QByteArray &method, const QByteArray &baseUri, const Pairs &parameters)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto &p : parameters)
        encoded.append({encode(p.first), encode(p.second)});
    std::sort(encoded.begin(), encoded.end()); // by name, then by value (§3.4.1.3.2)
    QByteArray normalized;
    for (const auto &p : encoded) {
        if (!normalized.isEmpty())
            normalized += '&';
        normalized += p.first + '=' + p.second;
    }
    return method.toUpper() + '&' + encode(baseUri) + '&' + encode(normalized);
}

QByteArray hmacSha1Base64(const QByteArray &baseString, const QByteArray &consumerSecret,
                          const QByteArray &tokenSecret)
{
    const QByteArray key = encode(consumerSecret) + '&' + encode(tokenSecret);
    return QMessageAuthenticationCode::hash(baseString, key, QCryptographicHash::Sha1).toBase64();
}

Verdict verify(const Request &request, const QByteArray &consumerKey,
               const QByteArray &consumerSecret,
               const std::function<std::optional<QByteArray>(const QByteArray &)> &tokenSecret)
{
    Verdict v;
    const auto oauth = parseAuthorization(request.authorization);
    if (!oauth) {
        v.failure = QStringLiteral("no OAuth Authorization header");
        return v;
    }
    v.oauth = *oauth;
    for (const char *required : {"oauth_consumer_key", "oauth_nonce", "oauth_signature",
                                 "oauth_signature_method", "oauth_timestamp"}) {
        if (!oauth->contains(required)) {
            v.failure = QStringLiteral("missing %1").arg(QLatin1String(required));
            return v;
        }
    }
    if (oauth->value("oauth_signature_method") != "HMAC-SHA1"
        || (oauth->contains("oauth_version") && oauth->value("oauth_version") != "1.0")) {
        v.failure = QStringLiteral("unsupported signature method or version");
        return v;
    }
    if (oauth->value("oauth_consumer_key") != consumerKey) {
        v.failure = QStringLiteral("unknown consumer key");
        return v;
    }
    const auto secret = tokenSecret(oauth->value("oauth_token"));
    if (!secret) {
        v.failure = QStringLiteral("unknown token");
        return v;
    }

    // §3.4.1.3.1: query, Authorization (minus realm and signature), and a form body.
    Pairs params = parseForm(request.rawQuery);
    for (auto it = oauth->begin(); it != oauth->end(); ++it) {
        if (it.key() != "oauth_signature")
            params.append({it.key(), it.value()});
    }
    if (request.contentType.startsWith("application/x-www-form-urlencoded"))
        params += parseForm(request.body);

    // §3.4.1.2: lower-case scheme and host, default port left out, path as sent.
    QByteArray host = request.host.toLower();
    const QByteArray scheme = request.scheme.toLower();
    if ((scheme == "http" && host.endsWith(":80")) || (scheme == "https" && host.endsWith(":443")))
        host.truncate(host.lastIndexOf(':'));
    const QByteArray uri = scheme + "://" + host + (request.path.isEmpty() ? "/" : request.path);
    v.baseString = baseString(request.method, uri, params);
    const QByteArray expected = hmacSha1Base64(v.baseString, consumerSecret, *secret);
    v.valid = sameBytes(expected, oauth->value("oauth_signature"));
    if (!v.valid)
        v.failure = QStringLiteral("signature mismatch");
    return v;
}

} // namespace OAuth1Verifier
