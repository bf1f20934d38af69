#pragma once

#include <QLoggingCategory>

// One category per subsystem. Turn on with QT_LOGGING_RULES="aaconsole.receiver.debug=true" or the
// CLI's --log-level debug. Never log secrets: log that a value is present, or its length.
Q_DECLARE_LOGGING_CATEGORY(lcReceiver)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcEvents)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
