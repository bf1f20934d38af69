#pragma once

#include "xapi/ApiCallRecord.h"

//! Where ApiClient sends its call records. The capture store implements it with SQLite
//! (ApiCallLog); tests and the GUI's live view can use InMemoryApiCallSink.
class ApiCallSink
{
public:
    virtual ~ApiCallSink();
    virtual void record(ApiCallRecord call) = 0;
};
