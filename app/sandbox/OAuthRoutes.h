#pragma once

#include "sandbox/SandboxParts.h"
#include "sandbox/SandboxRouter.h"

#include <QCoreApplication>

//! X's PIN-based sign-in (x-api.md §5.2) as the Sandbox serves it: oauth/request_token (oob only),
//! oauth/authorize, and oauth/access_token. There is no browser login: GET /oauth/authorize with
//! the request token lists the accounts, and with `screen_name` it authorises the app for that
//! account and shows the PIN (as JSON with `format=json` or `Accept: application/json`), so that
//! scripts and tests can finish the flow without a browser.
class OAuthRoutes
{
    Q_DECLARE_TR_FUNCTIONS(OAuthRoutes)

public:
    explicit OAuthRoutes(SandboxParts parts);

    void install(SandboxRouter &router);

private:
    SandboxReply authorizePage(const SandboxRequest &request);
    SandboxReply accessToken(const SandboxRequest &request);

    SandboxParts m_parts;
};
