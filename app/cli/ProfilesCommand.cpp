#include "cli/ProfilesCommand.h"

#include "cli/CliContext.h"
#include "cli/ProfilesAddCommand.h"
#include "cli/ProfilesImportEnvCommand.h"
#include "cli/ProfilesListCommand.h"
#include "cli/ProfilesRemoveCommand.h"
#include "cli/ProfilesRenameCommand.h"
#include "cli/ProfilesSetSecretCommand.h"
#include "cli/ProfilesShowCommand.h"
#include "cli/ProfilesUseCommand.h"

#include <QCommandLineParser>

ProfilesCommand::ProfilesCommand()
{
    m_subcommands.push_back(std::make_unique<ProfilesListCommand>());
    m_subcommands.push_back(std::make_unique<ProfilesShowCommand>());
    m_subcommands.push_back(std::make_unique<ProfilesAddCommand>());
    m_subcommands.push_back(std::make_unique<ProfilesUseCommand>());
    m_subcommands.push_back(std::make_unique<ProfilesRenameCommand>());
    m_subcommands.push_back(std::make_unique<ProfilesSetSecretCommand>());
    m_subcommands.push_back(std::make_unique<ProfilesRemoveCommand>());
    m_subcommands.push_back(std::make_unique<ProfilesImportEnvCommand>());
}

ProfilesCommand::~ProfilesCommand() = default;

QString ProfilesCommand::summary() const
{
    return tr("List, show, add, select, rename and remove profiles; store their secrets.");
}

QString ProfilesCommand::details() const
{
    QString text = tr("Subcommands:") + u'\n';
    for (const auto &sub : m_subcommands) {
        const QString head = sub->name() + u' ' + sub->arguments();
        text += u"  " + head.leftJustified(32) + u' ' + sub->summary() + u'\n';
        if (!sub->details().isEmpty())
            text += QString(35, u' ') + sub->details() + u'\n';
    }
    text += u'\n'
        + tr("A profile is one X app (or the Sandbox): API flavour and base URL, app id, responder "
             "settings, and five secrets (consumer_key, consumer_secret, bearer_token, "
             "access_token, access_token_secret). The secrets live in the OS keychain, one entry "
             "per secret (service \"aaconsole\", key \"<profile>/<field>\"); the rest in "
             "~/.config/aaconsole/aaconsole.conf. Every command takes --profile NAME; without it "
             "the active profile is used. The X_* environment variables override a profile's "
             "secrets field by field.");
    return text;
}

void ProfilesCommand::addOptions(QCommandLineParser &parser) const
{
    for (const auto &sub : m_subcommands)
        sub->addOptions(parser);
}

int ProfilesCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return context.usageError(tr("missing SUBCOMMAND"));
    for (const auto &sub : m_subcommands) {
        if (sub->name() == args.first())
            return sub->run(context, parser);
    }
    return context.usageError(tr("unknown subcommand '%1'").arg(args.first()));
}
