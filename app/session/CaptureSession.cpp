#include "session/CaptureSession.h"

#include "receiver/Responder.h"

CaptureSession::CaptureSession(QObject *parent)
    : QObject(parent)
{ }

CaptureSession::~CaptureSession()
{
    stop();
}

Result<QUrl> CaptureSession::start(const ReceiverConfig &config,
                                   const CaptureWriter::Options &store)
{
    stop();
    auto writer = std::make_unique<CaptureWriter>();
    if (auto opened = writer->start(store); !opened.ok())
        return opened.error();
    connect(writer.get(), &CaptureWriter::recordsCommitted, this,
            &CaptureSession::recordsCommitted);
    connect(writer.get(), &CaptureWriter::recovered, this, &CaptureSession::storeRecovered);

    auto responder = std::make_unique<Responder>();
    connect(responder.get(), &Responder::crcAnswered, this, &CaptureSession::crcAnswered);
    connect(responder.get(), &Responder::rejected, this, &CaptureSession::rejected);
    connect(responder.get(), &Responder::storeFailed, this, &CaptureSession::storeFailed);
    const auto url = responder->start(config, writer.get());
    if (!url.ok())
        return url.error();

    m_writer = std::move(writer);
    m_responder = std::move(responder);
    m_storePath = store.path;
    return url;
}

void CaptureSession::stop()
{
    if (m_responder)
        m_responder->stop();
    if (m_writer)
        m_writer->stop();
    m_responder.reset();
    m_writer.reset();
}

bool CaptureSession::isRunning() const
{
    return m_responder && m_responder->isRunning();
}

QUrl CaptureSession::url() const
{
    return m_responder ? m_responder->url() : QUrl();
}

int CaptureSession::activeConnections() const
{
    return m_responder ? m_responder->activeConnections() : 0;
}
