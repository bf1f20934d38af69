#pragma once

#include "receiver/ReceiverConfig.h"
#include "store/Delivery.h"
#include "util/Result.h"

#include <QHttpServer>
#include <QObject>
#include <QPointer>

#include <functional>

class CaptureWriter;
class GuardedTcpServer;
class HttpConnection;
class QHttpServerRequest;
class QHttpServerResponder;

//! X's side of the contract, on the responder thread: `GET <path>?crc_token=` answered with the
//! HMAC at once; `POST <path>` verified on the raw bytes, committed to the store, and only then
//! answered (200, or 401 for a bad signature unless unsigned events are allowed; 503 when the store
//! could not commit, so that X retries). Other paths are 404.
class WebhookServer final : public QObject
{
    Q_OBJECT

public:
    WebhookServer(const ReceiverConfig &config, CaptureWriter *writer, QObject *parent = nullptr);
    ~WebhookServer() override;

    //! Binds and listens (on the responder thread). Returns the port.
    Result<quint16> listen();
    void stopAccepting();
    //! Deliveries whose answer waits for the store.
    int pendingAnswers() const { return m_pendingAnswers; }
    int activeConnections() const;

Q_SIGNALS:
    void crcAnswered(const CrcCheck &check);
    void rejected(const Rejection &rejection);
    void storeFailed(const Error &error);

private:
    void handleCrc(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void handlePost(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    //! POST <path> straight from the connection's framer, without QHttpServer parsing it again.
    bool handleDirect(HttpConnection *connection, const RequestFramer::Request &request);

    struct Answer
    {
        int status = 200;
        QByteArray body; //!< JSON
        bool retryLater = false; //!< 503: add Retry-After
    };
    using Answered = std::function<void(const Answer &answer)>;
    //! Verifies, submits for commit, and answers through `send` once the store has decided.
    void acceptDelivery(Delivery delivery, Answered send);
    void handleMissing(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    ReceiverConfig m_config;
    QByteArray m_pathBytes; //!< m_config.path as it appears in a request target
    CaptureWriter *m_writer;
    QHttpServer *m_http; //!< a child, so that moveToThread() takes it along
    QPointer<GuardedTcpServer> m_tcp;
    int m_pendingAnswers = 0;
};
