#include "cli/ProfilesListCommand.h"

#include "auth/ProfileStore.h"
#include "cli/CliContext.h"
#include "cli/ProfileFormat.h"

#include <QJsonArray>

QString ProfilesListCommand::summary() const
{
    return tr("List the profiles; * marks the active one.");
}

int ProfilesListCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    if (const int code = checkArguments(context, argumentsOf(parser), {}); code >= 0)
        return code;
    ProfileStore &store = context.profiles();
    const QString active = store.activeName();
    QList<Profile> profiles;
    for (const QString &name : store.names())
        profiles << *store.profile(name);

    if (context.global.json) {
        QJsonArray list;
        for (const Profile &p : std::as_const(profiles)) {
            QJsonObject o = ProfileFormat::toJson(p);
            o.insert(QStringLiteral("active"), p.name == active);
            o.insert(QStringLiteral("secrets_location"), store.secretsLocation(p));
            list.append(o);
        }
        context.printJson({{QStringLiteral("active"), active.isEmpty() ? QJsonValue() : active},
                           {QStringLiteral("profiles"), list}});
        return ExitOk;
    }
    if (profiles.isEmpty()) {
        context.out() << tr("No profiles. Add one with: aaconsole-cli profiles add NAME") << '\n';
        return ExitOk;
    }
    qsizetype nameWidth = 0;
    qsizetype baseWidth = 0;
    for (const Profile &p : std::as_const(profiles)) {
        nameWidth = std::max(nameWidth, p.name.size());
        baseWidth = std::max(baseWidth, p.apiBase.size());
    }
    for (const Profile &p : std::as_const(profiles)) {
        const qsizetype set = p.secretFields().size();
        QString secrets;
        if (p.sandbox && set == 0)
            secrets = tr("the Sandbox's built-in credentials");
        else if (p.sessionOnly)
            secrets = tr("%1 of 5 secrets set, for this session only").arg(set);
        else
            secrets = tr("%1 of 5 secrets set").arg(set);
        context.out() << (p.name == active ? "* " : "  ") << p.name.leftJustified(nameWidth) << "  "
                      << ApiFlavours::name(p.api).leftJustified(4) << "  "
                      << p.apiBase.leftJustified(baseWidth) << "  " << secrets << '\n';
    }
    return ExitOk;
}
