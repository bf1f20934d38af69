#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

//! Byte spans inside raw JSON text. QJsonDocument re-sorts object keys and loses the original text,
//! but an event record must keep its item exactly as received: these helpers find where a member or
//! an array element sits in the raw body, so that the bytes themselves can be kept and shown.
//! They expect text that QJsonDocument has already accepted as valid.
namespace JsonSpan {

struct Span
{
    qsizetype begin = 0;
    qsizetype length = 0;
};

struct Member
{
    QString key;
    Span value;
};

//! The whole top-level value of `json`, without surrounding whitespace.
std::optional<Span> root(QByteArrayView json);
//! Members of the object at `object`, in document order.
std::optional<QList<Member>> members(QByteArrayView json, Span object);
//! Elements of the array at `array`, in document order.
std::optional<QList<Span>> elements(QByteArrayView json, Span array);

//! `json` without insignificant whitespace: key order and number literals stay as they were.
QByteArray compact(QByteArrayView json);

//! `json` re-indented (`indent` spaces per level), key order and literals untouched: the readable
//! form of exactly what was received.
QByteArray indented(QByteArrayView json, int indent = 2);

} // namespace JsonSpan
