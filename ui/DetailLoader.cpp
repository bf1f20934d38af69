#include "DetailLoader.h"

#include "events/JsonSpan.h"
#include "store/CaptureReader.h"

#include <QStringDecoder>
#include <QThread>

// Lives on the loader's thread and owns the store connection opened there (a CaptureReader may
// only be used on the thread that opened it).
class DetailLoader::Worker final : public QObject
{
public:
    explicit Worker(std::shared_ptr<std::atomic<quint64>> latest)
        : m_latest(std::move(latest))
    { }

    //! Nothing when a newer request overtook this one.
    std::optional<Result<EventDetail>> load(quint64 generation, qint64 seq, const QString &path,
                                            const QByteArray &secret)
    {
        if (stale(generation))
            return std::nullopt;
        if (!m_reader || path != m_path) {
            m_reader.reset();
            auto opened = CaptureReader::open(path);
            if (!opened.ok())
                return Result<EventDetail>(opened.error());
            m_reader = opened.takeValue();
            m_path = path;
        }
        const auto record = m_reader->event(seq);
        if (!record.ok())
            return Result<EventDetail>(record.error());
        if (!record.value())
            return Result<EventDetail>(Error(
                ErrorKind::Storage, DetailLoader::tr("Event #%1 is not in the store.").arg(seq)));
        auto delivery = m_reader->delivery(record.value()->deliveryId);
        if (!delivery.ok())
            return Result<EventDetail>(delivery.error());
        QByteArray item;
        const EventRecord &r = *record.value();
        if (const auto &d = delivery.value()) {
            item = r.itemLength > 0 && qsizetype(r.itemOffset) + r.itemLength <= d->body.size()
                ? d->body.mid(r.itemOffset, r.itemLength)
                : d->body;
        } else if (auto json = m_reader->itemJson(r); json.ok()) {
            item = json.value();
        }
        if (stale(generation))
            return std::nullopt;
        EventDetail detail = DetailLoader::prepare(r, delivery.takeValue(), item, secret);
        if (stale(generation))
            return std::nullopt;
        return Result<EventDetail>(std::move(detail));
    }

    void close()
    {
        m_reader.reset();
        m_path.clear();
    }

private:
    bool stale(quint64 generation) const { return m_latest->load() != generation; }

    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<CaptureReader> m_reader;
    QString m_path;
};

DetailLoader::DetailLoader(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread->setObjectName(QStringLiteral("detail-loader"));
    m_worker = new Worker(m_latest);
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread when the thread ends, so the store connection closes there too.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

DetailLoader::~DetailLoader()
{
    m_latest->store(0);
    m_thread->quit();
    m_thread->wait();
}

void DetailLoader::setStore(const QString &path)
{
    cancel();
    m_path = path;
    if (path.isEmpty())
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
}

void DetailLoader::load(qint64 seq)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_pendingSeq = seq;
    if (m_path.isEmpty()) {
        // Answered later, as a read would be, so callers see one order of events.
        QMetaObject::invokeMethod(
            this,
            [this, generation, seq] {
                deliver(generation, seq,
                        Error(ErrorKind::Storage, tr("The capture store is not open.")));
            },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, generation, seq, path = m_path, secret = m_secret] {
            auto result = worker->load(generation, seq, path, secret);
            if (!result)
                return;
            // The loader outlives the thread (its destructor waits for it), and an event posted
            // to it while it is being destroyed is discarded with it.
            QMetaObject::invokeMethod(
                this,
                [this, generation, seq,
                 result = std::make_shared<Result<EventDetail>>(std::move(*result))] {
                    deliver(generation, seq, std::move(*result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void DetailLoader::cancel()
{
    ++m_generation;
    m_latest->store(m_generation);
    m_pendingSeq = 0;
}

void DetailLoader::deliver(quint64 generation, qint64 seq, Result<EventDetail> &&result)
{
    if (generation != m_generation)
        return;
    m_pendingSeq = 0;
    if (result.ok())
        Q_EMIT loaded(result.value());
    else
        Q_EMIT failed(seq, result.error());
}

EventDetail DetailLoader::prepare(const EventRecord &record, std::optional<Delivery> delivery,
                                  const QByteArray &itemJson, const QByteArray &consumerSecret)
{
    EventDetail detail;
    detail.record = record;
    detail.itemJson = itemJson;
    auto tree = std::make_shared<JsonTree>(JsonTree::parse(itemJson));
    if (delivery) {
        const QByteArray &body = delivery->body;
        if (!consumerSecret.isEmpty())
            detail.computedSignature = WebhookCrypto::signature(consumerSecret, body);
        QStringDecoder utf8(QStringDecoder::Utf8);
        detail.bodyText = utf8(body);
        detail.bodyIsUtf8 = !utf8.hasError();
        // Most bodies hold a single item: its tree already says whether the body is JSON.
        const JsonTree bodyTree
            = itemJson.size() == body.size() ? JsonTree() : JsonTree::parse(body);
        const JsonTree &whole = itemJson.size() == body.size() ? *tree : bodyTree;
        if (whole.isValid())
            detail.prettyBody = QString::fromUtf8(JsonSpan::indented(body));
        else
            detail.bodyJsonError
                = tr("Not JSON at byte %1: %2.").arg(whole.errorOffset()).arg(whole.error());
        detail.delivery = std::move(delivery);
    }
    detail.tree = std::move(tree);
    return detail;
}
