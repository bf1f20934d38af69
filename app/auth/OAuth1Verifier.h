#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

//! Server-side OAuth 1.0a HMAC-SHA1 verification written straight from RFC 5849 §3.4/§3.5.1 and
//! independently of the client's signer (own percent-encoding, parameter collection, base string;
//! HMAC via QMessageAuthenticationCode, not QOAuth1Signature), so that a bug in the client cannot
//! be mirrored here and pass unnoticed. The Sandbox checks every signed request with it, and the
//! tests' fake X does too; it must never start sharing code with OAuth1Signer.
namespace OAuth1Verifier {

using Pairs = QList<QPair<QByteArray, QByteArray>>; //!< decoded UTF-8 bytes

//! RFC 3986 §2.1 / RFC 5849 §3.6: everything but ALPHA DIGIT - . _ ~ as %XX (uppercase).
QByteArray encode(const QByteArray &utf8);
//! Percent-decoding; with `plusIsSpace` also '+' → ' ' (application/x-www-form-urlencoded).
QByteArray decode(const QByteArray &encoded, bool plusIsSpace);
Pairs parseForm(const QByteArray &encoded);
//! `OAuth k="v", k2="v2"` → decoded parameters (realm dropped); nullopt when malformed.
std::optional<QMap<QByteArray, QByteArray>> parseAuthorization(const QByteArray &header);

QByteArray baseString(const QByteArray &method, const QByteArray &baseUri, const Pairs &parameters);
QByteArray hmacSha1Base64(const QByteArray &baseString, const QByteArray &consumerSecret,
                          const QByteArray &tokenSecret);

struct Request
{
    QByteArray method;
    QByteArray scheme = "http";
    QByteArray host; //!< the Host header: host[:port]
    QByteArray path; //!< as sent (percent-encoded)
    QByteArray rawQuery;
    QByteArray contentType;
    QByteArray body;
    QByteArray authorization;
};

struct Verdict
{
    bool valid = false;
    QString failure; //!< why not, in a few words (no keys or tokens)
    QMap<QByteArray, QByteArray> oauth; //!< the oauth_* parameters of the header
    QByteArray baseString; //!< what was signed; compare it with the client's when debugging
};

//! `tokenSecret(token)` returns the secret of a known token (empty token: consumer-only request),
//! nullopt for an unknown token.
Verdict verify(const Request &request, const QByteArray &consumerKey,
               const QByteArray &consumerSecret,
               const std::function<std::optional<QByteArray>(const QByteArray &)> &tokenSecret);

} // namespace OAuth1Verifier
