#pragma once

#include <QCoreApplication>

class CliContext;
class QCommandLineParser;

//! `aaconsole-cli sandbox serve`: the Sandbox without a window, until SIGINT/SIGTERM.
class SandboxServe
{
    Q_DECLARE_TR_FUNCTIONS(SandboxServe)

public:
    static int run(CliContext &context, const QCommandLineParser &parser);
};
