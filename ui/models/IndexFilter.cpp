#include "models/IndexFilter.h"

#include "events/EventFilter.h"
#include "models/StringPool.h"

using Field = FilterExpression::Field;
using Node = FilterExpression::Node;

namespace {

bool byName(const Node &node)
{
    return !node.value.isEmpty() && node.value.front() == u'@';
}

bool interned(Field field)
{
    return field == Field::Type || field == Field::Action || field == Field::User
        || field == Field::Actor || field == Field::Target;
}

} // namespace

IndexFilter::IndexFilter(const FilterExpression &expression, const StringPool &strings)
    : m_expression(expression)
    , m_needsBody(expression.needsBody() || expression.needsItem())
    , m_tables(expression.nodes.size())
{
    extend(strings);
}

void IndexFilter::extend(const StringPool &strings)
{
    for (size_t i = 0; i < m_expression.nodes.size(); ++i) {
        const Node &node = m_expression.nodes[i];
        if (node.kind != Node::Kind::Compare)
            continue;
        std::vector<quint8> &table = m_tables[i];
        // Fields with three possible values get a three-entry table, decided once.
        if (node.field == Field::Source || node.field == Field::Signature
            || node.field == Field::Duplicate) {
            if (table.empty()) {
                for (int code = 0; code < 3; ++code) {
                    const QString name = node.field == Field::Source
                        ? EventNames::source(EventSource(code))
                        : node.field == Field::Signature
                        ? WebhookCrypto::verdictName(WebhookCrypto::SignatureVerdict(code))
                        : EventNames::duplicateKind(DuplicateKind(code));
                    table.push_back(FilterMatch::text(node, name) ? 1 : 0);
                }
            }
            continue;
        }
        if (!interned(node.field))
            continue;
        for (qsizetype id = qsizetype(table.size()); id < strings.size(); ++id) {
            const QString &text = strings.at(quint32(id));
            table.push_back(FilterMatch::text(node, text, text) ? 1 : 0);
        }
    }
}

bool IndexFilter::compareRow(const Node &node, int index, const EventRow &row,
                             QByteArrayView body) const
{
    const std::vector<quint8> &table = m_tables[size_t(index)];
    const auto lookup = [&table](quint32 id) { return id < table.size() && table[id] != 0; };
    switch (node.field) {
    case Field::Type: return lookup(row.type);
    case Field::Action: return lookup(row.action);
    case Field::User: return lookup(byName(node) ? row.forUserName : row.forUserId);
    case Field::Actor: return lookup(byName(node) ? row.actorName : row.actorId);
    case Field::Target: return lookup(byName(node) ? row.targetName : row.targetId);
    case Field::Source: return lookup(row.source);
    case Field::Signature: return lookup(row.signature);
    case Field::Duplicate: return lookup(row.duplicateKind);
    case Field::Id: return FilterMatch::text(node, row.eventId);
    case Field::Time: return FilterMatch::number(node, row.receivedAtMs);
    case Field::Seq: return FilterMatch::number(node, row.seq);
    case Field::Delivery: return FilterMatch::number(node, row.deliveryId);
    case Field::Text: return FilterMatch::fullText(node, row.summary, body);
    case Field::Json: {
        const bool span = row.itemLength > 0 && row.itemOffset + row.itemLength <= body.size();
        return FilterMatch::json(node, span ? body.sliced(row.itemOffset, row.itemLength) : body);
    }
    }
    return false;
}
