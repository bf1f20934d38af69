#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

//! Interns strings that repeat across many rows (types, actions, user ids and names): a row keeps a
//! 32-bit index instead of a QString, which is what lets a million rows fit in memory.
class StringPool
{
public:
    StringPool() { intern(QString()); } // id 0 is the empty string

    quint32 intern(const QString &text)
    {
        const auto it = m_ids.constFind(text);
        if (it != m_ids.constEnd())
            return *it;
        const auto id = quint32(m_strings.size());
        m_strings.append(text);
        m_ids.insert(text, id);
        return id;
    }
    const QString &at(quint32 id) const { return m_strings.at(qsizetype(id)); }
    qsizetype size() const { return m_strings.size(); }

private:
    QStringList m_strings;
    QHash<QString, quint32> m_ids;
};
