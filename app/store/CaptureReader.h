#pragma once

#include "store/Delivery.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

//! Reads a capture store through its own connection, usable only on the thread that opened it.
//! Readers never block the writer (WAL): they see everything committed before each query.
class CaptureReader
{
    Q_DECLARE_TR_FUNCTIONS(CaptureReader)

public:
    static Result<std::unique_ptr<CaptureReader>> open(const QString &path);
    ~CaptureReader();

    Result<qint64> eventCount();
    //! Up to `limit` records with seq > afterSeq, in seq order.
    Result<QList<EventRecord>> events(qint64 afterSeq, int limit);
    Result<std::optional<EventRecord>> event(qint64 seq);
    Result<std::optional<Delivery>> delivery(qint64 id);
    //! The item of `record` exactly as received, without insignificant whitespace.
    Result<QByteArray> itemJson(const EventRecord &record);
    //! Calls `visit` for every record in seq order with its delivery's raw body; stops early when
    //! `visit` returns false. Streams: memory does not grow with the size of the store.
    Result<void>
    forEachEvent(const std::function<bool(const EventRecord &, const QByteArray &body)> &visit);

    Result<QList<CrcCheck>> recentCrcChecks(int limit);
    Result<QList<Rejection>> recentRejections(int limit);

private:
    explicit CaptureReader(QString connectionName);
    QString m_connectionName;
};
