#include "events/EventFilter.h"

#include "events/FilterParser.h"

#include <cstring>
#include <optional>

using Field = FilterExpression::Field;
using Op = FilterExpression::Op;
using Node = FilterExpression::Node;

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - ('a' - 'A')) : c;
}

// How common a byte is in X's JSON bodies (lower: rarer). The search anchors on the needle's rarest
// byte so that memchr skips most of the body instead of stopping at every 'e' or '"'.
int commonness(char c)
{
    static const char ranked[] = "\":,_e atsoinrdlcmu/phgfby.0123456789wkv-xjqz";
    const char lower = asciiLower(c);
    const char *at = static_cast<const char *>(memchr(ranked, lower, sizeof ranked - 1));
    return at ? int(sizeof ranked - (at - ranked)) : 0;
}

// Case-insensitive (for ASCII letters) search of `needle` (already lowercased) in `hay`.
bool containsFolded(QByteArrayView hay, const QByteArray &needle)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    if (hay.size() < n)
        return false;
    qsizetype anchor = 0;
    for (qsizetype k = 1; k < n; ++k) {
        if (commonness(needle[k]) < commonness(needle[anchor]))
            anchor = k;
    }
    const char lower = needle[anchor];
    const char upper = asciiUpper(lower);
    const char *data = hay.data();
    // Candidates for the anchor byte lie in [anchor, size - n + anchor].
    const char *from = data + anchor;
    const char *last = data + hay.size() - n + anchor;
    while (from <= last) {
        const size_t span = size_t(last - from + 1);
        const char *hit = static_cast<const char *>(memchr(from, lower, span));
        if (upper != lower) {
            const size_t upTo = hit ? size_t(hit - from) : span;
            if (const auto *up = static_cast<const char *>(memchr(from, upper, upTo)))
                hit = up;
        }
        if (!hit)
            return false;
        const char *start = hit - anchor;
        qsizetype k = 0;
        while (k < n && asciiLower(start[k]) == needle[k])
            ++k;
        if (k == n)
            return true;
        from = hit + 1;
    }
    return false;
}

// A JSON string literal without escapes, or a number/true/false/null, is compared as bytes.
std::optional<QByteArrayView> plainLiteral(QByteArrayView raw)
{
    if (raw.isEmpty())
        return std::nullopt;
    if (raw.front() == '"') {
        if (raw.size() < 2 || raw.contains('\\'))
            return std::nullopt;
        return raw.sliced(1, raw.size() - 2);
    }
    if (raw.front() == '{' || raw.front() == '[')
        return std::nullopt;
    return raw;
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
    if (const auto plain = plainLiteral(*raw)) {
        // The common cases without building a QString per item.
        switch (node.op) {
        case Op::Equal: return *plain == node.bytes;
        case Op::NotEqual: return *plain != node.bytes;
        case Op::Contains:
            if (node.lowerBytes.size() == node.folded.size()) // ASCII: byte folding is exact
                return containsFolded(*plain, node.lowerBytes);
            break;
        default: break;
        }
    }
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
    if (node.op == Op::Matches) {
        if (node.regex.match(summary).hasMatch())
            return true;
        if (!node.requiredLower.isEmpty() && !containsFolded(body, node.requiredLower))
            return false;
        return node.regex.match(QString::fromUtf8(body)).hasMatch();
    }
    if (summary.contains(node.value, Qt::CaseInsensitive))
        return true;
    // The body is searched as UTF-8 bytes; ASCII letters compare case-insensitively.
    return containsFolded(body,
                          node.lowerBytes.isEmpty() && !node.value.isEmpty()
                              ? node.value.toUtf8().toLower()
                              : node.lowerBytes);
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
