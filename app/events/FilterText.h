#pragma once

#include "events/JsonPath.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

//! Writing filters, the inverse of FilterParser: what "apply as filter" and the detail pane's links
//! put into the filter bar. Everything written here reads back to the same value.
namespace FilterText {

//! `text` in double quotes, with \ and " escaped the way the filter tokenizer unescapes them.
QString quoted(const QString &text);

//! `value` bare when it is one plain word (ids, type names such as favorite_events or
//! follow.follow), quoted otherwise.
QString value(const QString &value);

//! `$.entities.hashtags[0].text`: `.name` where JsonPath allows it, `["name"]` otherwise.
QString path(const QList<JsonPath::Step> &steps);

//! A filter that selects items whose value at `steps` equals `raw` (the value's JSON text): strings
//! quoted, numbers, true, false and null as written, objects and arrays as a presence test
//! (`$.entities`). Nothing when the language cannot express the path (a member name with spaces
//! or operator characters): the result is parsed back to make sure.
std::optional<QString> jsonComparison(const QList<JsonPath::Step> &steps, QByteArrayView raw);

} // namespace FilterText
