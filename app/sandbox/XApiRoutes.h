#pragma once

#include "sandbox/SandboxParts.h"
#include "sandbox/SandboxRouter.h"

#include <QDateTime>

//! X's REST surface for Account Activity, as the Sandbox serves it (x-api.md §1): webhooks,
//! subscriptions, replay and whoami, in v2 and in the v1.1 Enterprise flavour, with X's success
//! bodies and status codes and X's error bodies (v1.1 codes and messages, v2 reasons).
class XApiRoutes
{
public:
    explicit XApiRoutes(SandboxParts parts);

    void install(SandboxRouter &router);

private:
    void installV2(SandboxRouter &router);
    void installV11(SandboxRouter &router);

    //! Checks the URL, runs the CRC check, and registers the webhook if it passed.
    void createWebhook(const QString &url, bool v2, const SandboxRespond &respond);
    void validateWebhook(const QString &webhookId, bool v2, const SandboxRespond &respond);

    enum class ReplayShape { V2Webhooks, V2AccountActivity, V11 };
    SandboxReply replay(const QString &webhookId, const QString &from, const QString &to,
                        ReplayShape shape);
    static QDateTime parseDate(const QString &text);

    QJsonObject webhookJson(const QString &webhookId, bool v2) const;
    QJsonObject subscriptionList(const QString &webhookId) const;
    QJsonObject subscriptionCount() const;

    SandboxParts m_parts;
};
