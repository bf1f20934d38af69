#pragma once

#include "auth/Credentials.h"

#include <QJsonObject>
#include <QString>

//! The one X app the Sandbox hosts: its five credentials (the well-known SandboxDefaults unless a
//! state file says otherwise), its id and name, and the account that owns it.
struct SandboxApp
{
    QString consumerKey;
    QString consumerSecret;
    QString bearerToken;
    QString ownerAccessToken;
    QString ownerAccessTokenSecret;
    QString appId;
    QString name;
    QString ownerId;
    QString ownerScreenName;

    static SandboxApp defaults();
    Credentials credentials() const;

    QJsonObject toJson() const;
    //! Missing members keep the defaults, so a hand-written state file may override only some.
    static SandboxApp fromJson(const QJsonObject &object);
};
