#include "CaptureController.h"

#include "models/EventTableModel.h"
#include "session/CaptureSession.h"
#include "store/CaptureReader.h"
#include "util/Logging.h"

CaptureController::CaptureController(QObject *parent)
    : QObject(parent)
    , m_session(new CaptureSession(this))
    , m_model(new EventTableModel(this))
{
    connect(m_session, &CaptureSession::recordsCommitted, m_model,
            [this](const QList<EventRecord> &records) { m_model->append(records); });
    connect(m_session, &CaptureSession::crcAnswered, this, &CaptureController::crcAnswered);
    connect(m_session, &CaptureSession::rejected, this, &CaptureController::rejected);
    connect(m_session, &CaptureSession::storeFailed, this, &CaptureController::storeFailed);
    connect(m_session, &CaptureSession::storeRecovered, this, &CaptureController::storeRecovered);
}

CaptureController::~CaptureController()
{
    stop();
}

Result<QUrl> CaptureController::start(const ReceiverConfig &config,
                                      const CaptureWriter::Options &store)
{
    stop();
    m_config = config;
    const Result<QUrl> started = m_session->start(config, store);
    if (store.path != u":memory:") {
        auto reader = CaptureReader::open(store.path);
        if (reader.ok())
            m_reader = reader.takeValue();
    }
    loadHistory();
    return started;
}

void CaptureController::stop()
{
    m_session->stop();
    m_model->flush();
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

void CaptureController::loadHistory()
{
    if (!m_reader) {
        m_model->clear();
        return;
    }
    QList<EventRecord> all;
    qint64 after = 0;
    for (;;) {
        const auto chunk = m_reader->events(after, 50'000);
        if (!chunk.ok()) {
            qCWarning(lcUi) << chunk.error().message << chunk.error().detail;
            break;
        }
        if (chunk.value().isEmpty())
            break;
        after = chunk.value().last().seq;
        all.append(chunk.value());
    }
    m_model->reset(all);
}

void CaptureController::requestDetails(qint64 seq)
{
    if (!m_reader) {
        Q_EMIT detailsFailed(Error(ErrorKind::Storage, tr("The capture store is not open.")));
        return;
    }
    const auto record = m_reader->event(seq);
    if (!record.ok()) {
        Q_EMIT detailsFailed(record.error());
        return;
    }
    if (!record.value()) {
        Q_EMIT detailsFailed(
            Error(ErrorKind::Storage, tr("Event #%1 is not in the store.").arg(seq)));
        return;
    }
    const auto item = m_reader->itemJson(*record.value());
    const auto delivery = m_reader->delivery(record.value()->deliveryId);
    Q_EMIT detailsReady(*record.value(), item.ok() ? item.value() : QByteArray(),
                        delivery.ok() ? delivery.value() : std::nullopt);
}
