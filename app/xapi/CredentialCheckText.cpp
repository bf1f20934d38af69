#include "xapi/CredentialCheckText.h"

#include "xapi/ErrorExplainer.h"
#include "xapi/ResponseParser.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

Result<QString> CredentialCheckText::userContext(const Result<XUser> &user)
{
    if (user.ok())
        return tr("@%1 (%2)").arg(user.value().username, user.value().id);
    Error e = user.error();
    // v2 answers a user-context call whose OAuth 1.0a signature does not verify with a bare 401
    // problem, where v1.1 says code 32; the advice for both is the same, so give it.
    if (e.kind == ErrorKind::XApi && e.httpStatus == 401 && e.code == u"http-401") {
        XError signature;
        signature.httpStatus = 401;
        signature.code = 32;
        e.message = ErrorExplainer::explain(signature, QDateTime::currentDateTimeUtc());
    }
    return e;
}

Result<QString> CredentialCheckText::bearer(const Result<ApiResponse> &response)
{
    if (!response.ok()) {
        Error e = response.error();
        // X says "Invalid or expired token" (v1.1 code 89) or a bare 401 (v2); on this call the
        // token is the bearer token, whatever the explainer's general advice about access tokens.
        if (e.kind == ErrorKind::XApi && e.httpStatus == 401) {
            e.message = tr("X did not accept the bearer token. Copy it again from the app's "
                           "\"Keys and tokens\" page in the developer portal (regenerating it "
                           "there makes the old one invalid).");
        }
        return e;
    }
    const Result<QList<Webhook>> listed = ResponseParser::webhookList(response.value());
    if (!listed.ok())
        return listed.error();
    const QList<Webhook> &webhooks = listed.value();
    const auto valid = std::count_if(webhooks.cbegin(), webhooks.cend(),
                                     [](const Webhook &w) { return w.valid; });
    QString text = webhooks.isEmpty()
        ? tr("listed the app's webhooks: none registered yet")
        : tr("listed the app's webhooks: %1 registered, %2 of them valid")
              .arg(webhooks.size())
              .arg(valid);
    const RateLimit &rate = response.value().rateLimit;
    if (rate.limit >= 0 && rate.remaining >= 0 && rate.reset.isValid()) {
        text += u"; "_s
            + tr("%1 of %2 calls left until %3 UTC")
                  .arg(rate.remaining)
                  .arg(rate.limit)
                  .arg(rate.reset.toUTC().toString(u"HH:mm"_s));
    }
    return text;
}

Error CredentialCheckText::notTested(const QList<Credentials::Field> &missing)
{
    QStringList names;
    for (Credentials::Field field : missing)
        names << Credentials::fieldName(field);
    Error e(ErrorKind::Config,
            tr("This profile has no %1. Fill in the missing secrets, save, and test again.")
                .arg(names.join(u", "_s)));
    e.code = u"missing-credentials"_s;
    return e;
}
