#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcReceiver, "aaconsole.receiver", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "aaconsole.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEvents, "aaconsole.events", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "aaconsole.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "aaconsole.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "aaconsole.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "aaconsole.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "aaconsole.ui", QtInfoMsg)
