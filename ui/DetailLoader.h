#pragma once

#include "EventDetail.h"
#include "util/Result.h"

#include <QObject>

#include <atomic>
#include <memory>

class CaptureReader;
class QThread;

//! Reads an event in full — record, item JSON, delivery — and prepares it for the detail pane on a
//! worker thread with its own store connection, so that a 4 MiB body never stalls the window.
//! Requests carry a generation: when the selection moves on, an older request is dropped (not even
//! read if it had not started) and only the newest result is delivered.
class DetailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailLoader)

public:
    explicit DetailLoader(QObject *parent = nullptr);
    ~DetailLoader() override;

    //! The capture store to read (empty: none, and the worker closes its connection).
    void setStore(const QString &path);
    bool hasStore() const { return !m_path.isEmpty(); }
    void setConsumerSecret(const QByteArray &secret) { m_secret = secret; }

    //! Starts reading event `seq`; answered by loaded() or failed() unless a later load() or
    //! cancel() comes first.
    void load(qint64 seq);
    void cancel();
    bool isLoading() const { return m_pendingSeq != 0; }

    //! The worker's preparation, for callers that already have the pieces (tests, imports).
    static EventDetail prepare(const EventRecord &record, std::optional<Delivery> delivery,
                               const QByteArray &itemJson, const QByteArray &consumerSecret);

Q_SIGNALS:
    void loaded(const EventDetail &detail);
    void failed(qint64 seq, const Error &error);

private:
    class Worker;

    void deliver(quint64 generation, qint64 seq, Result<EventDetail> &&result);

    QThread *m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    qint64 m_pendingSeq = 0;
    QString m_path;
    QByteArray m_secret;
};
