#include "events/EventDecoder.h"

#include "events/DecoderParts.h"
#include "events/JsonSpan.h"
#include "events/PayloadText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace DecoderParts;

namespace {

// Members of an AAA payload that describe the delivery rather than being events.
bool isContextKey(const QString &key)
{
    return key == u"for_user_id" || key == u"users" || key == u"apps" || key == u"user_has_blocked"
        || key == u"is_blocked_by";
}

DecodedItem withSpan(DecodedItem item, JsonSpan::Span span)
{
    item.record.itemOffset = qint32(span.begin);
    item.record.itemLength = qint32(span.length);
    return item;
}

DecodedItem wholeBody(const QString &type, const QString &summary, const QByteArray &body,
                      const QByteArray &keyPrefix)
{
    DecodedItem item;
    item.record.source = EventSource::Unknown;
    item.record.type = type;
    item.record.action = QStringLiteral("unknown");
    item.record.eventId = contentHash(body);
    item.record.summary = summary;
    item.activityKey = keyPrefix + '|' + item.record.eventId.toUtf8();
    return item;
}

DecodedItem unknownItem(const QString &key, const QJsonValue &value, QByteArrayView itemBytes,
                        const QString &forUserId)
{
    DecodedItem item;
    item.record.source = EventSource::Aaa;
    item.record.type = key;
    item.record.action = QStringLiteral("unknown");
    item.record.forUserId = forUserId;
    item.record.eventId = contentHash(JsonSpan::compact(itemBytes));
    item.record.summary = value.isObject() || value.isArray()
        ? EventDecoder::tr("Unrecognised event type \"%1\"").arg(key)
        : EventDecoder::tr("Unrecognised member \"%1\": %2")
              .arg(key, value.toVariant().toString().left(60));
    item.activityKey = "unknown|" + key.toUtf8() + '|' + item.record.eventId.toUtf8();
    return item;
}

QList<DecodedItem> decodeAaa(const QByteArray &body, const QJsonObject &root,
                             const QList<JsonSpan::Member> &members)
{
    AaaContext context;
    context.forUserId = PayloadText::idString(root.value(QLatin1String("for_user_id")));
    context.users = root.value(QLatin1String("users")).toObject();
    context.apps = root.value(QLatin1String("apps")).toObject();

    QList<DecodedItem> items;
    QStringList seenKeys;
    for (const JsonSpan::Member &member : members) {
        seenKeys << member.key;
        if (isContextKey(member.key))
            continue;
        const QJsonValue value = root.value(member.key);
        if (member.key == u"user_event" || member.key == u"replay_job_status") {
            DecodedItem item;
            decodeAaaObject(member.key, value.toObject(), context, item);
            items.append(withSpan(std::move(item), member.value));
            continue;
        }
        if (value.isArray()) {
            const auto spans = JsonSpan::elements(body, member.value);
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const JsonSpan::Span span
                    = spans && i < spans->size() ? spans->at(i) : member.value;
                DecodedItem item;
                if (!decodeAaaItem(member.key, array.at(i), context, item)) {
                    item = unknownItem(member.key, array.at(i),
                                       QByteArrayView(body).sliced(span.begin, span.length),
                                       context.forUserId);
                }
                items.append(withSpan(std::move(item), span));
            }
            if (!array.isEmpty())
                continue;
        }
        // Any other member (an object, a scalar, an empty array) is not a known event: keep it.
        items.append(withSpan(
            unknownItem(member.key, value,
                        QByteArrayView(body).sliced(member.value.begin, member.value.length),
                        context.forUserId),
            member.value));
    }
    if (items.isEmpty()) {
        items.append(wholeBody(QStringLiteral("unknown"),
                               EventDecoder::tr("Delivery without events (members: %1)")
                                   .arg(seenKeys.isEmpty() ? EventDecoder::tr("none")
                                                           : seenKeys.join(QStringLiteral(", "))),
                               body, "empty"));
        items.last().record.source = EventSource::Aaa;
        items.last().record.forUserId = context.forUserId;
    }
    return items;
}

} // namespace

namespace DecoderParts {

QString contentHash(QByteArrayView bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace DecoderParts

QList<DecodedItem> EventDecoder::decode(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return {wholeBody(QStringLiteral("malformed"),
                          tr("Body is not JSON: %1 at byte %2 (%3 bytes)")
                              .arg(error.errorString())
                              .arg(error.offset)
                              .arg(body.size()),
                          body, "malformed")};
    }
    const auto rootSpan = JsonSpan::root(body);
    const auto members = rootSpan ? JsonSpan::members(body, *rootSpan) : std::nullopt;
    if (!document.isObject() || !members) {
        return {wholeBody(QStringLiteral("unknown"),
                          tr("Body is JSON but not an object (%1)")
                              .arg(document.isArray() ? tr("an array") : tr("a single value")),
                          body, "not_object")};
    }

    const QJsonObject root = document.object();
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    if (data.contains(QLatin1String("event_type"))) {
        DecodedItem item;
        decodeXaa(data, item);
        return {withSpan(std::move(item), *rootSpan)};
    }
    return decodeAaa(body, root, *members);
}
