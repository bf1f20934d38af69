#pragma once

#include "models/JsonTree.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>

//! The JSON tree tab's model: Key / Value / Type over a JsonTree that a worker thread built. The
//! top-level rows are the members (or elements) of the root value; a root that is not a container
//! is one row named "$". Nothing is parsed or allocated per node here: data() reads the spans.
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, //!< `$.favorited_status.user.screen_name`
        CopyValueRole, //!< strings unquoted, containers as compact JSON
        FilterRole, //!< `$.path == "value"`, or an empty string when it cannot be expressed
        TypeRole, //!< JsonTree::Type as int
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    //! Shows `tree` (null or invalid: nothing).
    void setTree(std::shared_ptr<const JsonTree> tree);
    const JsonTree *tree() const { return m_tree.get(); }
    qsizetype nodeCount() const { return m_tree ? m_tree->size() : 0; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString typeName(JsonTree::Type type);

private:
    //! The node an index stands for; the invisible root for an invalid index.
    qint32 nodeOf(const QModelIndex &index) const;
    //! Whether the root itself is shown as a row (a scalar document).
    bool rootIsRow() const;
    QString displayValue(qint32 node) const;

    std::shared_ptr<const JsonTree> m_tree;
};
