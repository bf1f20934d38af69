#include "cli/CliContext.h"

#include <QJsonDocument>

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Usage: return ExitUsage;
    case ErrorKind::Config:
    case ErrorKind::Keychain: return ExitConfig;
    case ErrorKind::Network: return ExitNetwork;
    case ErrorKind::XApi: return ExitXError;
    case ErrorKind::Io:
    case ErrorKind::Storage:
    case ErrorKind::Internal: return ExitXError;
    }
    return ExitXError;
}

CliContext::CliContext(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int CliContext::fail(const Error &error)
{
    if (global.json) {
        QJsonObject body {{QStringLiteral("message"), error.message}};
        if (!error.detail.isEmpty())
            body.insert(QStringLiteral("detail"), error.detail);
        if (error.httpStatus)
            body.insert(QStringLiteral("http_status"), error.httpStatus);
        if (!error.code.isEmpty())
            body.insert(QStringLiteral("code"), error.code);
        printJson({{QStringLiteral("error"), body}});
    }
    m_err << "aaconsole-cli";
    if (!commandName.isEmpty())
        m_err << ' ' << commandName;
    m_err << ": " << error.message << '\n';
    if (!error.detail.isEmpty() && error.detail != error.message)
        m_err << "  (" << error.detail << ")\n";
    m_err.flush();
    return exitCodeFor(error.kind);
}

int CliContext::usageError(const QString &message)
{
    const QString help = commandName.isEmpty()
        ? QStringLiteral("aaconsole-cli --help")
        : QStringLiteral("aaconsole-cli %1 --help").arg(commandName);
    return fail(Error(ErrorKind::Usage, tr("%1 (see '%2')").arg(message, help)));
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    m_out.flush();
}

Credentials CliContext::credentials() const
{
    return Credentials::fromEnvironment();
}
