#include "xapi/ApiCallSink.h"

ApiCallSink::~ApiCallSink() = default;
