#include "sandbox/RateLimits.h"

using namespace Qt::StringLiterals;

QList<QPair<QByteArray, QByteArray>> RateLimits::Verdict::headers() const
{
    if (limit == 0)
        return {};
    return {{"x-rate-limit-limit", QByteArray::number(limit)},
            {"x-rate-limit-remaining", QByteArray::number(qMax(0, remaining))},
            {"x-rate-limit-reset", QByteArray::number(resetSeconds)}};
}

RateLimits::RateLimits()
{
    const auto rule = [this](const char *method, const QString &pattern, int limit) {
        m_rules.append({method, QRegularExpression(u'^' + pattern + u'$'), limit});
    };
    const QString v11 = u"/1.1/account_activity"_s;
    const QString hook = v11 + u"/webhooks/[0-9]+"_s;
    // [DOCS-ENT11] and [DOCS-RL], per 15 minutes.
    rule("POST", v11 + u"/webhooks\\.json"_s, 15);
    rule("GET", v11 + u"/webhooks\\.json"_s, 15);
    rule("PUT", hook + u"\\.json"_s, 15);
    rule("DELETE", hook + u"\\.json"_s, 15);
    rule("POST", hook + u"/subscriptions/all\\.json"_s, 500);
    rule("GET", hook + u"/subscriptions/all\\.json"_s, 500);
    rule("GET", hook + u"/subscriptions/all/list\\.json"_s, 50);
    rule("DELETE", hook + u"/subscriptions/[0-9]+/all\\.json"_s, 500);
    rule("DELETE", hook + u"/subscriptions/all\\.json"_s, 500);
    rule("GET", v11 + u"/subscriptions/count\\.json"_s, 15);
    rule("POST", v11 + u"/replay/webhooks/[0-9]+/subscriptions/all\\.json"_s, 5);
    rule("POST", u"/2/webhooks/replay"_s, 100);
    for (const char *method : {"GET", "POST", "PUT", "DELETE"})
        rule(method, u"/2/webhooks(/[0-9]+)?"_s, 450);
}

RateLimits::Verdict RateLimits::count(const QByteArray &method, const QString &path,
                                      const QString &who, qint64 nowMs)
{
    Verdict v;
    for (const Rule &rule : std::as_const(m_rules)) {
        if (rule.method != method || !rule.path.match(path).hasMatch())
            continue;
        // One window per endpoint and caller: the bearer's pool is the app's, a token's its user's.
        Window &w
            = m_windows[QString::fromLatin1(method) + u' ' + rule.path.pattern() + u' ' + who];
        if (nowMs - w.startMs >= WindowMs)
            w = {nowMs, 0};
        ++w.used;
        v.limit = rule.limit;
        v.remaining = rule.limit - w.used;
        v.resetSeconds = (w.startMs + WindowMs) / 1000;
        v.exceeded = w.used > rule.limit;
        break;
    }
    return v;
}
