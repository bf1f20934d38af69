#pragma once

#include "sandbox/CrcChecker.h"

#include <QObject>
#include <QTimer>

#include <functional>

class WebhookRegistry;

//! Runs the CRC checks X runs on a registered webhook and applies X's rules to the outcome
//! (x-api.md §2): an explicit check (PUT) sets the webhook valid or invalid by its result; the
//! periodic check (hourly by default, times the time scale) marks it invalid at once for a wrong
//! token, a 3xx or a TLS failure, but for transient failures (4xx, 5xx, timeouts, refused
//! connections) only once it has not passed for 28 hours (also scaled).
class WebhookValidator final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 GraceMs = 28LL * 3600 * 1000;

    WebhookValidator(WebhookRegistry &webhooks, CrcChecker &crc, double timeScale,
                     std::function<qint64()> clock, QObject *parent = nullptr);

    void validate(const QString &webhookId, std::function<void(const CrcOutcome &)> done);
    void startPeriodic(qint64 intervalMs);
    qint64 periodMs() const { return m_timer.interval(); }
    void checkAllNow();

Q_SIGNALS:
    //! After every check, with the webhook's validity after applying the rules.
    void checked(const QString &webhookId, const CrcOutcome &outcome, bool valid);

private:
    void apply(const QString &webhookId, const CrcOutcome &outcome, bool explicitCheck);

    WebhookRegistry &m_webhooks;
    CrcChecker &m_crc;
    double m_timeScale;
    std::function<qint64()> m_clock;
    QTimer m_timer;
};
