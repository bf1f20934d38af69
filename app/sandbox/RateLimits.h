#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>

//! X's published rate limits for the Account Activity endpoints (x-api.md §1a, §1c: requests per
//! 15-minute window, per app with the bearer token and per user with OAuth 1.0a), counted and
//! enforced: every answer carries x-rate-limit-limit, -remaining and -reset, and a request over the
//! limit gets 429 (v1.1 code 88). Endpoints without a published limit are not limited.
class RateLimits
{
public:
    static constexpr qint64 WindowMs = 15 * 60 * 1000;

    struct Verdict
    {
        int limit = 0; //!< 0: not limited
        int remaining = 0;
        qint64 resetSeconds = 0; //!< Unix time the window ends
        bool exceeded = false;

        QList<QPair<QByteArray, QByteArray>> headers() const;
    };

    RateLimits();

    //! Counts one request by `who` (the token used) and says whether it is within the limit.
    Verdict count(const QByteArray &method, const QString &path, const QString &who, qint64 nowMs);

private:
    struct Rule
    {
        QByteArray method;
        QRegularExpression path;
        int limit;
    };
    struct Window
    {
        qint64 startMs = 0;
        int used = 0;
    };
    QList<Rule> m_rules;
    QHash<QString, Window> m_windows;
};
