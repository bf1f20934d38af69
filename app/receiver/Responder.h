#pragma once

#include "receiver/ReceiverConfig.h"
#include "store/Delivery.h"
#include "util/Result.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class CaptureWriter;
class WebhookServer;

//! Runs the WebhookServer on its own thread, so that a busy GUI or CLI thread never delays a CRC
//! answer. Signals arrive on the thread that owns the Responder.
class Responder final : public QObject
{
    Q_OBJECT

public:
    explicit Responder(QObject *parent = nullptr);
    ~Responder() override;

    //! Starts listening; returns the URL X should call (on the bind address) or why it could not.
    Result<QUrl> start(const ReceiverConfig &config, CaptureWriter *writer);
    //! Stops accepting, waits (up to `graceMs`) for answers that wait on the store, then closes.
    void stop(int graceMs = 3000);
    bool isRunning() const { return m_server != nullptr; }
    QUrl url() const { return m_url; }
    int activeConnections() const;

Q_SIGNALS:
    void crcAnswered(const CrcCheck &check);
    void rejected(const Rejection &rejection);
    void storeFailed(const Error &error);

private:
    QThread m_thread;
    WebhookServer *m_server = nullptr;
    CaptureWriter *m_writer = nullptr;
    QUrl m_url;
};
