#pragma once

#include "sandbox/SandboxControlClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <optional>

class CliContext;
class QCommandLineParser;

//! `aaconsole-cli sandbox users|act|deliveries|faults`: a running Sandbox's control endpoints,
//! at --api-base (default the well-known http://127.0.0.1:8322).
class SandboxRemote
{
    Q_DECLARE_TR_FUNCTIONS(SandboxRemote)

public:
    explicit SandboxRemote(CliContext &context);

    //! Applies --api-base; on a bad value it has reported and returns the exit code.
    std::optional<int> setUp();

    int users(bool withSecrets);
    int act(const QString &action, const QCommandLineParser &parser);
    int deliveries(const QCommandLineParser &parser);
    int faults(const QCommandLineParser &parser);

private:
    Result<QJsonObject>
    wait(const std::function<void(QObject *, SandboxControlClient::Callback)> &call);

    CliContext &m_context;
    QNetworkAccessManager m_network;
    SandboxControlClient m_client;
};
