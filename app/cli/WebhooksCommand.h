#pragma once

#include "cli/Command.h"

class ApiSession;

//! `aaconsole-cli webhooks list | register URL | validate WEBHOOK_ID | delete WEBHOOK_ID`.
class WebhooksCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WebhooksCommand)

public:
    QString name() const override { return QStringLiteral("webhooks"); }
    QString arguments() const override;
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    static int list(CliContext &context, ApiSession &session);
    static int registerUrl(CliContext &context, ApiSession &session, const QString &url);
    static int validate(CliContext &context, ApiSession &session, const QString &id);
    static int remove(CliContext &context, ApiSession &session, const QString &id);
};
