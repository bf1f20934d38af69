#include "events/EventFilter.h"

#include "events/FilterParser.h"

using Field = FilterExpression::Field;
using Op = FilterExpression::Op;
using Node = FilterExpression::Node;

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

} // namespace

namespace FilterMatch {

bool text(const Node &node, const QString &value, const QString &name)
{
    const bool byName = !node.value.isEmpty() && node.value.front() == u'@'
        && (node.field == Field::User || node.field == Field::Actor || node.field == Field::Target);
    const QString &subject = byName ? name : value;
    switch (node.op) {
    case Op::Present: return !value.isEmpty();
    case Op::Equal:
        return byName ? subject.compare(node.value, Qt::CaseInsensitive) == 0
                      : subject == node.value;
    case Op::NotEqual:
        return byName ? subject.compare(node.value, Qt::CaseInsensitive) != 0
                      : subject != node.value;
    case Op::Contains: return subject.contains(node.value, Qt::CaseInsensitive);
    case Op::Matches: return node.regex.match(subject).hasMatch();
    default: return false;
    }
}

bool number(const Node &node, qint64 value)
{
    switch (node.op) {
    case Op::Present: return value != 0;
    case Op::Equal: return value == node.number;
    case Op::NotEqual: return value != node.number;
    case Op::Less: return value < node.number;
    case Op::Greater: return value > node.number;
    case Op::LessEqual: return value <= node.number;
    case Op::GreaterEqual: return value >= node.number;
    default: return false;
    }
}

bool json(const Node &node, QByteArrayView item)
{
    const auto raw = node.path.find(item);
    if (node.op == Op::Present)
        return raw && JsonValueText::isTruthy(*raw);
    if (!raw)
        return node.op == Op::NotEqual;
    const QString value = JsonValueText::toText(*raw);
    switch (node.op) {
    case Op::Equal: return value == node.value;
    case Op::NotEqual: return value != node.value;
    case Op::Contains: return value.contains(node.value, Qt::CaseInsensitive);
    case Op::Matches: return node.regex.match(value).hasMatch();
    default: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok)
            return false;
        const double wanted = node.value.toDouble();
        switch (node.op) {
        case Op::Less: return number < wanted;
        case Op::Greater: return number > wanted;
        case Op::LessEqual: return number <= wanted;
        case Op::GreaterEqual: return number >= wanted;
        default: return false;
        }
    }
    }
}

bool fullText(const Node &node, const QString &summary, QByteArrayView body)
{
    if (node.op == Op::Matches)
        return node.regex.match(summary).hasMatch()
            || node.regex.match(QString::fromUtf8(body)).hasMatch();
    if (summary.contains(node.value, Qt::CaseInsensitive))
        return true;
    // The body is searched as UTF-8 bytes; ASCII letters compare case-insensitively.
    const QByteArray needle = node.value.toUtf8().toLower();
    if (needle.isEmpty())
        return true;
    const char first = needle[0];
    const qsizetype last = body.size() - needle.size();
    for (qsizetype i = 0; i <= last; ++i) {
        if (asciiLower(body[i]) != first)
            continue;
        qsizetype k = 1;
        while (k < needle.size() && asciiLower(body[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

} // namespace FilterMatch

Result<EventFilter> EventFilter::parse(const QString &text)
{
    std::optional<FilterParser::Failure> failure;
    EventFilter filter;
    filter.m_expression = FilterParser::parse(text, &failure);
    if (failure) {
        return Error(ErrorKind::Usage,
                     tr("column %1: %2").arg(failure->column).arg(failure->message));
    }
    return filter;
}

bool EventFilter::matches(const EventRecord &record, const QByteArray &body) const
{
    return m_expression.isEmpty() || evaluate(m_expression.root, record, body);
}

bool EventFilter::evaluate(int index, const EventRecord &r, const QByteArray &body) const
{
    const Node &node = m_expression.nodes[size_t(index)];
    switch (node.kind) {
    case Node::Kind::And: return evaluate(node.left, r, body) && evaluate(node.right, r, body);
    case Node::Kind::Or: return evaluate(node.left, r, body) || evaluate(node.right, r, body);
    case Node::Kind::Not: return !evaluate(node.left, r, body);
    case Node::Kind::Compare: break;
    }
    switch (node.field) {
    case Field::Type: return FilterMatch::text(node, r.type);
    case Field::Action: return FilterMatch::text(node, r.action);
    case Field::Source: return FilterMatch::text(node, EventNames::source(r.source));
    case Field::Id: return FilterMatch::text(node, r.eventId);
    case Field::User: return FilterMatch::text(node, r.forUserId, r.forUserName);
    case Field::Actor: return FilterMatch::text(node, r.actorId, r.actorName);
    case Field::Target: return FilterMatch::text(node, r.targetId, r.targetName);
    case Field::Signature: return FilterMatch::text(node, WebhookCrypto::verdictName(r.signature));
    case Field::Duplicate:
        return FilterMatch::text(node, EventNames::duplicateKind(r.duplicateKind));
    case Field::Text: return FilterMatch::fullText(node, r.summary, body);
    case Field::Time: return FilterMatch::number(node, r.receivedAtMs);
    case Field::Seq: return FilterMatch::number(node, r.seq);
    case Field::Delivery: return FilterMatch::number(node, r.deliveryId);
    case Field::Json: {
        const QByteArrayView item = r.itemLength > 0 && r.itemOffset + r.itemLength <= body.size()
            ? QByteArrayView(body).sliced(r.itemOffset, r.itemLength)
            : QByteArrayView(body);
        return FilterMatch::json(node, item);
    }
    }
    return false;
}
