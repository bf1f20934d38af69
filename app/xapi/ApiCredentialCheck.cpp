#include "xapi/ApiCredentialCheck.h"

#include "auth/Profile.h"
#include "util/Logging.h"
#include "xapi/ApiCallSink.h"
#include "xapi/ApiClient.h"
#include "xapi/CredentialCheckText.h"
#include "xapi/Endpoints.h"

#include <QPointer>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Field = Credentials::Field;

QList<Field> missing(const Credentials &credentials, std::initializer_list<Field> needed)
{
    QList<Field> fields;
    for (Field field : needed) {
        if (credentials.value(field).isEmpty())
            fields << field;
    }
    return fields;
}

} // namespace

ApiCredentialCheck::ApiCredentialCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

ApiCredentialCheck::~ApiCredentialCheck() = default;

void ApiCredentialCheck::run(const Profile &profile, const Credentials &credentials,
                             QObject *context, std::function<void(Outcome)> done)
{
    // One client per run, so that two profiles tested at once never share settings. It answers to
    // itself (not to `context`): it lives until both calls are over, even if the dialog is gone.
    auto *client = new ApiClient(m_network, this);
    client->setBaseUrl(QUrl(profile.apiBase));
    client->setFlavour(profile.api);
    client->setTimeout(m_timeoutMs);
    client->setCredentials(credentials);
    // Shared with the callbacks below: the sink lives as long as the client can still record.
    const std::shared_ptr<ApiCallSink> callLog = m_callLogFor ? m_callLogFor(profile) : nullptr;
    client->setCallSink(callLog.get());
    qCInfo(lcApi).noquote() << "Testing the credentials of profile" << profile.name << "against"
                            << client->baseUrl().toString() << ApiFlavours::name(profile.api);

    struct Pending
    {
        Outcome outcome;
        int calls = 2;
    };
    auto pending = std::make_shared<Pending>();
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto finishOne = [client, callLog, pending, guard, hasContext, done] {
        if (--pending->calls > 0)
            return;
        client->deleteLater();
        if (!hasContext || guard)
            done(pending->outcome);
    };

    const QList<Field> userMissing = missing(
        credentials,
        {Field::ConsumerKey, Field::ConsumerSecret, Field::AccessToken, Field::AccessTokenSecret});
    if (!userMissing.isEmpty()) {
        pending->outcome.userContext = CredentialCheckText::notTested(userMissing);
        QTimer::singleShot(0, client, finishOne);
    } else {
        client->whoami(client, [pending, finishOne](Result<XUser> user) {
            pending->outcome.userContext = CredentialCheckText::userContext(user);
            finishOne();
        });
    }

    if (!credentials.hasBearer()) {
        pending->outcome.bearer = CredentialCheckText::notTested({Field::BearerToken});
        QTimer::singleShot(0, client, finishOne);
    } else {
        // The webhook list: read-only, in both flavours with the bearer token, and it shows
        // whether the app has Account Activity access at all.
        client->send(Endpoints::listWebhooks(profile.api), client,
                     [pending, finishOne](Result<ApiResponse> response) {
                         pending->outcome.bearer = CredentialCheckText::bearer(response);
                         finishOne();
                     });
    }
}
