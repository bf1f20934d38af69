#include "cli/ProfilesRemoveCommand.h"

#include "auth/ProfileStore.h"
#include "cli/CliContext.h"
#include "util/Blocking.h"

#include <QCommandLineParser>
#include <QDir>

namespace {
const QString DeleteOption = QStringLiteral("delete-captures");
const QString KeepOption = QStringLiteral("keep-captures");
} // namespace

QString ProfilesRemoveCommand::summary() const
{
    return tr("Remove a profile and delete its secrets from the keychain.");
}

QString ProfilesRemoveCommand::details() const
{
    return tr("When the profile has captured data, add --delete-captures or --keep-captures.");
}

void ProfilesRemoveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(
        DeleteOption, tr("profiles remove: also delete the profile's captured data.")));
    parser.addOption(QCommandLineOption(
        KeepOption, tr("profiles remove: keep the profile's captured data on disk.")));
}

int ProfilesRemoveCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = argumentsOf(parser);
    if (const int code = checkArguments(context, args, {QStringLiteral("NAME")}); code >= 0)
        return code;
    if (parser.isSet(DeleteOption) && parser.isSet(KeepOption))
        return context.usageError(tr("--delete-captures and --keep-captures exclude each other"));
    ProfileStore &store = context.profiles();
    const QString name = store.find(args.first());
    const QString dataDir = QDir::toNativeSeparators(ProfileStore::dataDirectory(name));
    const bool hasData = !name.isEmpty() && QDir(dataDir).exists();
    if (hasData && !parser.isSet(DeleteOption) && !parser.isSet(KeepOption)) {
        return context.usageError(tr("profile \"%1\" has captured data in %2: add "
                                     "--delete-captures to delete it too, or --keep-captures to "
                                     "keep it")
                                      .arg(name, dataDir));
    }
    const auto captures = parser.isSet(DeleteOption) ? ProfileStore::CaptureData::Delete
                                                     : ProfileStore::CaptureData::Keep;
    const auto removed = waitFor<Result<void>>([&](QObject *ctx, auto done) {
        store.remove(name.isEmpty() ? args.first() : name, captures, ctx, done);
    });
    if (!removed.ok())
        return context.fail(removed.error());
    const bool keptData = hasData && captures == ProfileStore::CaptureData::Keep;
    if (context.global.json) {
        context.printJson({{QStringLiteral("removed"), name},
                           {QStringLiteral("kept_data"), keptData ? dataDir : QJsonValue()},
                           {QStringLiteral("active"), store.activeName()}});
    } else {
        context.out() << tr("Removed profile \"%1\" and its secrets.").arg(name) << '\n';
        if (keptData)
            context.out() << tr("Its captured data was kept in %1.").arg(dataDir) << '\n';
    }
    return ExitOk;
}
