#pragma once

#include "auth/Credentials.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

struct EnvFile;

//! What a `.env` file holds for a profile. Recognised names, in any case, with an optional
//! `X_` or `TWITTER_` prefix (X_ wins over TWITTER_, which wins over none, when several are set):
//! CONSUMER_KEY; CONSUMER_SECRET; BEARER_TOKEN or BEARER; ACCESS_TOKEN or ACCESS_TOKEN_KEY;
//! ACCESS_TOKEN_SECRET; WEBHOOK_ENV (the v1.1 environment label). Only with a prefix, being too
//! generic alone: API_KEY, API_SECRET, API_KEY_SECRET, API_SECRET_KEY, APP_ID.
struct EnvImport
{
    Q_DECLARE_TR_FUNCTIONS(EnvImport)

public:
    Credentials credentials; //!< the secrets found (a field not in the file is empty)
    QString webhookEnvironment;
    QString appId;
    QStringList usedNames; //!< the variables taken, in file order
    QStringList ignoredNames; //!< variables not recognised (names only, never values)
    QStringList notes; //!< for the user: conflicting variables, malformed lines

    QList<Credentials::Field> fields() const;
    bool isEmpty() const;

    static EnvImport from(const EnvFile &file);
    //! Reads and interprets `path`; an unreadable file is an error.
    static Result<EnvImport> fromFile(const QString &path);
};
