#pragma once

#include "events/FilterExpression.h"
#include "models/EventRow.h"

#include <QByteArrayView>

#include <vector>

class StringPool;

//! A FilterExpression compiled for the event table's rows. Comparisons on interned fields (type,
//! action, users…) are decided once per distinct string, up front, so testing a row is a table
//! lookup; that is what makes a filter over a million rows take milliseconds. matches() only reads
//! the row and the precomputed tables, so a worker thread may call it for rows that existed when
//! the filter was compiled (or extended).
class IndexFilter
{
public:
    IndexFilter() = default;
    IndexFilter(const FilterExpression &expression, const StringPool &strings);

    bool isEmpty() const { return m_expression.isEmpty(); }
    //! Full-text or JSON-path comparisons: matches() needs the delivery body.
    bool needsBody() const { return m_needsBody; }

    //! `body` is the raw body of the row's delivery (ignored unless needsBody()); `bodyFor` is
    //! called only when a comparison actually needs it.
    template<typename BodyFor>
    bool matches(const EventRow &row, BodyFor &&bodyFor) const
    {
        return m_expression.isEmpty() || evaluate(m_expression.root, row, bodyFor);
    }
    bool matches(const EventRow &row, QByteArrayView body) const
    {
        return matches(row, [body] { return body; });
    }

    //! GUI thread, while no worker uses this filter: decides the strings interned since.
    void extend(const StringPool &strings);

private:
    template<typename BodyFor>
    bool evaluate(int index, const EventRow &row, BodyFor &bodyFor) const;
    bool compareRow(const FilterExpression::Node &node, int index, const EventRow &row,
                    QByteArrayView body) const;

    FilterExpression m_expression;
    bool m_needsBody = false;
    std::vector<std::vector<quint8>> m_tables; //!< per node: one verdict per interned string
};

template<typename BodyFor>
bool IndexFilter::evaluate(int index, const EventRow &row, BodyFor &bodyFor) const
{
    const FilterExpression::Node &node = m_expression.nodes[size_t(index)];
    using Kind = FilterExpression::Node::Kind;
    switch (node.kind) {
    case Kind::And: return evaluate(node.left, row, bodyFor) && evaluate(node.right, row, bodyFor);
    case Kind::Or: return evaluate(node.left, row, bodyFor) || evaluate(node.right, row, bodyFor);
    case Kind::Not: return !evaluate(node.left, row, bodyFor);
    case Kind::Compare: break;
    }
    const bool wantsBody = node.field == FilterExpression::Field::Json
        || node.field == FilterExpression::Field::Text;
    return compareRow(node, index, row, wantsBody ? QByteArrayView(bodyFor()) : QByteArrayView());
}
