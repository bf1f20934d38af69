#include "cli/CrcCommand.h"

#include "cli/CliContext.h"
#include "receiver/WebhookCrypto.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

QString CrcCommand::summary() const
{
    return tr("Print X's CRC response for TOKEN, computed with your consumer secret.");
}

QString CrcCommand::details() const
{
    return tr(
        "Prints {\"response_token\":\"sha256=…\"}: base64(HMAC-SHA256(consumer secret, TOKEN)), "
        "exactly what your webhook must answer to X's challenge-response check.\n"
        "The consumer secret comes from X_CONSUMER_SECRET when set, else from the profile "
        "(--profile, or the active one).");
}

int CrcCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(args.isEmpty() ? tr("missing TOKEN") : tr("too many arguments"));
    const QString token = args.first();
    if (token.isEmpty())
        return context.usageError(tr("TOKEN must not be empty"));

    const Result<Credentials> credentials
        = context.credentials({Credentials::Field::ConsumerSecret});
    if (!credentials.ok())
        return context.fail(credentials.error());
    const QString secret = credentials.value().consumerSecret;
    if (secret.isEmpty()) {
        return context.fail(context.missingSecret(
            Credentials::Field::ConsumerSecret,
            tr("The CRC response is computed with your app's consumer secret (API secret key).")));
    }

    const QByteArray responseToken
        = WebhookCrypto::crcResponseToken(secret.toUtf8(), token.toUtf8());
    context.printJson({{QStringLiteral("response_token"), QString::fromLatin1(responseToken)}});
    return ExitOk;
}
