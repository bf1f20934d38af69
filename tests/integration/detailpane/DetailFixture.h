#pragma once

// Shared by the detail pane tests: fixture bodies, a capture store filled through the real writer,
// and events read back through the real DetailLoader.
#include "DetailLoader.h"
#include "receiver/WebhookCrypto.h"
#include "store/CaptureWriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace DetailFixture {

inline const QByteArray Secret = "detail-pane-consumer-secret";

inline QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(AAC_SOURCE_DIR "/resources/fixtures/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

enum class Signing { Valid, OtherSecret, None };

inline Delivery delivery(const QByteArray &body, Signing signing = Signing::Valid)
{
    Delivery d;
    d.receivedAtMs = 1764213931669; // 2025-11-27T03:25:31.669Z
    d.remoteAddress = QStringLiteral("127.0.0.1");
    d.method = "POST";
    d.target = "/webhook?x=1";
    d.headers = {{"Host", "127.0.0.1:8321"}, {"Content-Type", "application/json"}};
    d.body = body;
    d.status = 200;
    if (signing != Signing::None) {
        d.signatureHeader = WebhookCrypto::signature(
            signing == Signing::Valid ? Secret : QByteArray("another-app"), body);
        d.headers.append({QByteArray("X-Twitter-Webhooks-Signature"), d.signatureHeader});
        d.verdict = signing == Signing::Valid ? WebhookCrypto::SignatureVerdict::Valid
                                              : WebhookCrypto::SignatureVerdict::Invalid;
        if (signing == Signing::OtherSecret)
            d.status = 401;
    }
    d.headers.append({QByteArray("x-custom-Spelling"), QByteArray("kept as sent")});
    return d;
}

//! A capture store in a temporary directory, written by the real CaptureWriter.
class Store
{
public:
    Store()
    {
        CaptureWriter::Options options;
        options.path = m_dir.filePath(QStringLiteral("capture.db"));
        options.durability = CaptureSchema::Durability::Normal;
        const auto started = m_writer.start(options);
        if (!started.ok())
            qFatal("cannot open the test store: %s", qPrintable(started.error().message));
    }

    QString path() const { return m_writer.path(); }

    //! Stores one delivery; its records, in seq order. The answer comes back on this thread,
    //! as it does for the window.
    QList<EventRecord> add(Delivery d)
    {
        QObject context;
        std::optional<Result<StoredDelivery>> outcome;
        m_writer.submit(std::move(d), &context,
                        [&outcome](Result<StoredDelivery> r) { outcome.emplace(std::move(r)); });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 10000) || !outcome->ok())
            qFatal("the test store did not commit");
        return outcome->value().records;
    }

private:
    QTemporaryDir m_dir;
    CaptureWriter m_writer;
};

//! Reads event `seq` through a DetailLoader, as the window does.
inline EventDetail load(const QString &storePath, qint64 seq)
{
    DetailLoader loader;
    loader.setStore(storePath);
    loader.setConsumerSecret(Secret);
    QSignalSpy loaded(&loader, &DetailLoader::loaded);
    loader.load(seq);
    if (!loaded.wait(10000))
        qFatal("event %lld did not load", seq);
    return loaded.at(0).at(0).value<EventDetail>();
}

} // namespace DetailFixture
