#pragma once

#include "sandbox/SandboxReply.h"

#include <QHash>

#include <optional>

struct SandboxApp;
struct SandboxRequest;
class SandboxWorld;
class SignInRequests;

//! Which credentials an endpoint takes (x-api.md §1 tables, §5.2).
enum class RouteAuth {
    None, //!< the authorize page, the Sandbox's own control endpoints
    Bearer, //!< app-only bearer token
    AppOwner, //!< OAuth 1.0a with the app owner's token
    AnyUser, //!< OAuth 1.0a with any authorised account's token
    BearerOrAppOwner, //!< v2 /2/webhooks: the spec allows both
    Consumer, //!< OAuth 1.0a without a token (oauth/request_token)
    RequestToken, //!< OAuth 1.0a with a request token (oauth/access_token)
};

//! Checks a request's credentials the way X does and answers with X's error when they do not do:
//! the wrong kind of credentials for the endpoint, an unknown bearer or access token, an OAuth
//! 1.0a signature that does not verify (error 32), a timestamp more than 5 minutes off (135), a
//! nonce used before (32), a revoked token (89). Signatures are verified with OAuth1Verifier,
//! which shares no code with the client's signer.
class SandboxAuth
{
public:
    SandboxAuth(const SandboxApp &app, const SandboxWorld &world, SignInRequests &signIns);

    //! nullopt when accepted (and `request.userId`/`token` are then set), else X's answer.
    std::optional<SandboxReply> check(SandboxRequest &request, RouteAuth required, qint64 nowMs);

    static constexpr qint64 MaxClockSkewSeconds = 300;

private:
    std::optional<SandboxReply> checkBearer(const SandboxRequest &request, RouteAuth required);
    std::optional<SandboxReply> checkOAuth(SandboxRequest &request, RouteAuth required,
                                           qint64 nowMs);
    bool nonceSeen(const QByteArray &key, qint64 nowSeconds);

    const SandboxApp &m_app;
    const SandboxWorld &m_world;
    SignInRequests &m_signIns;
    QHash<QByteArray, qint64> m_nonces; //!< consumer key, token and nonce → when first seen
};
