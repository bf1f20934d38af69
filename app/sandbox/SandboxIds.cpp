#include "sandbox/SandboxIds.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace SandboxIds {

QString snowflake()
{
    // 41 bits of milliseconds, 10 bits of "worker", 12 bits of sequence, as X documents its ids.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static qint64 sequence = 0;
    const QMutexLocker lock(&mutex);
    qint64 now = QDateTime::currentMSecsSinceEpoch() - Epoch;
    if (now <= lastMs) {
        now = lastMs;
        if (++sequence > 0xFFF) { // more than 4096 ids in one millisecond: borrow the next one
            ++now;
            sequence = 0;
        }
    } else {
        sequence = 0;
    }
    lastMs = now;
    constexpr qint64 Worker = 42;
    return QString::number((now << 22) | (Worker << 12) | sequence);
}

qint64 timeOf(const QString &snowflakeId)
{
    bool ok = false;
    const qint64 id = snowflakeId.toLongLong(&ok);
    return ok && id > 0 ? (id >> 22) + Epoch : 0;
}

QString eventId()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

QString pin()
{
    return QString::number(QRandomGenerator::global()->bounded(1000000, 10000000));
}

QString token(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::global()->bounded(256));
    QString text = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    text.replace(u'-', u'x').replace(u'_', u'y');
    return text;
}

} // namespace SandboxIds
