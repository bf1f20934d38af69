#include "cli/Command.h"

Command::~Command() = default;

void Command::addOptions(QCommandLineParser &) const { }
