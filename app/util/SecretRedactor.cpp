#include "util/SecretRedactor.h"

#include <QReadWriteLock>
#include <QStringList>

#include <algorithm>

namespace {

QReadWriteLock &lock()
{
    static QReadWriteLock l;
    return l;
}

// Longest first, so that a secret containing another secret is masked whole.
QStringList &secrets()
{
    static QStringList s;
    return s;
}

} // namespace

namespace SecretRedactor {

void add(const QString &secret)
{
    if (secret.size() < MinimumLength)
        return;
    QWriteLocker locker(&lock());
    QStringList &all = secrets();
    if (all.contains(secret))
        return;
    all.append(secret);
    std::sort(all.begin(), all.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void clear()
{
    QWriteLocker locker(&lock());
    secrets().clear();
}

QString redact(QString text)
{
    QReadLocker locker(&lock());
    for (const QString &secret : std::as_const(secrets()))
        text.replace(secret, QLatin1String(Mask));
    return text;
}

QByteArray redact(QByteArray bytes)
{
    QReadLocker locker(&lock());
    for (const QString &secret : std::as_const(secrets()))
        bytes.replace(secret.toUtf8(), QByteArray(Mask));
    return bytes;
}

} // namespace SecretRedactor
