#include "events/RecordJson.h"

#include "events/JsonSpan.h"
#include "store/Delivery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringDecoder>

#include <cstdio>

namespace RecordJson {

namespace {

// A JSON string literal for `text`. Written by hand: this runs for every field of every record
// that `listen --ndjson` prints, and QJsonDocument would allocate a document per field.
QByteArray quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[7];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray stringOrNull(const QString &text)
{
    return text.isEmpty() ? QByteArray("null") : quoted(text);
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

QByteArray eventJson(const EventRecord &record, const QByteArray &body)
{
    const bool whole = record.itemLength <= 0;
    if (whole && (record.type == u"malformed" || !QJsonDocument::fromJson(body).isObject()))
        return quoted(QString::fromUtf8(body));
    const QByteArrayView item = whole
        ? QByteArrayView(body)
        : QByteArrayView(body).sliced(record.itemOffset, record.itemLength);
    return JsonSpan::compact(item);
}

QByteArray line(const EventRecord &r, const QByteArray &body, const Delivery *delivery)
{
    QByteArray out;
    out.reserve(body.size() + 512);
    const auto field = [&out](const char *name, const QByteArray &json) {
        out += out.isEmpty() ? "{\"" : ",\"";
        out += name;
        out += "\":";
        out += json;
    };
    field("seq", QByteArray::number(r.seq));
    field("received_at",
          quoted(
              QDateTime::fromMSecsSinceEpoch(r.receivedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)));
    field("delivery_id", QByteArray::number(r.deliveryId));
    field("source", quoted(EventNames::source(r.source)));
    field("type", quoted(r.type));
    field("action", quoted(r.action));
    field("event_id", stringOrNull(r.eventId));
    field("for_user_id", stringOrNull(r.forUserId));
    field("actor_id", stringOrNull(r.actorId));
    field("target_id", stringOrNull(r.targetId));
    field("created_at", stringOrNull(r.createdAt));
    field("signature", quoted(WebhookCrypto::verdictName(r.signature)));
    field("duplicate_of", r.duplicateOf ? QByteArray::number(r.duplicateOf) : QByteArray("null"));
    field("duplicate_kind", stringOrNull(EventNames::duplicateKind(r.duplicateKind)));
    field("summary", quoted(r.summary));
    field("event", eventJson(r, body));
    if (delivery) {
        QJsonArray headers;
        for (const auto &[name, value] : delivery->headers)
            headers.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
        QJsonObject d {{QStringLiteral("remote_address"), delivery->remoteAddress},
                       {QStringLiteral("method"), QString::fromLatin1(delivery->method)},
                       {QStringLiteral("target"), QString::fromLatin1(delivery->target)},
                       {QStringLiteral("status"), delivery->status},
                       {QStringLiteral("headers"), headers}};
        // The raw body as text when it is UTF-8, else base64: either way byte-exact.
        if (isUtf8(delivery->body))
            d.insert(QStringLiteral("body"), QString::fromUtf8(delivery->body));
        else
            d.insert(QStringLiteral("body_base64"), QString::fromLatin1(delivery->body.toBase64()));
        field("delivery", QJsonDocument(d).toJson(QJsonDocument::Compact));
    }
    out += '}';
    return out;
}

} // namespace RecordJson
