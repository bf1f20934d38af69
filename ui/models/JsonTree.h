#pragma once

#include "events/JsonPath.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

//! One JSON value as a tree of nodes over its raw bytes, for the detail pane. QJsonDocument would
//! sort object keys and turn numbers into doubles (an id above 2^53 would change), so the tree
//! keeps spans into the bytes instead: keys in X's order, number literals exactly as sent. Nodes
//! sit in one flat vector without a heap allocation each, so a 4 MiB body is parsed in one pass on
//! a worker thread and released at once.
class JsonTree
{
    Q_DECLARE_TR_FUNCTIONS(JsonTree)

public:
    enum class Type : quint8 { Object, Array, String, Number, Bool, Null };

    struct Node
    {
        qint32 parent = -1; //!< -1 for the root
        qint32 row = 0; //!< position among the parent's children
        qint32 firstChild = 0; //!< into children()
        qint32 childCount = 0;
        qint32 keyBegin = -1; //!< the member name with its quotes; -1 for array elements
        qint32 keyLength = 0;
        qint32 valueBegin = 0;
        qint32 valueLength = 0;
        Type type = Type::Null;
    };

    //! Parses `json` strictly (RFC 8259). On failure the tree is empty and error() says what and
    //! at which byte.
    static JsonTree parse(const QByteArray &json);

    bool isValid() const { return !m_nodes.empty(); }
    const QString &error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

    qsizetype size() const { return qsizetype(m_nodes.size()); }
    const Node &node(qint32 index) const { return m_nodes[size_t(index)]; }
    //! The index of child `row` of node `parent`.
    qint32 child(qint32 parent, qint32 row) const
    {
        return m_children[size_t(node(parent).firstChild + row)];
    }
    const QByteArray &bytes() const { return m_bytes; }

    //! The member name (decoded), or "[i]" for an array element.
    QString key(qint32 index) const;
    //! The value's JSON text exactly as received.
    QByteArrayView raw(qint32 index) const;
    //! What "copy value" copies: a string decoded and unquoted, a number or literal as sent, a
    //! container as compact JSON (key order and literals kept).
    QString valueText(qint32 index) const;
    //! The steps from the root to the node, as JsonPath has them.
    QList<JsonPath::Step> steps(qint32 index) const;

private:
    QByteArray m_bytes;
    std::vector<Node> m_nodes;
    std::vector<qint32> m_children;
    QString m_error;
    qsizetype m_errorOffset = -1;

    friend class JsonTreeParser;
};
