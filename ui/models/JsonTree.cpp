#include "models/JsonTree.h"

#include "events/JsonSpan.h"

#include <cctype>
#include <limits>

// Builds the flat node vector in one pass without recursion (deep nesting cannot overflow the
// stack). Children of a container are collected on `pending` while it is open; when it closes they
// move to the tree's children vector as one contiguous run, so that child(parent, row) is O(1).
class JsonTreeParser
{
public:
    explicit JsonTreeParser(JsonTree &tree)
        : m_tree(tree)
        , m_s(tree.m_bytes)
    { }

    bool run()
    {
        if (m_s.size() >= std::numeric_limits<qint32>::max())
            return fail(JsonTree::tr("the body is too large to show as a tree"));
        skipSpace();
        if (m_i >= m_s.size())
            return fail(JsonTree::tr("the body is empty"));
        qint32 keyBegin = -1;
        qint32 keyLength = 0;
        while (true) {
            if (m_i >= m_s.size())
                return fail(JsonTree::tr("the text ends where a value is expected"));
            const qint32 index = addNode(keyBegin, keyLength);
            const char c = m_s[m_i];
            if (c == '{' || c == '[') {
                m_stack.push_back({index, m_pending.size(), c == '{'});
                ++m_i;
                skipSpace();
                if (m_i < m_s.size() && m_s[m_i] == (c == '{' ? '}' : ']')) {
                    ++m_i;
                    closeContainer();
                } else if (c == '{') {
                    if (!readKey(keyBegin, keyLength))
                        return false;
                    continue;
                } else {
                    keyBegin = -1;
                    continue;
                }
            } else if (!scalar(index)) {
                return false;
            }
            // The value is complete: close every container that ends here, then go on with the
            // next member or element.
            while (true) {
                skipSpace();
                if (m_stack.empty()) {
                    if (m_i < m_s.size())
                        return fail(JsonTree::tr("unexpected text after the JSON value"));
                    return true;
                }
                const bool object = m_stack.back().object;
                if (m_i >= m_s.size())
                    return fail(object ? JsonTree::tr("the text ends inside an object")
                                       : JsonTree::tr("the text ends inside an array"));
                if (m_s[m_i] == ',') {
                    ++m_i;
                    skipSpace();
                    keyBegin = -1;
                    if (object && !readKey(keyBegin, keyLength))
                        return false;
                    break;
                }
                if (m_s[m_i] == (object ? '}' : ']')) {
                    ++m_i;
                    closeContainer();
                    continue;
                }
                return fail(object ? JsonTree::tr("expected ',' or '}' after a member")
                                   : JsonTree::tr("expected ',' or ']' after an element"));
            }
        }
    }

private:
    struct Frame
    {
        qint32 node;
        size_t pendingMark;
        bool object;
    };

    bool fail(const QString &message)
    {
        m_tree.m_error = message;
        m_tree.m_errorOffset = m_i;
        return false;
    }

    void skipSpace()
    {
        while (m_i < m_s.size()
               && (m_s[m_i] == ' ' || m_s[m_i] == '\n' || m_s[m_i] == '\r' || m_s[m_i] == '\t'))
            ++m_i;
    }

    qint32 addNode(qint32 keyBegin, qint32 keyLength)
    {
        JsonTree::Node node;
        if (!m_stack.empty()) {
            node.parent = m_stack.back().node;
            node.row = qint32(m_pending.size() - m_stack.back().pendingMark);
        }
        node.keyBegin = keyBegin;
        node.keyLength = keyLength;
        node.valueBegin = qint32(m_i);
        switch (m_s[m_i]) {
        case '{': node.type = JsonTree::Type::Object; break;
        case '[': node.type = JsonTree::Type::Array; break;
        case '"': node.type = JsonTree::Type::String; break;
        case 't':
        case 'f': node.type = JsonTree::Type::Bool; break;
        case 'n': node.type = JsonTree::Type::Null; break;
        default: node.type = JsonTree::Type::Number; break;
        }
        const auto index = qint32(m_tree.m_nodes.size());
        m_tree.m_nodes.push_back(node);
        if (!m_stack.empty())
            m_pending.push_back(index);
        return index;
    }

    void closeContainer()
    {
        const Frame frame = m_stack.back();
        m_stack.pop_back();
        JsonTree::Node &node = m_tree.m_nodes[size_t(frame.node)];
        node.valueLength = qint32(m_i) - node.valueBegin;
        node.firstChild = qint32(m_tree.m_children.size());
        node.childCount = qint32(m_pending.size() - frame.pendingMark);
        m_tree.m_children.insert(m_tree.m_children.end(),
                                 m_pending.begin() + qsizetype(frame.pendingMark), m_pending.end());
        m_pending.resize(frame.pendingMark);
    }

    bool readKey(qint32 &keyBegin, qint32 &keyLength)
    {
        if (m_i >= m_s.size() || m_s[m_i] != '"')
            return fail(JsonTree::tr("expected a member name in double quotes"));
        const qsizetype begin = m_i;
        if (!string())
            return false;
        keyBegin = qint32(begin);
        keyLength = qint32(m_i - begin);
        skipSpace();
        if (m_i >= m_s.size() || m_s[m_i] != ':')
            return fail(JsonTree::tr("expected ':' after the member name"));
        ++m_i;
        skipSpace();
        return true;
    }

    bool scalar(qint32 index)
    {
        bool ok = false;
        switch (m_s[m_i]) {
        case '"': ok = string(); break;
        case 't': ok = literal("true"); break;
        case 'f': ok = literal("false"); break;
        case 'n': ok = literal("null"); break;
        default: ok = number(); break;
        }
        if (ok) {
            JsonTree::Node &node = m_tree.m_nodes[size_t(index)];
            node.valueLength = qint32(m_i) - node.valueBegin;
        }
        return ok;
    }

    bool string()
    {
        for (++m_i; m_i < m_s.size();) {
            const auto c = uchar(m_s[m_i]);
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c < 0x20)
                return fail(JsonTree::tr("a control character inside a string must be escaped"));
            if (c != '\\') {
                ++m_i;
                continue;
            }
            if (++m_i >= m_s.size())
                break;
            const char e = m_s[m_i];
            if (e == 'u') {
                for (int k = 1; k <= 4; ++k) {
                    if (m_i + k >= m_s.size() || !isxdigit(uchar(m_s[m_i + k])))
                        return fail(JsonTree::tr("\\u needs four hexadecimal digits"));
                }
                m_i += 5;
            } else if (QByteArrayView("\"\\/bfnrt").contains(e)) {
                ++m_i;
            } else {
                return fail(JsonTree::tr("invalid escape sequence in a string"));
            }
        }
        return fail(JsonTree::tr("the text ends inside a string"));
    }

    bool literal(QByteArrayView word)
    {
        if (m_s.sliced(m_i).startsWith(word)) {
            m_i += word.size();
            return true;
        }
        return fail(JsonTree::tr("unexpected character '%1'").arg(QChar::fromLatin1(m_s[m_i])));
    }

    bool digits()
    {
        const qsizetype start = m_i;
        while (m_i < m_s.size() && m_s[m_i] >= '0' && m_s[m_i] <= '9')
            ++m_i;
        return m_i > start;
    }

    bool number()
    {
        const qsizetype start = m_i;
        if (m_s[m_i] == '-')
            ++m_i;
        if (m_i < m_s.size() && m_s[m_i] == '0') {
            ++m_i;
        } else if (m_i >= m_s.size() || m_s[m_i] < '1' || m_s[m_i] > '9') {
            m_i = start;
            return fail(JsonTree::tr("unexpected character '%1'").arg(QChar::fromLatin1(m_s[m_i])));
        } else {
            digits();
        }
        if (m_i < m_s.size() && m_s[m_i] == '.') {
            ++m_i;
            if (!digits())
                return fail(JsonTree::tr("a digit must follow the decimal point"));
        }
        if (m_i < m_s.size() && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
            ++m_i;
            if (m_i < m_s.size() && (m_s[m_i] == '+' || m_s[m_i] == '-'))
                ++m_i;
            if (!digits())
                return fail(JsonTree::tr("a digit must follow the exponent"));
        }
        return true;
    }

    JsonTree &m_tree;
    QByteArrayView m_s;
    qsizetype m_i = 0;
    std::vector<Frame> m_stack;
    std::vector<qint32> m_pending;
};

JsonTree JsonTree::parse(const QByteArray &json)
{
    JsonTree tree;
    tree.m_bytes = json;
    if (!JsonTreeParser(tree).run()) {
        tree.m_nodes.clear();
        tree.m_children.clear();
    }
    return tree;
}

QString JsonTree::key(qint32 index) const
{
    const Node &n = node(index);
    if (n.keyBegin >= 0)
        return JsonValueText::toText(QByteArrayView(m_bytes).sliced(n.keyBegin, n.keyLength));
    if (n.parent < 0)
        return QStringLiteral("$");
    return u'[' + QString::number(n.row) + u']';
}

QByteArrayView JsonTree::raw(qint32 index) const
{
    const Node &n = node(index);
    return QByteArrayView(m_bytes).sliced(n.valueBegin, n.valueLength);
}

QString JsonTree::valueText(qint32 index) const
{
    switch (node(index).type) {
    case Type::Object:
    case Type::Array: return QString::fromUtf8(JsonSpan::compact(raw(index)));
    case Type::String: return JsonValueText::toText(raw(index));
    default: return QString::fromUtf8(raw(index));
    }
}

QList<JsonPath::Step> JsonTree::steps(qint32 index) const
{
    QList<JsonPath::Step> steps;
    for (qint32 at = index; node(at).parent >= 0; at = node(at).parent) {
        const Node &n = node(at);
        if (n.keyBegin >= 0)
            steps.prepend(key(at));
        else
            steps.prepend(n.row);
    }
    return steps;
}
