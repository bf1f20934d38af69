#pragma once

#include "cli/Command.h"

class ApiSession;

//! `aaconsole-cli subscriptions add|check|list --webhook ID`, `remove --webhook ID USER_ID`,
//! `count`.
class SubscriptionsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionsCommand)

public:
    QString name() const override { return QStringLiteral("subscriptions"); }
    QString arguments() const override;
    QString summary() const override;
    QString details() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context, const QCommandLineParser &parser) override;

private:
    static int add(CliContext &context, ApiSession &session, const QString &webhookId);
    static int check(CliContext &context, ApiSession &session, const QString &webhookId);
    static int list(CliContext &context, ApiSession &session, const QString &webhookId);
    static int remove(CliContext &context, ApiSession &session, const QString &webhookId,
                      const QString &userId);
    static int count(CliContext &context, ApiSession &session);
};
