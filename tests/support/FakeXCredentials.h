#pragma once

#include <QString>
#include <QStringList>

//! The credentials and accounts the fake X knows. Every secret is long and distinctive so that
//! tests can search logs, output and database files for it.
namespace FakeX {

inline const QString ConsumerKey = QStringLiteral("ckFAKEconsumerKEY1111");
inline const QString ConsumerSecret = QStringLiteral("csFAKEconsumerSECRET2222");
inline const QString BearerToken = QStringLiteral("AAAAFAKEbearerTOKEN3333%2Bx");
inline const QString AccessToken = QStringLiteral("2244994945-FAKEaccessTOKEN4444");
inline const QString AccessTokenSecret = QStringLiteral("atsFAKEaccessSECRET5555");

//! The app owner, whose tokens are AccessToken/AccessTokenSecret.
inline const QString OwnerId = QStringLiteral("2244994945");
inline const QString OwnerScreenName = QStringLiteral("XDevelopers");

//! A second account, reachable through PIN sign-in (or its tokens directly).
inline const QString PinUserId = QStringLiteral("6253282");
inline const QString PinUserScreenName = QStringLiteral("xapi");
inline const QString PinUserToken = QStringLiteral("6253282-FAKEpinUserTOKEN6666");
inline const QString PinUserSecret = QStringLiteral("ptsFAKEpinUserSECRET7777");
inline const QString RequestToken = QStringLiteral("rtFAKErequestTOKEN8888");
inline const QString RequestTokenSecret = QStringLiteral("rtsFAKErequestSECRET9999");
inline const QString Pin = QStringLiteral("4868795");

//! Every secret above, for "appears nowhere" assertions.
inline QStringList allSecrets()
{
    return {ConsumerKey,       ConsumerSecret, BearerToken,   AccessToken,
            AccessTokenSecret, PinUserToken,   PinUserSecret, RequestTokenSecret};
}

} // namespace FakeX
