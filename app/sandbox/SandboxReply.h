#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

//! One HTTP answer of the Sandbox, and builders for X's published bodies (x-api.md §1): v1.1
//! `{"errors":[{"code","message"}]}`, the v2 "Invalid Request" body whose first error message
//! starts with the reason (`CrcValidationFailed: …`), and v2 problem JSON.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxReply json(const QJsonObject &object, int status = 200);
    static SandboxReply json(const QJsonArray &array, int status = 200);
    //! `{"data": object}`, the v2 success envelope.
    static SandboxReply data(const QJsonObject &object, int status = 200);
    static SandboxReply noContent(); //!< 204, as v1.1 answers PUT, DELETE and subscriptions
    static SandboxReply text(const QByteArray &body, const QByteArray &contentType, int status);
    //! What X's oauth/* endpoints answer: form-encoded text labelled text/html.
    static SandboxReply form(const QByteArray &body, int status = 200);

    static SandboxReply v11Error(int status, int code, const QString &message);
    static SandboxReply v2Error(int status, const QString &reason, const QString &details);
    static SandboxReply v2Problem(int status, const QString &title, const QString &detail,
                                  const QString &type);
    //! v2's answer to missing or unverifiable credentials.
    static SandboxReply v2Unauthorized();
    //! v2's answer to the wrong kind of credentials for an endpoint.
    static SandboxReply v2UnsupportedAuth(const QString &used, const QString &supported);
};

//! X's v1.1 error messages, word for word (x-api.md §1a, §1d, §1e).
namespace XMessages {
inline constexpr char CouldNotAuthenticate[] = "Could not authenticate you.";
inline constexpr char AppOnlyRequired[]
    = "Invalid authentication method. Please use application-only authentication.";
inline constexpr char InvalidToken[] = "Invalid or expired token.";
inline constexpr char BadAuthData[] = "Bad Authentication data.";
inline constexpr char TimestampOutOfBounds[] = "Timestamp out of bounds.";
inline constexpr char NoAccess[] = "Your credentials do not allow access to this resource.";
inline constexpr char CannotWrite[] = "Application cannot perform write actions.";
inline constexpr char NoWebhook[]
    = "Webhook does not exist or is associated with a different X application.";
inline constexpr char NoPage[] = "Sorry, that page does not exist.";
inline constexpr char UrlRequirements[] = "Webhook URL does not meet the requirements.";
inline constexpr char TooManyResources[] = "Too many resources already created.";
inline constexpr char CrcBadToken[]
    = "Webhook URL does not meet the requirements. Invalid CRC token or json response format.";
inline constexpr char CrcLatency[]
    = "High latency on CRC GET request. Your webhook should respond in less than 3 seconds.";
inline constexpr char CrcNon200[]
    = "Non-200 response code during CRC GET request (i.e. 404, 500, etc).";
inline constexpr char MarkedInvalid[] = "Webhook is marked invalid and requires a CRC check.";
inline constexpr char ReplayInProgress[] = "A replay job is already in progress for this webhook.";
inline constexpr char QueryParamRequired[] = ": queryParam is required.";
inline constexpr char UnableToParse[] = "Unable to parse parameter.";
inline constexpr char FromBeforeTo[] = "from_date must be before to_date.";
inline constexpr char FromWithin5Days[] = "from_date must be within the past 5 days.";
} // namespace XMessages
