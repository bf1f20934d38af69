#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>

class QNetworkAccessManager;

//! How a webhook answered one CRC check.
struct CrcOutcome
{
    enum class Kind {
        Passed,
        WrongAnswer,
        Redirect,
        HttpError,
        Timeout,
        ConnectionFailed,
        TlsFailed
    };
    Kind kind = Kind::ConnectionFailed;
    int status = 0; //!< HTTP status, 0 when there was none
    qint64 latencyMs = 0;
    QString detail; //!< what happened, in a few words ("HTTP 500", "Connection refused")

    bool passed() const { return kind == Kind::Passed; }
    //! X marks a webhook invalid at once for a wrong token, a 3xx or a TLS failure; 4xx, 5xx,
    //! timeouts and closed channels are transient (x-api.md §2, "invalidation rules").
    bool invalidatesAtOnce() const;
    //! The v1.1 error 214 message X uses for this failure.
    QString v11Message() const;
    QString name() const; //!< "passed", "wrong-answer", "redirect", "http-error", "timeout", …
};

Q_DECLARE_METATYPE(CrcOutcome)

//! Runs X's challenge-response check against a webhook URL: GET url?crc_token=T&nonce=N with the
//! x-twitter-webhooks-signature of "crc_token=T&nonce=N" (x-api.md §2), and expects within 3
//! seconds a 200 whose JSON response_token is sha256=base64(HMAC-SHA256(consumer secret, T)).
//! Redirects are not followed: X counts a 3xx as a failed check.
class CrcChecker final : public QObject
{
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 3000;

    CrcChecker(QNetworkAccessManager *network, const QByteArray &consumerSecret,
               QObject *parent = nullptr);

    //! `done` runs on this thread, unless `context` is gone by then.
    void check(const QString &url, QObject *context, std::function<void(CrcOutcome)> done);

Q_SIGNALS:
    //! After every check, whoever asked for it (registration, PUT, re-check, replay).
    void checked(const QString &url, const CrcOutcome &outcome);

private:
    QNetworkAccessManager *m_network;
    QByteArray m_secret;
};
