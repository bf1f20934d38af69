#pragma once

#include "store/ApiCallLog.h"
#include "xapi/ApiClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

class CliContext;
class QCommandLineParser;

//! What every API command needs: an ApiClient set up from the global options (--api-base,
//! --api), the credentials of the run, --timeout, and the profile's API-call log.
class ApiSession
{
    Q_DECLARE_TR_FUNCTIONS(ApiSession)

public:
    explicit ApiSession(CliContext &context);

    enum class Accounts { ActAs, None };
    //! Adds --timeout SECONDS and, unless `accounts` is None, --account USER_ID.
    static void addOptions(QCommandLineParser &parser, Accounts accounts = Accounts::ActAs);
    //! Applies the options; on a bad option it has already reported and returns the exit code.
    std::optional<int> setUp(const QCommandLineParser &parser);

    ApiClient &client() { return m_client; }
    ApiCallLog &log() { return m_log; }

    //! A webhook or user id as X's paths need it (1 to 19 digits); reports a usage error if not.
    std::optional<int> checkId(const QString &value, const QString &what);

private:
    CliContext &m_context;
    QNetworkAccessManager m_network;
    ApiClient m_client;
    ApiCallLog m_log;
};
