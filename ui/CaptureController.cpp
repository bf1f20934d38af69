#include "CaptureController.h"

#include "DetailLoader.h"
#include "models/EventTableModel.h"
#include "models/IndexLoader.h"
#include "session/CaptureSession.h"
#include "store/CaptureReader.h"
#include "util/Logging.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

CaptureController::CaptureController(QObject *parent)
    : QObject(parent)
    , m_session(new CaptureSession(this))
    , m_model(new EventTableModel(this))
    , m_details(new DetailLoader(this))
{
    connect(m_details, &DetailLoader::loaded, this, &CaptureController::detailsReady);
    connect(m_details, &DetailLoader::failed, this,
            [this](qint64, const Error &error) { Q_EMIT detailsFailed(error); });
    connect(m_session, &CaptureSession::recordsCommitted, m_model,
            [this](const QList<EventRecord> &records, const QList<QByteArray> &bodies) {
                m_model->append(records, bodies);
            });
    connect(m_session, &CaptureSession::crcAnswered, this, &CaptureController::crcAnswered);
    connect(m_session, &CaptureSession::rejected, this, &CaptureController::rejected);
    connect(m_session, &CaptureSession::storeFailed, this, &CaptureController::storeFailed);
    connect(m_session, &CaptureSession::storeRecovered, this, &CaptureController::storeRecovered);
}

CaptureController::~CaptureController()
{
    // Whoever listened to the model may be half destroyed by now (the controller is often a
    // child of the window that shows it): stop without telling them.
    m_model->blockSignals(true);
    stop();
}

Result<QUrl> CaptureController::start(const ReceiverConfig &config,
                                      const CaptureWriter::Options &store)
{
    stop();
    m_config = config;
    m_details->setConsumerSecret(config.consumerSecret);
    const Result<QUrl> started = m_session->start(config, store);
    m_model->clear();
    m_storePath.clear();
    if (store.path != u":memory:") {
        auto reader = CaptureReader::open(store.path);
        if (reader.ok()) {
            m_reader = reader.takeValue();
            m_storePath = store.path;
            m_details->setStore(store.path);
            m_model->setStorePath(store.path);
            loadHistory(store.path);
        }
    }
    return started;
}

void CaptureController::stop()
{
    cancelHistory();
    m_session->stop();
    m_model->flush();
    m_details->setStore({});
    m_reader.reset();
}

bool CaptureController::isRunning() const
{
    return m_session->isRunning();
}

QUrl CaptureController::url() const
{
    return m_session->url();
}

void CaptureController::loadHistory(const QString &path)
{
    // A million events take a second or two to read; the window stays usable and live records
    // queue in the model meanwhile.
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_loadCancel = cancel;
    m_model->beginLoading();
    QPointer<CaptureController> self(this);
    m_loader.reset(QThread::create([self, path, cancel] {
        QElapsedTimer clock;
        clock.start();
        auto loaded = std::make_shared<Result<LoadedIndex>>(loadIndex(path, *cancel));
        if (cancel->load())
            return;
        const qint64 ms = clock.elapsed();
        QMetaObject::invokeMethod(
            self,
            [self, loaded, cancel, ms] {
                if (!self || cancel->load())
                    return;
                self->m_loader->wait();
                self->m_loader.reset();
                Q_EMIT self->historyLoading(false);
                if (!loaded->ok()) {
                    qCWarning(lcUi) << loaded->error().message << loaded->error().detail;
                    Q_EMIT self->storeFailed(loaded->error());
                    return;
                }
                self->m_model->adopt(loaded->takeValue());
                Q_EMIT self->historyLoaded(self->m_model->totalCount(), ms);
            },
            Qt::QueuedConnection);
    }));
    m_loader->setObjectName(QStringLiteral("history-loader"));
    Q_EMIT historyLoading(true);
    m_loader->start();
}

void CaptureController::cancelHistory()
{
    if (!m_loader)
        return;
    m_loadCancel->store(true);
    m_loader->wait();
    m_loader.reset();
    m_model->adopt(LoadedIndex()); // shows what arrived live, rather than nothing
    Q_EMIT historyLoading(false);
}

void CaptureController::requestDetails(qint64 seq)
{
    Q_EMIT detailsLoading(seq);
    m_details->load(seq);
}

Result<QByteArray> CaptureController::eventJson(qint64 seq)
{
    if (!m_reader)
        return Error(ErrorKind::Storage, tr("The capture store is not open."));
    const auto record = m_reader->event(seq);
    if (!record.ok())
        return record.error();
    if (!record.value())
        return Error(ErrorKind::Storage, tr("Event #%1 is not in the store.").arg(seq));
    return m_reader->itemJson(*record.value());
}

Result<QByteArray> CaptureController::deliveryBody(qint64 seq)
{
    if (!m_reader)
        return Error(ErrorKind::Storage, tr("The capture store is not open."));
    const auto record = m_reader->event(seq);
    if (!record.ok())
        return record.error();
    if (!record.value())
        return Error(ErrorKind::Storage, tr("Event #%1 is not in the store.").arg(seq));
    const auto delivery = m_reader->delivery(record.value()->deliveryId);
    if (!delivery.ok())
        return delivery.error();
    if (!delivery.value())
        return Error(ErrorKind::Storage,
                     tr("The delivery of event #%1 is not in the store.").arg(seq));
    return delivery.value()->body;
}
