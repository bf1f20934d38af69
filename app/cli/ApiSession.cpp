#include "cli/ApiSession.h"

#include "auth/ProfileStore.h"
#include "cli/CliContext.h"
#include "store/StorePaths.h"
#include "util/Logging.h"
#include "xapi/BlockingCall.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QString TimeoutName = u"timeout"_s;
const QString AccountName = u"account"_s;
} // namespace

ApiSession::ApiSession(CliContext &context)
    : m_context(context)
    , m_client(&m_network)
{ }

void ApiSession::addOptions(QCommandLineParser &parser, Accounts accounts)
{
    parser.addOption(
        QCommandLineOption(TimeoutName,
                           tr("Give up when X sends nothing for <seconds> (default %1).")
                               .arg(ApiClient::DefaultTimeoutMs / 1000),
                           u"seconds"_s));
    if (accounts == Accounts::None)
        return;
    parser.addOption(QCommandLineOption(
        AccountName,
        tr("Act as the profile's subscribed account <user-id> (added with 'signin'): its access "
           "token and secret replace the app owner's."),
        u"user-id"_s));
}

std::optional<int> ApiSession::setUp(const QCommandLineParser &parser)
{
    const GlobalOptions &global = m_context.global;
    const Result<QString> profileName = m_context.profileName();
    if (!profileName.ok())
        return m_context.fail(profileName.error());
    // --api-base and --api win over the profile's settings, which win over the defaults.
    const std::optional<Profile> profile = profileName.value().isEmpty()
        ? std::nullopt
        : m_context.profiles().profile(profileName.value());
    const QString apiBase = !global.apiBase.isEmpty() ? global.apiBase
        : profile                                     ? profile->apiBase
                                                      : QString();
    if (!apiBase.isEmpty()) {
        const QUrl base(apiBase, QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty()
            || (base.scheme() != u"https" && base.scheme() != u"http"))
            return m_context.usageError(
                tr("--api-base must be an http(s) URL such as https://api.x.com, not '%1'")
                    .arg(apiBase));
        m_client.setBaseUrl(base);
    }
    const ApiFlavour profileFlavour = profile ? profile->api : ApiFlavour::V2;
    m_client.setFlavour(ApiFlavours::fromName(global.api).value_or(profileFlavour));

    if (parser.isSet(TimeoutName)) {
        bool ok = false;
        const double seconds = parser.value(TimeoutName).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return m_context.usageError(
                tr("--timeout must be a number of seconds between 0 and 3600"));
        m_client.setTimeout(int(seconds * 1000));
    }
    QList<Credentials::Field> all;
    for (Credentials::Field field : Credentials::AllFields)
        all << field;
    const Result<Credentials> credentials = m_context.credentials(all);
    if (!credentials.ok())
        return m_context.fail(credentials.error());
    Credentials active = credentials.value();
    if (parser.optionNames().contains(AccountName)) { // isSet() warns where it is not offered
        const QString userId = parser.value(AccountName);
        if (const auto bad = checkId(userId, u"--account"_s))
            return bad;
        if (profileName.value().isEmpty())
            return m_context.usageError(tr("--account needs a profile (see 'profiles list')"));
        const auto account = waitFor<Credentials>([&](QObject *ctx, auto done) {
            m_context.profiles().loadAccountCredentials(profileName.value(), userId, ctx, done);
        });
        if (!account.ok())
            return m_context.fail(account.error());
        active.accessToken = account.value().accessToken;
        active.accessTokenSecret = account.value().accessTokenSecret;
    }
    m_client.setCredentials(active);

    // Without a log the call still happens; the user hears why nothing was recorded.
    const Result<QString> database = m_context.captureDatabase();
    const auto opened
        = database.ok() ? m_log.open(database.value()) : Result<void>(database.error());
    if (opened.ok())
        m_client.setCallSink(&m_log);
    else
        qCWarning(lcCli).noquote() << opened.error().message << opened.error().detail;
    return std::nullopt;
}

std::optional<int> ApiSession::checkId(const QString &value, const QString &what)
{
    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    if (digits.match(value).hasMatch())
        return std::nullopt;
    return m_context.usageError(
        tr("%1 must be a numeric id (1 to 19 digits), not '%2'").arg(what, value));
}
