#pragma once

#include "sandbox/SandboxDefaults.h"

#include <QString>

//! How a Sandbox runs: where it listens, where it keeps its state, and how fast its clock of
//! waits runs. `timeScale` multiplies the delivery retry waits (3 s, 27 s, 242 s), the periodic CRC
//! re-check interval and the 28-hour grace before a webhook is marked invalid; never the 3-second
//! answer timeouts (DESIGN.md: 0.01 makes X's retry schedule 100 times faster).
struct SandboxConfig
{
    quint16 port = SandboxDefaults::Port; //!< on 127.0.0.1; 0 picks a free port
    QString statePath; //!< loaded at start when it exists, saved at stop; empty: keep nothing
    double timeScale = 1.0;
    qint64 recheckIntervalMs = 3600 * 1000; //!< X re-checks webhooks hourly (before scaling)
};
