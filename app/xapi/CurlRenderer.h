#pragma once

#include "xapi/ApiCallRecord.h"

#include <QString>

//! Renders a logged call as a `curl` command to paste into a shell. Credentials appear only as
//! `$X_CONSUMER_KEY`-style environment placeholders (the record holds no secret values). An
//! OAuth 1.0a signature is single-use, so its nonce, timestamp and signature become
//! `$OAUTH_NONCE`, `$OAUTH_TIMESTAMP` and `$OAUTH_SIGNATURE`, with a comment saying so.
namespace CurlRenderer {

QString render(const ApiCallRecord &call);

} // namespace CurlRenderer
