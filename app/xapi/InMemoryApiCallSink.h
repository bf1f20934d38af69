#pragma once

#include "xapi/ApiCallSink.h"

#include <QList>

//! Keeps the records in memory, numbered from 1.
class InMemoryApiCallSink final : public ApiCallSink
{
public:
    void record(ApiCallRecord call) override;
    const QList<ApiCallRecord> &calls() const { return m_calls; }

private:
    QList<ApiCallRecord> m_calls;
};
