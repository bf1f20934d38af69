#include "store/RecordExport.h"

#include "events/EventFilter.h"
#include "events/RecordJson.h"
#include "store/CaptureReader.h"

#include <QIODevice>

#include <optional>

Result<qint64> RecordExport::write(CaptureReader &reader, QIODevice &sink, const Options &options)
{
    qint64 written = 0;
    bool writeFailed = false;
    bool cancelled = false;
    std::optional<Delivery> lastDelivery;
    const auto visited
        = reader.forEachEvent([&](const EventRecord &record, const QByteArray &body) {
              if (options.visited)
                  options.visited->fetch_add(1, std::memory_order_relaxed);
              if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                  cancelled = true;
                  return false;
              }
              if (options.include && !options.include(record.seq))
                  return true;
              if (options.filter && !options.filter->matches(record, body))
                  return true;
              const Delivery *delivery = nullptr;
              if (options.withDelivery) {
                  // Fan-out records share a delivery: read it once.
                  if (!lastDelivery || lastDelivery->id != record.deliveryId) {
                      auto loaded = reader.delivery(record.deliveryId);
                      lastDelivery = loaded.ok() ? loaded.value() : std::nullopt;
                  }
                  delivery = lastDelivery ? &*lastDelivery : nullptr;
              }
              const QByteArray line = RecordJson::line(record, body, delivery) + '\n';
              if (sink.write(line) != line.size()) {
                  writeFailed = true;
                  return false;
              }
              ++written;
              return true;
          });
    if (!visited.ok())
        return visited.error();
    if (cancelled)
        return Error(ErrorKind::Io,
                     tr("The export was cancelled after %n record(s).", nullptr, int(written)));
    if (writeFailed) {
        return Error(ErrorKind::Io,
                     tr("Writing the export failed after %n record(s): %1", nullptr, int(written))
                         .arg(sink.errorString()));
    }
    return written;
}
