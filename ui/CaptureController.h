#pragma once

#include "EventDetail.h"
#include "receiver/ReceiverConfig.h"
#include "store/CaptureWriter.h"
#include "util/Result.h"

#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>

class CaptureReader;
class CaptureSession;
class DetailLoader;
class EventTableModel;
class QThread;

//! What the main window shows about capturing: runs the CaptureSession, fills the event model with
//! the store's history and then live records, and loads an event in full on request.
class CaptureController final : public QObject
{
    Q_OBJECT

public:
    explicit CaptureController(QObject *parent = nullptr);
    ~CaptureController() override;

    EventTableModel *model() const { return m_model; }

    //! Opens the store, shows what it holds, starts the responder. On failure the history is still
    //! shown when the store could be opened.
    Result<QUrl> start(const ReceiverConfig &config, const CaptureWriter::Options &store);
    void stop();
    bool isRunning() const;
    QUrl url() const;
    QByteArray consumerSecret() const { return m_config.consumerSecret; }

    //! Reads event `seq` with its item JSON and delivery on a worker thread: emits detailsLoading
    //! now and detailsReady (or detailsFailed) later, unless another request came meanwhile.
    void requestDetails(qint64 seq);
    //! For the clipboard: the event's JSON as received, and its delivery's raw body.
    Result<QByteArray> eventJson(qint64 seq);
    Result<QByteArray> deliveryBody(qint64 seq);
    //! The capture store being shown ("" before start()).
    QString storePath() const { return m_storePath; }

Q_SIGNALS:
    void detailsLoading(qint64 seq);
    void detailsReady(const EventDetail &detail);
    void detailsFailed(const Error &error);
    void crcAnswered(const CrcCheck &check);
    void rejected(const Rejection &rejection);
    void storeFailed(const Error &error);
    void storeRecovered();
    //! Reading the store's history into the table began (true) or ended (false).
    void historyLoading(bool loading);
    void historyLoaded(qint64 events, qint64 milliseconds);

private:
    void loadHistory(const QString &path);
    void cancelHistory();

    CaptureSession *m_session;
    EventTableModel *m_model;
    DetailLoader *m_details;
    std::unique_ptr<CaptureReader> m_reader; //!< small synchronous reads (clipboard)
    ReceiverConfig m_config;
    QString m_storePath;
    std::unique_ptr<QThread> m_loader;
    std::shared_ptr<std::atomic<bool>> m_loadCancel;
};
