#include "xapi/CallRedactor.h"

#include "util/SecretRedactor.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

void CallRedactor::addSecret(const QString &value, const QString &placeholder)
{
    if (value.isEmpty())
        return;
    const QByteArray raw = value.toUtf8();
    const QByteArray encoded = QUrl::toPercentEncoding(value);
    // Twice encoded: how an OAuth parameter appears in the signature base string.
    const QByteArray twice = QUrl::toPercentEncoding(QString::fromLatin1(encoded));
    QList<QByteArray> forms {raw};
    for (const QByteArray &form : {encoded, twice}) {
        if (!forms.contains(form))
            forms << form;
    }
    for (const QByteArray &form : std::as_const(forms))
        m_secrets.append({form, placeholder.toUtf8()});
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

QByteArray CallRedactor::redact(QByteArray text) const
{
    for (const auto &secret : m_secrets)
        text.replace(secret.first, secret.second);
    return SecretRedactor::redact(maskTokenFields(std::move(text)));
}

QString CallRedactor::redact(const QString &text) const
{
    return QString::fromUtf8(redact(text.toUtf8()));
}

QByteArray CallRedactor::maskTokenFields(QByteArray text)
{
    static const QString names
        = u"oauth_token|oauth_token_secret|access_token|access_token_secret|bearer_token|"
          "consumer_secret|token_secret"_s;
    static const QRegularExpression form(u"(^|[&?])("_s + names + u")=([^&\\s]*)"_s);
    static const QRegularExpression json(u"(\"("_s + names + u")\"\\s*:\\s*)\"[^\"]*\""_s);
    QString s = QString::fromUtf8(text);
    s.replace(form, u"\\1\\2=" + QLatin1String(SecretRedactor::Mask));
    s.replace(json, u"\\1\"" + QLatin1String(SecretRedactor::Mask) + u'"');
    return s.toUtf8();
}
