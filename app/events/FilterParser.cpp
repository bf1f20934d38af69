#include "events/FilterParser.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

using Field = FilterExpression::Field;
using Op = FilterExpression::Op;
using Node = FilterExpression::Node;

namespace {

struct Token
{
    enum class Kind { End, Open, Close, Compare, And, Or, Not, Word, String, Path, Bad };
    Kind kind = Kind::End;
    QString text;
    int column = 1; //!< 1-based
    Op op = Op::Present;
};

const QHash<QString, Field> &fields()
{
    static const QHash<QString, Field> map = {
        {QStringLiteral("type"), Field::Type},     {QStringLiteral("action"), Field::Action},
        {QStringLiteral("source"), Field::Source}, {QStringLiteral("id"), Field::Id},
        {QStringLiteral("user"), Field::User},     {QStringLiteral("actor"), Field::Actor},
        {QStringLiteral("target"), Field::Target}, {QStringLiteral("sig"), Field::Signature},
        {QStringLiteral("dup"), Field::Duplicate}, {QStringLiteral("text"), Field::Text},
        {QStringLiteral("time"), Field::Time},     {QStringLiteral("seq"), Field::Seq},
        {QStringLiteral("#"), Field::Seq},         {QStringLiteral("delivery"), Field::Delivery},
    };
    return map;
}

bool isOperatorChar(QChar c)
{
    return c == u'=' || c == u'!' || c == u'<' || c == u'>' || c == u'&' || c == u'|';
}

class Tokenizer
{
public:
    explicit Tokenizer(const QString &text)
        : m_text(text)
    { }

    std::vector<Token> run(std::optional<FilterParser::Failure> *failure)
    {
        std::vector<Token> tokens;
        int i = 0;
        while (true) {
            while (i < m_text.size() && m_text[i].isSpace())
                ++i;
            Token t;
            t.column = i + 1;
            if (i >= m_text.size()) {
                tokens.push_back(t);
                return tokens;
            }
            const QChar c = m_text[i];
            if (c == u'(' || c == u')') {
                t.kind = c == u'(' ? Token::Kind::Open : Token::Kind::Close;
                ++i;
            } else if (c == u'"' || c == u'\'') {
                int j = i + 1;
                QString value;
                while (j < m_text.size() && m_text[j] != c) {
                    if (m_text[j] == u'\\' && j + 1 < m_text.size())
                        ++j;
                    value += m_text[j++];
                }
                if (j >= m_text.size()) {
                    failure->emplace(FilterParser::Failure {
                        FilterParser::tr("this string has no closing %1").arg(c), i + 1});
                    return {};
                }
                t.kind = Token::Kind::String;
                t.text = value;
                i = j + 1;
            } else if (isOperatorChar(c)) {
                const QString two = m_text.mid(i, 2);
                static const QHash<QString, Op> compare
                    = {{QStringLiteral("=="), Op::Equal},
                       {QStringLiteral("!="), Op::NotEqual},
                       {QStringLiteral("<="), Op::LessEqual},
                       {QStringLiteral(">="), Op::GreaterEqual}};
                if (compare.contains(two)) {
                    t.kind = Token::Kind::Compare;
                    t.op = compare.value(two);
                    t.text = two;
                    i += 2;
                } else if (two == u"&&" || two == u"||") {
                    t.kind = two == u"&&" ? Token::Kind::And : Token::Kind::Or;
                    t.text = two;
                    i += 2;
                } else if (c == u'<' || c == u'>') {
                    t.kind = Token::Kind::Compare;
                    t.op = c == u'<' ? Op::Less : Op::Greater;
                    t.text = c;
                    ++i;
                } else if (c == u'!') {
                    t.kind = Token::Kind::Not;
                    t.text = c;
                    ++i;
                } else {
                    failure->emplace(FilterParser::Failure {
                        c == u'=' ? FilterParser::tr("use == to compare")
                                  : FilterParser::tr("unexpected '%1'").arg(c),
                        i + 1});
                    return {};
                }
            } else {
                int j = i;
                int brackets = 0;
                QChar quote; // inside ["…"] of a JSON path: everything up to the closing quote
                while (j < m_text.size()
                       && (brackets > 0
                           || (!m_text[j].isSpace() && m_text[j] != u'(' && m_text[j] != u')'
                               && !isOperatorChar(m_text[j])))) {
                    const QChar at = m_text[j];
                    if (!quote.isNull()) {
                        if (at == quote)
                            quote = QChar();
                    } else if (at == u'[') {
                        ++brackets;
                    } else if (at == u']') {
                        --brackets;
                    } else if (at == u'"' || at == u'\'') {
                        if (brackets == 0)
                            break;
                        quote = at;
                    }
                    ++j;
                }
                t.text = m_text.mid(i, j - i);
                const QString lower = t.text.toLower();
                if (t.text.startsWith(u'$'))
                    t.kind = Token::Kind::Path;
                else if (lower == u"and")
                    t.kind = Token::Kind::And;
                else if (lower == u"or")
                    t.kind = Token::Kind::Or;
                else if (lower == u"not")
                    t.kind = Token::Kind::Not;
                else if (lower == u"contains" || lower == u"matches") {
                    t.kind = Token::Kind::Compare;
                    t.op = lower == u"contains" ? Op::Contains : Op::Matches;
                } else
                    t.kind = Token::Kind::Word;
                i = j;
            }
            tokens.push_back(t);
        }
    }

private:
    const QString &m_text;
};

std::optional<qint64> parseTime(const QString &value, const QDateTime &now)
{
    QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!when.isValid())
        when = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!when.isValid()) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (date.isValid())
            when = date.startOfDay();
    }
    if (!when.isValid()) {
        for (const char *format : {"HH:mm:ss.zzz", "HH:mm:ss", "HH:mm"}) {
            const QTime time = QTime::fromString(value, QLatin1String(format));
            if (time.isValid()) {
                when = QDateTime(now.date(), time, now.timeSpec());
                break;
            }
        }
    }
    if (!when.isValid())
        return std::nullopt;
    return when.toMSecsSinceEpoch();
}

// The longest run of plain ASCII text every match of `pattern` must contain ("Burlington, M" in
// "Burlington, M[A-Z]"), or "" when there is none that is certain: a body without it cannot match,
// so the regular expression (which needs the body decoded to UTF-16) runs only on candidates.
QByteArray requiredLiteral(const QString &pattern)
{
    if (pattern.contains(u"(?"))
        return {}; // inline options such as (?x) change what the rest means
    QByteArray best;
    QByteArray run;
    int depth = 0;
    const auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'|' && depth == 0)
            return {}; // an alternative at the top: nothing is certain
        const QChar next = i + 1 < pattern.size() ? pattern[i + 1] : QChar();
        const bool optional = next == u'?' || next == u'*' || next == u'{';
        if (c == u'[') {
            // A character class: one of several characters, none of them certain. Skip to its end
            // (a ']' first in the class, or after '^', is a member, not the end).
            endRun();
            qsizetype j = i + 1;
            if (j < pattern.size() && pattern[j] == u'^')
                ++j;
            if (j < pattern.size() && pattern[j] == u']')
                ++j;
            while (j < pattern.size() && pattern[j] != u']')
                j += pattern[j] == u'\\' ? 2 : 1;
            i = j;
        } else if (c == u'\\' && depth > 0) {
            ++i; // an escaped character inside a group: skipped with the group
        } else if (c == u'{') {
            // A repetition count: its digits are not text to find.
            endRun();
            const qsizetype close = pattern.indexOf(u'}', i);
            if (close > 0)
                i = close;
        } else if (c == u'(') {
            ++depth;
            endRun();
        } else if (c == u')') {
            --depth;
            endRun();
        } else if (depth > 0) {
            continue;
        } else if (c == u'\\' && i + 1 < pattern.size()) {
            // An escaped punctuation mark is itself; \d, \w, \b … are classes or assertions.
            const QChar escaped = pattern[++i];
            const QChar after = i + 1 < pattern.size() ? pattern[i + 1] : QChar();
            if (escaped.isPunct() && escaped.unicode() < 128 && after != u'?' && after != u'*'
                && after != u'{')
                run += char(escaped.unicode());
            else
                endRun();
        } else if (c.unicode() < 128
                   && (c.isLetterOrNumber() || c == u' ' || c == u',' || c == u':' || c == u'-'
                       || c == u'_' || c == u'@' || c == u'/' || c == u'#' || c == u'"'
                       || c == u'=')) {
            if (optional)
                endRun();
            else
                run += char(c.unicode());
            if (next == u'+')
                endRun();
        } else {
            endRun(); // . [ ] ^ $ * + ? { } and anything not plain ASCII
        }
    }
    endRun();
    return best.size() >= 3 ? best : QByteArray();
}

class Parser
{
public:
    Parser(std::vector<Token> tokens, FilterExpression &out, const QDateTime &now)
        : m_tokens(std::move(tokens))
        , m_out(out)
        , m_now(now)
    { }

    bool run(std::optional<FilterParser::Failure> *failure)
    {
        m_failure = failure;
        if (peek().kind == Token::Kind::End)
            return true;
        const int root = parseOr();
        if (root < 0)
            return false;
        if (peek().kind != Token::Kind::End) {
            if (peek().kind == Token::Kind::Close)
                return fail(FilterParser::tr("')' without a matching '('"), peek().column);
            return fail(FilterParser::tr("unexpected '%1'").arg(peek().text), peek().column);
        }
        m_out.root = root;
        return true;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    Token take() { return m_tokens[m_pos++]; }

    bool fail(const QString &message, int column)
    {
        if (!*m_failure)
            m_failure->emplace(FilterParser::Failure {message, column});
        return false;
    }

    int add(Node node)
    {
        m_out.nodes.push_back(std::move(node));
        return int(m_out.nodes.size()) - 1;
    }

    int join(Node::Kind kind, int left, int right)
    {
        Node node;
        node.kind = kind;
        node.left = left;
        node.right = right;
        return add(node);
    }

    static bool startsTerm(Token::Kind kind)
    {
        return kind == Token::Kind::Open || kind == Token::Kind::Word || kind == Token::Kind::String
            || kind == Token::Kind::Path || kind == Token::Kind::Not;
    }

    int parseOr()
    {
        int left = parseAnd();
        while (left >= 0 && peek().kind == Token::Kind::Or) {
            const Token op = take();
            const int right = parseAnd();
            if (right < 0)
                return -1;
            left = join(Node::Kind::Or, left, right);
        }
        return left;
    }

    int parseAnd()
    {
        int left = parseNot();
        while (left >= 0 && (peek().kind == Token::Kind::And || startsTerm(peek().kind))) {
            if (peek().kind == Token::Kind::And)
                take();
            const int right = parseNot();
            if (right < 0)
                return -1;
            left = join(Node::Kind::And, left, right);
        }
        return left;
    }

    int parseNot()
    {
        if (peek().kind == Token::Kind::Not) {
            take();
            const int operand = parseNot();
            if (operand < 0)
                return -1;
            return join(Node::Kind::Not, operand, -1);
        }
        return parsePrimary();
    }

    int parsePrimary()
    {
        const Token t = take();
        switch (t.kind) {
        case Token::Kind::Open: {
            const int inner = parseOr();
            if (inner < 0)
                return -1;
            if (peek().kind != Token::Kind::Close) {
                fail(FilterParser::tr("missing ')' to close the '(' at column %1").arg(t.column),
                     peek().column);
                return -1;
            }
            take();
            return inner;
        }
        case Token::Kind::Path: {
            int offset = 0;
            QString why;
            const auto path = JsonPath::parse(t.text, &offset, &why);
            if (!path) {
                fail(FilterParser::tr("in this JSON path, expected %1").arg(why),
                     t.column + offset);
                return -1;
            }
            Node node;
            node.field = Field::Json;
            node.path = *path;
            node.column = t.column;
            return comparison(std::move(node), t);
        }
        case Token::Kind::Word:
            if (const auto field = fields().constFind(t.text.toLower());
                field != fields().constEnd()) {
                Node node;
                node.field = *field;
                node.column = t.column;
                return comparison(std::move(node), t);
            }
            [[fallthrough]];
        case Token::Kind::String: {
            Node node; // a bare word or string: text contains it
            node.field = Field::Text;
            node.op = Op::Contains;
            node.value = t.text;
            node.folded = t.text.toCaseFolded();
            node.bytes = t.text.toUtf8();
            node.lowerBytes = node.bytes.toLower();
            node.column = t.column;
            return add(node);
        }
        case Token::Kind::End:
            fail(FilterParser::tr("the filter ends where a field, a word or '(' is expected"),
                 t.column);
            return -1;
        case Token::Kind::Compare:
            fail(FilterParser::tr("'%1' needs a field on its left, such as type %1 …").arg(t.text),
                 t.column);
            return -1;
        default:
            fail(FilterParser::tr("expected a field, a word or '(' here, not '%1'").arg(t.text),
                 t.column);
            return -1;
        }
    }

    int comparison(Node node, const Token &fieldToken)
    {
        if (peek().kind != Token::Kind::Compare) {
            node.op = Op::Present;
            if (node.field == Field::Text) {
                fail(FilterParser::tr("text needs contains or matches and a value"),
                     fieldToken.column);
                return -1;
            }
            return add(std::move(node));
        }
        const Token op = take();
        node.op = op.op;
        const Token value = take();
        if (value.kind != Token::Kind::Word && value.kind != Token::Kind::String) {
            fail(FilterParser::tr("expected a value after '%1'").arg(op.text), value.column);
            return -1;
        }
        node.value = value.text;
        node.folded = value.text.toCaseFolded();
        node.bytes = value.text.toUtf8();
        node.lowerBytes = node.bytes.toLower();
        bool isNumber = false;
        node.number = value.text.toLongLong(&isNumber);
        node.valueIsNumber = isNumber && value.kind == Token::Kind::Word;

        const bool ordering = node.op == Op::Less || node.op == Op::Greater
            || node.op == Op::LessEqual || node.op == Op::GreaterEqual;
        const QString name = fieldToken.text;
        switch (node.field) {
        case Field::Text:
            if (node.op != Op::Contains && node.op != Op::Matches) {
                fail(FilterParser::tr("text supports contains and matches"), op.column);
                return -1;
            }
            break;
        case Field::Seq:
        case Field::Delivery:
            if (node.op == Op::Contains || node.op == Op::Matches) {
                fail(FilterParser::tr("%1 is a number: compare it with == != < > <= >=").arg(name),
                     op.column);
                return -1;
            }
            if (!isNumber) {
                fail(FilterParser::tr("'%1' is not a number").arg(value.text), value.column);
                return -1;
            }
            break;
        case Field::Time: {
            if (node.op == Op::Contains || node.op == Op::Matches) {
                fail(FilterParser::tr("time is compared with == != < > <= >="), op.column);
                return -1;
            }
            const auto when = parseTime(value.text, m_now);
            if (!when) {
                fail(FilterParser::tr(
                         "'%1' is not a time (use 2026-11-27T12:00:00, 2026-11-27 or 12:00)")
                         .arg(value.text),
                     value.column);
                return -1;
            }
            node.number = *when;
            break;
        }
        case Field::Json:
            if (ordering) {
                bool ok = false;
                value.text.toDouble(&ok);
                if (!ok) {
                    fail(FilterParser::tr("< and > compare numbers; '%1' is not one")
                             .arg(value.text),
                         value.column);
                    return -1;
                }
            }
            break;
        case Field::Signature:
            if (ordering) {
                fail(FilterParser::tr("< and > compare times and numbers; %1 is text").arg(name),
                     op.column);
                return -1;
            }
            if ((node.op == Op::Equal || node.op == Op::NotEqual)
                && !QStringList {QStringLiteral("valid"), QStringLiteral("invalid"),
                                 QStringLiteral("missing")}
                        .contains(value.text)) {
                fail(FilterParser::tr("sig is valid, invalid or missing"), value.column);
                return -1;
            }
            break;
        case Field::Duplicate:
            if (ordering) {
                fail(FilterParser::tr("< and > compare times and numbers; %1 is text").arg(name),
                     op.column);
                return -1;
            }
            if ((node.op == Op::Equal || node.op == Op::NotEqual)
                && !QStringList {QStringLiteral("redelivery"), QStringLiteral("fanout")}.contains(
                    value.text)) {
                fail(FilterParser::tr("dup is redelivery or fanout"), value.column);
                return -1;
            }
            break;
        default:
            if (ordering) {
                fail(FilterParser::tr("< and > compare times and numbers; %1 is text").arg(name),
                     op.column);
                return -1;
            }
            break;
        }
        if (node.op == Op::Matches) {
            node.regex = QRegularExpression(value.text, QRegularExpression::CaseInsensitiveOption);
            if (!node.regex.isValid()) {
                fail(FilterParser::tr("invalid regular expression: %1")
                         .arg(node.regex.errorString()),
                     value.column + int(node.regex.patternErrorOffset())
                         + (value.kind == Token::Kind::String ? 1 : 0));
                return -1;
            }
            node.regex.optimize();
            node.requiredLower = requiredLiteral(value.text).toLower();
        }
        return add(std::move(node));
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    FilterExpression &m_out;
    QDateTime m_now;
    std::optional<FilterParser::Failure> *m_failure = nullptr;
};

} // namespace

FilterExpression FilterParser::parse(const QString &text, std::optional<Failure> *failure,
                                     const QDateTime &now)
{
    failure->reset();
    FilterExpression expression;
    std::vector<Token> tokens = Tokenizer(text).run(failure);
    if (*failure)
        return {};
    Parser parser(std::move(tokens), expression, now);
    if (!parser.run(failure))
        return {};
    return expression;
}

QStringList FilterParser::fieldNames()
{
    return {QStringLiteral("type"),    QStringLiteral("action"), QStringLiteral("source"),
            QStringLiteral("id"),      QStringLiteral("user"),   QStringLiteral("actor"),
            QStringLiteral("target"),  QStringLiteral("sig"),    QStringLiteral("dup"),
            QStringLiteral("text"),    QStringLiteral("time"),   QStringLiteral("seq"),
            QStringLiteral("delivery")};
}

bool FilterExpression::needsItem() const
{
    for (const Node &node : nodes) {
        if (node.kind == Node::Kind::Compare && node.field == Field::Json)
            return true;
    }
    return false;
}

bool FilterExpression::needsBody() const
{
    for (const Node &node : nodes) {
        if (node.kind == Node::Kind::Compare && node.field == Field::Text)
            return true;
    }
    return false;
}
