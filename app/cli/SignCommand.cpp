#include "cli/SignCommand.h"

#include "cli/CliContext.h"
#include "receiver/WebhookCrypto.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

#include <cstdio>

QString SignCommand::summary() const
{
    return tr("Print the x-twitter-webhooks-signature value for the exact bytes of FILE (- for "
              "stdin).");
}

QString SignCommand::details() const
{
    return tr(
        "Prints sha256=<base64(HMAC-SHA256(consumer secret, bytes))>, the header X sends with "
        "every event POST. The bytes are signed exactly as read: no newline is added or "
        "removed.\nThe consumer secret comes from X_CONSUMER_SECRET when set, else from the "
        "profile "
        "(--profile, or the active one).");
}

int SignCommand::run(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(args.isEmpty() ? tr("missing FILE (use - for stdin)")
                                                 : tr("too many arguments"));

    const Result<Credentials> credentials
        = context.credentials({Credentials::Field::ConsumerSecret});
    if (!credentials.ok())
        return context.fail(credentials.error());
    const QString secret = credentials.value().consumerSecret;
    if (secret.isEmpty()) {
        return context.fail(context.missingSecret(
            Credentials::Field::ConsumerSecret,
            tr("Signatures are computed with your app's consumer secret (API secret key).")));
    }

    const QString path = args.first();
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                     : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return context.fail(
            Error(ErrorKind::Usage, tr("cannot read '%1': %2").arg(path, file.errorString())));
    }
    const QByteArray body = file.readAll();

    const QString value = QString::fromLatin1(WebhookCrypto::signature(secret.toUtf8(), body));
    if (context.global.json) {
        context.printJson(
            {{QStringLiteral("signature"), value}, {QStringLiteral("bytes"), double(body.size())}});
    } else {
        context.out() << value << '\n';
    }
    return ExitOk;
}
