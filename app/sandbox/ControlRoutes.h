#pragma once

#include "sandbox/SandboxParts.h"
#include "sandbox/SandboxRouter.h"

#include <QCoreApplication>

//! The Sandbox's own endpoints under /sandbox/, which X does not have: what `aaconsole-cli sandbox
//! users|act|deliveries|faults` and the GUI's activity panel talk to. They answer only loopback
//! clients and need no credentials (the Sandbox guards nothing of value).
//!   GET  /sandbox/app                the app's id, owner and well-known credentials
//!   GET  /sandbox/users[?show_secrets=true]   accounts and their posts (and token pairs)
//!   POST /sandbox/act/ACTION         {"by", "post", "target", "text", "reply_to", "quote", …}
//!   GET  /sandbox/deliveries[?last=N&webhook=ID&body=true]
//!   GET|PUT /sandbox/faults          {"duplicate_next", "drop_next", "delay_ms"}
//! Errors are {"error": {"message", "code"}} with a 4xx status.
class ControlRoutes
{
    Q_DECLARE_TR_FUNCTIONS(ControlRoutes)

public:
    explicit ControlRoutes(SandboxParts parts);

    void install(SandboxRouter &router);
    static SandboxReply error(int status, const QString &message, const QString &code);

private:
    SandboxReply users(const SandboxRequest &request) const;
    SandboxReply deliveries(const SandboxRequest &request) const;
    SandboxReply setFaults(const SandboxRequest &request);

    SandboxParts m_parts;
};
