#include "xapi/InMemoryApiCallSink.h"

void InMemoryApiCallSink::record(ApiCallRecord call)
{
    call.id = m_calls.size() + 1;
    m_calls.append(std::move(call));
}
