#include "receiver/WebhookCrypto.h"

#include <QMessageAuthenticationCode>

#include <optional>

#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace WebhookCrypto {

namespace {

// One HMAC context per thread, keyed once per secret: setting up the key (and, in OpenSSL 3,
// fetching the algorithm) costs more than hashing a delivery.
class HmacSha256
{
public:
    HmacSha256()
        : m_mac(EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr))
        , m_context(m_mac ? EVP_MAC_CTX_new(m_mac) : nullptr)
    { }
    ~HmacSha256()
    {
        EVP_MAC_CTX_free(m_context);
        EVP_MAC_free(m_mac);
    }
    HmacSha256(const HmacSha256 &) = delete;
    HmacSha256 &operator=(const HmacSha256 &) = delete;

    std::optional<QByteArray> hash(const QByteArray &key, const QByteArray &message)
    {
        if (!m_context)
            return std::nullopt;
        if (!m_keyed || key != m_key) {
            char digest[] = "SHA256";
            const OSSL_PARAM params[]
                = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                   OSSL_PARAM_construct_end()};
            m_keyed = EVP_MAC_init(m_context, reinterpret_cast<const uchar *>(key.constData()),
                                   size_t(key.size()), params)
                == 1;
            m_key = key;
        } else if (EVP_MAC_init(m_context, nullptr, 0, nullptr) != 1) { // same key, new message
            m_keyed = false;
        }
        if (!m_keyed)
            return std::nullopt;
        uchar out[EVP_MAX_MD_SIZE];
        size_t length = 0;
        if (EVP_MAC_update(m_context, reinterpret_cast<const uchar *>(message.constData()),
                           size_t(message.size()))
                != 1
            || EVP_MAC_final(m_context, out, &length, sizeof out) != 1) {
            m_keyed = false;
            return std::nullopt;
        }
        return QByteArray(reinterpret_cast<const char *>(out), qsizetype(length));
    }

private:
    EVP_MAC *m_mac;
    EVP_MAC_CTX *m_context;
    QByteArray m_key;
    bool m_keyed = false;
};

QByteArray prefixedHmac(const QByteArray &key, const QByteArray &message)
{
    thread_local HmacSha256 hmac;
    std::optional<QByteArray> digest = hmac.hash(key, message);
    if (!digest) // libcrypto without HMAC (a FIPS-only provider set, say): Qt's own
        digest = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
    return QByteArray(Prefix) + digest->toBase64();
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
