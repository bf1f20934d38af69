#pragma once

#include <QCoreApplication>

class CliContext;
class QCommandLineParser;

//! `aaconsole-cli sandbox guide`: X's "getting started with webhooks" guide, run end to end
//! against a private Sandbox and responder in this process, printing each step — what
//! `scripts/run --headless` shows a newcomer. Needs no X credentials and no network.
class SandboxGuide
{
    Q_DECLARE_TR_FUNCTIONS(SandboxGuide)

public:
    static constexpr int EventWaitMs = 10000;

    static int run(CliContext &context, const QCommandLineParser &parser);
};
