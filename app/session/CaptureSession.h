#pragma once

#include "receiver/ReceiverConfig.h"
#include "store/CaptureWriter.h"
#include "util/Result.h"

#include <QObject>
#include <QUrl>

#include <memory>

class Responder;

//! A capture store and the responder feeding it, started and stopped together: what the GUI shows
//! and `listen` runs. Signals arrive on the thread that owns the session.
class CaptureSession final : public QObject
{
    Q_OBJECT

public:
    explicit CaptureSession(QObject *parent = nullptr);
    ~CaptureSession() override;

    //! Opens the store at `storePath` (":memory:" keeps nothing), then starts the responder.
    Result<QUrl> start(const ReceiverConfig &config, const CaptureWriter::Options &store);
    //! Stops accepting, answers what was received, commits everything and closes the store.
    void stop();

    bool isRunning() const;
    QUrl url() const;
    QString storePath() const { return m_storePath; }
    CaptureWriter *writer() const { return m_writer.get(); }
    int activeConnections() const;

Q_SIGNALS:
    void recordsCommitted(const QList<EventRecord> &records, const QList<QByteArray> &bodies);
    void crcAnswered(const CrcCheck &check);
    void rejected(const Rejection &rejection);
    void storeFailed(const Error &error);
    void storeRecovered();

private:
    std::unique_ptr<CaptureWriter> m_writer;
    std::unique_ptr<Responder> m_responder;
    QString m_storePath;
};
