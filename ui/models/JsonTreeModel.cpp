#include "models/JsonTreeModel.h"

#include "events/FilterText.h"
#include "models/JsonStyle.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

// A tree cell shows the start of a long string; the tooltip and "copy value" have more.
constexpr qsizetype DisplayBytes = 300;
constexpr qsizetype ToolTipBytes = 4000;

// The start of the JSON string literal `raw`, cut at an escape and UTF-8 boundary and closed again,
// so that decoding a 1 MiB string for one cell costs no more than decoding a short one.
QString stringStart(QByteArrayView raw, qsizetype limit, bool *cut)
{
    *cut = raw.size() > limit + 8; // room for the last escape and the closing quote
    if (!*cut)
        return JsonValueText::toText(raw);
    qsizetype end = 1;
    while (end < limit)
        end += raw[end] == '\\' ? (end + 1 < raw.size() && raw[end + 1] == 'u' ? 6 : 2) : 1;
    while (end > 1 && (uchar(raw[end]) & 0xC0) == 0x80)
        --end;
    const QByteArray closed = raw.first(end).toByteArray() + '"';
    return JsonValueText::toText(closed);
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\n')
            c = QChar(0x23CE); // ⏎
        else if (c.unicode() < 0x20)
            c = u' ';
    }
    return text;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setTree(std::shared_ptr<const JsonTree> tree)
{
    beginResetModel();
    m_tree = tree && tree->isValid() ? std::move(tree) : nullptr;
    endResetModel();
}

bool JsonTreeModel::rootIsRow() const
{
    const JsonTree::Type type = m_tree->node(0).type;
    return type != JsonTree::Type::Object && type != JsonTree::Type::Array;
}

qint32 JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    if (index.isValid())
        return qint32(index.internalId());
    return rootIsRow() ? -1 : 0;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const qint32 p = nodeOf(parent);
    const qint32 node = p < 0 ? 0 : m_tree->child(p, row);
    return createIndex(row, column, quintptr(node));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    const qint32 p = m_tree->node(nodeOf(child)).parent;
    if (p <= 0) // the root's children are the top-level rows; a shown root has no parent
        return {};
    return createIndex(m_tree->node(p).row, 0, quintptr(p));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || parent.column() > 0)
        return 0;
    const qint32 node = nodeOf(parent);
    return node < 0 ? 1 : m_tree->node(node).childCount;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::typeName(JsonTree::Type type)
{
    switch (type) {
    case JsonTree::Type::Object: return tr("object");
    case JsonTree::Type::Array: return tr("array");
    case JsonTree::Type::String: return tr("string");
    case JsonTree::Type::Number: return tr("number");
    case JsonTree::Type::Bool: return tr("bool");
    case JsonTree::Type::Null: return tr("null");
    }
    return {};
}

QString JsonTreeModel::displayValue(qint32 node) const
{
    const JsonTree::Node &n = m_tree->node(node);
    switch (n.type) {
    case JsonTree::Type::Object: return u'{' + QString::number(n.childCount) + u'}';
    case JsonTree::Type::Array: return u'[' + QString::number(n.childCount) + u']';
    case JsonTree::Type::String: {
        bool cut = false;
        const QString text = oneLine(stringStart(m_tree->raw(node), DisplayBytes, &cut));
        return u'"' + text + (cut ? QStringLiteral("…") : QStringLiteral("\""));
    }
    default: return QString::fromUtf8(m_tree->raw(node));
    }
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_tree)
        return {};
    const qint32 node = nodeOf(index);
    const JsonTree::Type type = m_tree->node(node).type;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return m_tree->key(node);
        case ValueColumn: return displayValue(node);
        case TypeColumn: return typeName(type);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && type == JsonTree::Type::String) {
            bool cut = false;
            const QString text = stringStart(m_tree->raw(node), ToolTipBytes, &cut);
            return cut ? text + u'…' : text;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != ValueColumn)
            return {};
        switch (type) {
        case JsonTree::Type::String:
            return JsonStyle::color(JsonStyle::Part::String, QGuiApplication::palette());
        case JsonTree::Type::Number:
            return JsonStyle::color(JsonStyle::Part::Number, QGuiApplication::palette());
        case JsonTree::Type::Bool:
        case JsonTree::Type::Null:
            return JsonStyle::color(JsonStyle::Part::Literal, QGuiApplication::palette());
        default: return {};
        }
    case PathRole: return FilterText::path(m_tree->steps(node));
    case CopyValueRole: return m_tree->valueText(node);
    case FilterRole:
        return FilterText::jsonComparison(m_tree->steps(node), m_tree->raw(node))
            .value_or(QString());
    case TypeRole: return int(type);
    default: return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    }
    return {};
}
