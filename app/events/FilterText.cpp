#include "events/FilterText.h"

#include "events/FilterParser.h"

namespace FilterText {

namespace {

bool isPlainWord(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'.' && c != u'-' && c != u':')
            return false;
    }
    // Words the tokenizer reads as operators.
    static const QStringList keywords
        = {QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("not"),
           QStringLiteral("contains"), QStringLiteral("matches")};
    return !keywords.contains(text, Qt::CaseInsensitive);
}

bool isPlainMemberName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

} // namespace

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + out + u'"';
}

QString value(const QString &text)
{
    return isPlainWord(text) ? text : quoted(text);
}

QString path(const QList<JsonPath::Step> &steps)
{
    QString out = QStringLiteral("$");
    for (const JsonPath::Step &step : steps) {
        if (const auto *index = std::get_if<int>(&step)) {
            out += u'[' + QString::number(*index) + u']';
            continue;
        }
        const QString &name = std::get<QString>(step);
        if (isPlainMemberName(name))
            out += u'.' + name;
        else if (name.contains(u'"') && !name.contains(u'\''))
            out += u"['" + name + u"']";
        else
            out += u"[\"" + name + u"\"]";
    }
    return out;
}

std::optional<QString> jsonComparison(const QList<JsonPath::Step> &steps, QByteArrayView raw)
{
    if (raw.isEmpty())
        return std::nullopt;
    const bool container = raw.front() == '{' || raw.front() == '[';
    const QString wanted = JsonValueText::toText(raw);
    QString filter = path(steps);
    if (!container)
        filter += u" == " + (raw.front() == '"' ? quoted(wanted) : wanted);

    std::optional<FilterParser::Failure> failure;
    const FilterExpression parsed = FilterParser::parse(filter, &failure);
    if (failure || parsed.isEmpty())
        return std::nullopt;
    const FilterExpression::Node &node = parsed.nodes[size_t(parsed.root)];
    const auto wantedOp = container ? FilterExpression::Op::Present : FilterExpression::Op::Equal;
    if (node.kind != FilterExpression::Node::Kind::Compare
        || node.field != FilterExpression::Field::Json || node.op != wantedOp
        || node.path.steps() != steps || (!container && node.value != wanted))
        return std::nullopt;
    return filter;
}

} // namespace FilterText
