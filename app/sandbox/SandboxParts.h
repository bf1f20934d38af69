#pragma once

#include <QtGlobal>

#include <functional>

struct SandboxApp;
class ActivityEngine;
class CrcChecker;
class Deliverer;
class DeliveryLog;
class ReplayJobs;
class SandboxWorld;
class SignInRequests;
class WebhookRegistry;
class WebhookValidator;

//! The pieces of a running Sandbox that its routes work on. All live on the Sandbox's thread and
//! are owned by SandboxServer; the routes only borrow them.
struct SandboxParts
{
    SandboxApp &app;
    SandboxWorld &world;
    WebhookRegistry &webhooks;
    DeliveryLog &log;
    Deliverer &deliverer;
    CrcChecker &crc;
    WebhookValidator &validator;
    ReplayJobs &replays;
    ActivityEngine &activity;
    SignInRequests &signIns;
    std::function<qint64()> now; //!< ms since the epoch
};
