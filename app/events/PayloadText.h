#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

//! Small readers shared by the AAA and XAA decoders: ids that may be numbers or strings, handles,
//! quoted excerpts, and X's several timestamp formats.
namespace PayloadText {

//! A JSON string, or an integer written without losing digits; empty for anything else.
QString idString(const QJsonValue &value);
//! `object[key_str]` if present (v1.1 objects carry `id_str` twins), else `object[key]`.
QString id(const QJsonObject &object, const QString &key = QStringLiteral("id"));
//! "@screen_name" (v1.1) or "@username" (v2) of a user object; empty if it has neither.
QString handle(const QJsonObject &user);
//! `name` if not empty, else "user <id>" — never empty when either is known.
QString who(const QString &name, const QString &id);
//! A post's text: the full text of a long post, else `text`.
QString postText(const QJsonObject &post);
//! Whitespace collapsed, cut to `maxLength` characters with an ellipsis, wrapped in double quotes.
QString excerpt(const QString &text, int maxLength = 40);

//! Converts X's timestamp forms (Twitter "Mon Mar 26 16:33:26 +0000 2018", epoch milliseconds as
//! number or string, ISO-8601) to ISO-8601 UTC with milliseconds; empty when unparseable.
QString isoTimestamp(const QJsonValue &value);

} // namespace PayloadText
