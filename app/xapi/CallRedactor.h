#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

//! Removes secrets from what the call log (and the debug log) keeps. Known secret values (the
//! credentials of the call) become `$X_…` placeholders, raw or percent-encoded once or twice (as
//! in a signature base string); token fields of form and JSON bodies (oauth/request_token and
//! oauth/access_token answer with fresh tokens nobody registered yet) become a mask;
//! SecretRedactor catches anything else registered in the process.
class CallRedactor
{
public:
    //! `value` is replaced by `placeholder` (e.g. "$X_CONSUMER_KEY") wherever it appears.
    void addSecret(const QString &value, const QString &placeholder);

    QByteArray redact(QByteArray text) const;
    QString redact(const QString &text) const;

    //! Masks the values of oauth_token, oauth_token_secret, access_token, … in form-encoded and
    //! JSON text.
    static QByteArray maskTokenFields(QByteArray text);

private:
    QList<QPair<QByteArray, QByteArray>> m_secrets; //!< value → placeholder, longest first
};
