#include "sandbox/SignInRequests.h"

#include "sandbox/SandboxIds.h"

SignInRequests::Pending SignInRequests::create(qint64 nowMs)
{
    m_pending.removeIf(
        [nowMs](const auto &it) { return nowMs - it.value().createdAtMs > LifetimeMs; });
    Pending p;
    p.token = SandboxIds::token(21);
    p.secret = SandboxIds::token(30);
    p.createdAtMs = nowMs;
    m_pending.insert(p.token, p);
    return p;
}

SignInRequests::Pending *SignInRequests::find(const QString &token, qint64 nowMs)
{
    const auto it = m_pending.find(token);
    if (it == m_pending.end() || nowMs - it->createdAtMs > LifetimeMs)
        return nullptr;
    return &*it;
}

QString SignInRequests::authorize(const QString &token, const QString &userId, qint64 nowMs)
{
    Pending *p = find(token, nowMs);
    if (!p)
        return {};
    p->userId = userId;
    p->pin = SandboxIds::pin();
    return p->pin;
}
