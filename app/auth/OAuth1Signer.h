#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

//! The four values an OAuth 1.0a HMAC-SHA1 signature is made from. `token`/`tokenSecret` are empty
//! for oauth/request_token (the key is then `consumer_secret&`).
struct OAuth1Credentials
{
    QString consumerKey;
    QString consumerSecret;
    QString token;
    QString tokenSecret;
};

using QueryPairs = QList<QPair<QString, QString>>;

//! Signs a request with OAuth 1.0a HMAC-SHA1 (RFC 5849 §3.4) the way X verifies it. The HMAC is
//! QtNetworkAuth's QOAuth1Signature; this class collects the parameters in RFC order (which
//! QOAuth1Signature leaves to QMultiMap) and formats X's Authorization header. Nonce and timestamp
//! come from injectable sources so published test vectors can be reproduced.
class OAuth1Signer
{
public:
    using NonceSource = std::function<QString()>;
    using Clock = std::function<qint64()>; //!< seconds since the Unix epoch

    OAuth1Signer();

    void setNonceSource(NonceSource source) { m_nonce = std::move(source); }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    //! A fresh nonce as X describes it: 32 random bytes, base64, non-word characters removed.
    static QString randomNonce();

    struct Signed
    {
        QByteArray authorization; //!< the complete `Authorization` header value
        QString signature; //!< base64 HMAC-SHA1
        QueryPairs oauthParameters; //!< every oauth_* sent, sorted, signature included
    };

    //! Signs `method url` (the URL's query is signed; it must already be percent-encoded as sent).
    //! `formBody` holds the decoded parameters of an application/x-www-form-urlencoded body and is
    //! empty for every other body (a JSON body is not signed, RFC 5849 §3.4.1.3.1). `extraOAuth`
    //! adds protocol parameters such as oauth_callback or oauth_verifier.
    Signed sign(const QByteArray &method, const QUrl &url, const QueryPairs &formBody,
                const OAuth1Credentials &credentials, const QueryPairs &extraOAuth = {}) const;

    //! The signature base string for the same inputs and oauth parameters (for diagnostics and
    //! tests; the signature itself comes from QOAuth1Signature).
    static QByteArray baseString(const QByteArray &method, const QUrl &url,
                                 const QueryPairs &formBody, const QueryPairs &oauthParameters);

    //! RFC 3986 percent-encoding over UTF-8, unreserved = ALPHA DIGIT - . _ ~, uppercase hex.
    static QByteArray percentEncode(const QString &value);
    //! The query of `url` (or a form body) decoded as application/x-www-form-urlencoded.
    static QueryPairs decodeForm(const QByteArray &encoded);
    //! `url` without query, fragment, user info and default port: the base string URI.
    static QUrl baseUri(const QUrl &url);

private:
    NonceSource m_nonce;
    Clock m_clock;
};
