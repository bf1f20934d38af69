#include "receiver/WebhookCrypto.h"

#include <QMessageAuthenticationCode>

namespace WebhookCrypto {

namespace {

QByteArray prefixedHmac(const QByteArray &key, const QByteArray &message)
{
    return QByteArray(Prefix)
        + QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256).toBase64();
}

} // namespace

QByteArray crcResponseToken(const QByteArray &consumerSecret, const QByteArray &crcToken)
{
    return prefixedHmac(consumerSecret, crcToken);
}

QByteArray signature(const QByteArray &consumerSecret, const QByteArray &body)
{
    return prefixedHmac(consumerSecret, body);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length of a well-formed signature is public, so only the content must not leak timing.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool isXShapedCrcToken(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > MaxCrcTokenBytes)
        return false;
    for (char c : token) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
            || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=' || c == '_' || c == '-';
        if (!allowed)
            return false;
    }
    return true;
}

SignatureVerdict verify(const QByteArray &consumerSecret, const QByteArray &headerValue,
                        const QByteArray &body)
{
    const QByteArray received = headerValue.trimmed();
    if (received.isEmpty())
        return SignatureVerdict::Missing;
    return constantTimeEquals(received, signature(consumerSecret, body))
        ? SignatureVerdict::Valid
        : SignatureVerdict::Invalid;
}

QString verdictName(SignatureVerdict verdict)
{
    switch (verdict) {
    case SignatureVerdict::Valid: return QStringLiteral("valid");
    case SignatureVerdict::Invalid: return QStringLiteral("invalid");
    case SignatureVerdict::Missing: return QStringLiteral("missing");
    }
    return QStringLiteral("invalid");
}

} // namespace WebhookCrypto
