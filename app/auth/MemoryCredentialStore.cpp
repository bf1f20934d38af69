#include "auth/MemoryCredentialStore.h"

#include "util/Logging.h"

MemoryCredentialStore::MemoryCredentialStore(const QString &description, QObject *parent)
    : CredentialStore(parent)
    , m_description(description)
{ }

MemoryCredentialStore::~MemoryCredentialStore() = default;

QString MemoryCredentialStore::backendDescription() const
{
    if (!m_description.isEmpty())
        return m_description;
    return tr("This session only: kept in memory, never written anywhere, forgotten when "
              "aaconsole quits");
}

void MemoryCredentialStore::read(const QString &key, ReadDone done)
{
    const auto it = m_values.constFind(key);
    const std::optional<QString> value
        = it == m_values.cend() ? std::nullopt : std::optional<QString>(*it);
    qCDebug(lcKeychain) << "memory read" << key << (value ? "present" : "missing");
    QMetaObject::invokeMethod(
        this, [done, value] { done(value); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::write(const QString &key, const QString &value, WriteDone done)
{
    m_values.insert(key, value);
    qCDebug(lcKeychain) << "memory write" << key << value.size() << "chars";
    QMetaObject::invokeMethod(
        this, [done] { done({}); }, Qt::QueuedConnection);
}

void MemoryCredentialStore::remove(const QString &key, WriteDone done)
{
    m_values.remove(key);
    qCDebug(lcKeychain) << "memory remove" << key;
    QMetaObject::invokeMethod(
        this, [done] { done({}); }, Qt::QueuedConnection);
}
