#pragma once

#include "receiver/ReceiverConfig.h"

class QSettings;

//! Where the GUI's responder listens, from QSettings (group "responder"): port (default 8321),
//! path, bind address, allowUnsigned. Secrets are never read from or written to QSettings; the
//! consumer secret is added by the caller.
namespace ResponderSettings {

ReceiverConfig load(const QSettings &settings);

} // namespace ResponderSettings
