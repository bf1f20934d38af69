#pragma once

#include "events/EventRecord.h"
#include "models/JsonTree.h"
#include "store/Delivery.h"

#include <QMetaType>

#include <memory>
#include <optional>

//! One event with everything the detail pane shows. DetailLoader fills it on a worker thread,
//! including the parts that cost time on a 4 MiB body (the body as text, its indented form, the
//! JSON tree), so that the GUI thread only has to display them.
struct EventDetail
{
    EventRecord record;
    QByteArray itemJson; //!< the item's bytes within the delivery body
    std::optional<Delivery> delivery; //!< missing when the store no longer has it
    QByteArray computedSignature; //!< of the raw body with the consumer secret; empty without one
    std::shared_ptr<const JsonTree> tree; //!< of itemJson; invalid when it is not JSON
    QString bodyText; //!< the body as UTF-8 text, invalid bytes shown as U+FFFD
    bool bodyIsUtf8 = true;
    QString prettyBody; //!< indented with X's key order; empty when the body is not JSON
    QString bodyJsonError; //!< why the body is not JSON, when it is not
};

Q_DECLARE_METATYPE(EventDetail)
