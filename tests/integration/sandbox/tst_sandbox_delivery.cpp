#include "SandboxFixture.h"
QTEST_GUILESS_MAIN(QObject)
