#include "events/EventRecord.h"

namespace EventNames {

QString source(EventSource source)
{
    switch (source) {
    case EventSource::Aaa: return QStringLiteral("aaa");
    case EventSource::Xaa: return QStringLiteral("xaa");
    case EventSource::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

EventSource sourceFromName(const QString &name)
{
    if (name == u"aaa")
        return EventSource::Aaa;
    if (name == u"xaa")
        return EventSource::Xaa;
    return EventSource::Unknown;
}

QString duplicateKind(DuplicateKind kind)
{
    switch (kind) {
    case DuplicateKind::Redelivery: return QStringLiteral("redelivery");
    case DuplicateKind::Fanout: return QStringLiteral("fanout");
    case DuplicateKind::None: break;
    }
    return {};
}

DuplicateKind duplicateKindFromName(const QString &name)
{
    if (name == u"redelivery")
        return DuplicateKind::Redelivery;
    if (name == u"fanout")
        return DuplicateKind::Fanout;
    return DuplicateKind::None;
}

WebhookCrypto::SignatureVerdict verdictFromName(const QString &name)
{
    if (name == u"valid")
        return WebhookCrypto::SignatureVerdict::Valid;
    if (name == u"invalid")
        return WebhookCrypto::SignatureVerdict::Invalid;
    return WebhookCrypto::SignatureVerdict::Missing;
}

} // namespace EventNames
