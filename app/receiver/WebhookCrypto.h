#pragma once

#include <QByteArray>
#include <QString>

//! X's webhook cryptography (x-api.md §2): the CRC response token and the
//! x-twitter-webhooks-signature header are both "sha256=" + base64(HMAC-SHA256(consumer secret,
//! m)).
namespace WebhookCrypto {

inline constexpr char SignatureHeader[] = "x-twitter-webhooks-signature";
inline constexpr char Prefix[] = "sha256=";

enum class SignatureVerdict { Valid, Invalid, Missing };

//! The value X expects in {"response_token": …} for `GET …?crc_token=token`.
QByteArray crcResponseToken(const QByteArray &consumerSecret, const QByteArray &crcToken);

//! The x-twitter-webhooks-signature value for exactly these body bytes.
QByteArray signature(const QByteArray &consumerSecret, const QByteArray &body);

//! Verdict on the raw bytes, before any parsing; the comparison takes the same time wherever the
//! first differing byte is. An absent or empty header is Missing; anything else that does not match
//! (wrong prefix, wrong length, wrong digest) is Invalid.
SignatureVerdict verify(const QByteArray &consumerSecret, const QByteArray &headerValue,
                        const QByteArray &body);

bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

inline constexpr int MaxCrcTokenBytes = 256;
//! A token X could have sent: 1–256 bytes of [A-Za-z0-9+/=_-]. The responder signs nothing else,
//! so that it cannot be used to sign attacker-chosen text (a CRC answer is the same HMAC as an
//! event signature).
bool isXShapedCrcToken(const QByteArray &token);

//! "valid", "invalid", "missing": the names used in event records, filters and exports.
QString verdictName(SignatureVerdict verdict);

} // namespace WebhookCrypto
