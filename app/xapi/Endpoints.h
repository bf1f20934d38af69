#pragma once

#include "xapi/ApiFlavour.h"
#include "xapi/ApiRequest.h"

//! The request of each Account Activity operation in each flavour: method, path, parameters,
//! body and the authentication X documents for it (x-api.md §1a, §1c, §1d, §5.2).
namespace Endpoints {

ApiRequest createWebhook(ApiFlavour flavour, const QString &url);
ApiRequest listWebhooks(ApiFlavour flavour);
ApiRequest validateWebhook(ApiFlavour flavour, const QString &webhookId);
ApiRequest deleteWebhook(ApiFlavour flavour, const QString &webhookId);

ApiRequest addSubscription(ApiFlavour flavour, const QString &webhookId);
ApiRequest checkSubscription(ApiFlavour flavour, const QString &webhookId);
ApiRequest listSubscriptions(ApiFlavour flavour, const QString &webhookId);
ApiRequest removeSubscription(ApiFlavour flavour, const QString &webhookId, const QString &userId);
ApiRequest subscriptionCount(ApiFlavour flavour);

//! Which replay endpoint to use. v1.1 has one; v2 has `/2/webhooks/replay` (current) and the
//! Account Activity path `/2/account_activity/replay/...` (still documented, gone from the spec).
enum class ReplayPath { Webhooks, AccountActivity };
ApiRequest replay(ApiFlavour flavour, const QString &webhookId, const QString &fromDate,
                  const QString &toDate, ReplayPath path = ReplayPath::Webhooks);

ApiRequest whoami(ApiFlavour flavour);

//! The PIN (out-of-band) sign-in steps; the same in both flavours.
ApiRequest requestToken();
ApiRequest accessToken(const UserToken &requestToken, const QString &pin);
//! The page the user opens to authorise the app and see the PIN, below `base`.
QString authorizePath();

} // namespace Endpoints
