#pragma once

#include "events/EventRecord.h"
#include "events/FilterExpression.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

//! How one comparison judges one value — shared by EventFilter and the event table's index filter
//! so that both always agree.
namespace FilterMatch {
//! == and != are exact; contains is case-insensitive; matches is a case-insensitive regex. For
//! user/actor/target, a value starting with '@' is compared with `name` (case-insensitively).
bool text(const FilterExpression::Node &node, const QString &value, const QString &name = {});
bool number(const FilterExpression::Node &node, qint64 value);
//! A JSON path comparison on the raw item bytes.
bool json(const FilterExpression::Node &node, QByteArrayView item);
//! text contains/matches over the summary and the raw body.
bool fullText(const FilterExpression::Node &node, const QString &summary, QByteArrayView body);
} // namespace FilterMatch

//! A parsed display filter applied to event records: what `export --filter` and live records use.
class EventFilter
{
    Q_DECLARE_TR_FUNCTIONS(EventFilter)

public:
    //! The error says what is wrong and where: "column 12: expected a value after '=='".
    static Result<EventFilter> parse(const QString &text);

    bool isEmpty() const { return m_expression.isEmpty(); }
    bool needsBody() const { return m_expression.needsBody() || m_expression.needsItem(); }
    const FilterExpression &expression() const { return m_expression; }

    //! `body` is the raw body of the record's delivery (needed only when needsBody()).
    bool matches(const EventRecord &record, const QByteArray &body = {}) const;

private:
    bool evaluate(int node, const EventRecord &record, const QByteArray &body) const;

    FilterExpression m_expression;
};
