#include "xapi/XError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// "CrcValidationFailed: …" → "CrcValidationFailed". Only CamelCase words with at least two humps
// count, so v1.1 sentences ("Could not authenticate you.") never look like a reason.
QString reasonPrefix(const QString &message)
{
    static const QRegularExpression re(u"^\\s*([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)\\s*(?::|$)"_s);
    const auto match = re.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

void decodeJson(const QJsonObject &o, XError &e)
{
    const QJsonArray errors = o.value(u"errors"_s).toArray();
    if (!errors.isEmpty()) {
        const QJsonObject first = errors.first().toObject();
        if (first.value(u"code"_s).isDouble())
            e.code = first.value(u"code"_s).toInt();
        e.message = first.value(u"message"_s).toString();
        // v2 partial errors are problems themselves.
        if (e.message.isEmpty())
            e.message = first.value(u"detail"_s).toString();
        if (o.value(u"title"_s).isUndefined()) {
            e.title = first.value(u"title"_s).toString();
            e.type = first.value(u"type"_s).toString();
        }
    }
    if (e.code < 0 && o.value(u"code"_s).isDouble()) // v2 `Error` schema
        e.code = o.value(u"code"_s).toInt();
    if (e.message.isEmpty())
        e.message = o.value(u"message"_s).toString();
    if (e.title.isEmpty())
        e.title = o.value(u"title"_s).toString();
    e.detail = o.value(u"detail"_s).toString();
    if (e.type.isEmpty())
        e.type = o.value(u"type"_s).toString();
    e.reason = reasonPrefix(e.message);
    if (e.reason.isEmpty())
        e.reason = o.value(u"reason"_s).toString();
}

// oauth/* endpoints sometimes answer XML: <errors><error code="32">Could not …</error></errors>
void decodeText(const QByteArray &body, XError &e)
{
    const QString text = QString::fromUtf8(body).trimmed();
    static const QRegularExpression xml(u"<error code=\"(\\d+)\">([^<]*)<"_s);
    const auto match = xml.match(text);
    if (match.hasMatch()) {
        e.code = match.captured(1).toInt();
        e.message = match.captured(2);
        return;
    }
    e.message = text.left(300);
}

} // namespace

XError XError::decode(const ApiResponse &response)
{
    XError e;
    e.httpStatus = response.status;
    e.rateLimit = response.rateLimit;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        decodeJson(doc.object(), e);
    else
        decodeText(response.body, e);
    return e;
}

QString XError::summary() const
{
    QString text = u"HTTP "_s + QString::number(httpStatus);
    if (code >= 0)
        text += u", code "_s + QString::number(code);
    QStringList words;
    if (!title.isEmpty())
        words << title;
    if (!message.isEmpty())
        words << message;
    if (!detail.isEmpty() && detail != message)
        words << detail;
    if (!words.isEmpty())
        text += u": "_s + words.join(u" · "_s);
    return text;
}

QString XError::key() const
{
    if (!reason.isEmpty())
        return reason;
    if (code >= 0)
        return QString::number(code);
    return u"http-"_s + QString::number(httpStatus);
}
