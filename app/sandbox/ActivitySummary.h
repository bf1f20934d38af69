#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

//! One line for people about what a Sandbox activity did and where it was delivered, from the
//! JSON the Sandbox answers to /sandbox/act (what `sandbox act` prints and the activity panel
//! shows).
class ActivitySummary
{
    Q_DECLARE_TR_FUNCTIONS(ActivitySummary)

public:
    static QString describe(const QJsonObject &result);
};
