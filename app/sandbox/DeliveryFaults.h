#pragma once

#include <QJsonObject>

//! Faults the Sandbox can inject into its deliveries, to exercise a consumer's dedupe and replay:
//! send the next N deliveries twice, drop the next N (logged as attempted, so that replay brings
//! them back), or hold every attempt back by a delay.
struct DeliveryFaults
{
    int duplicateNext = 0;
    int dropNext = 0;
    int delayMs = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("duplicate_next"), duplicateNext},
                {QStringLiteral("drop_next"), dropNext},
                {QStringLiteral("delay_ms"), delayMs}};
    }
};
