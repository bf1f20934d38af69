#include "FakeCredentialStore.h"

#include "auth/KeychainErrors.h"

FakeCredentialStore::FakeCredentialStore(const QString &description, QObject *parent)
    : CredentialStore(parent)
    , m_description(description)
{ }

void FakeCredentialStore::answer(std::function<void()> callback)
{
    QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
}

void FakeCredentialStore::read(const QString &key, ReadDone done)
{
    operations << u"read " + key;
    std::optional<QString> value;
    if (!locked && entries.contains(key))
        value = entries.value(key);
    answer([done, value] { done(value); });
}

void FakeCredentialStore::write(const QString &key, const QString &value, WriteDone done)
{
    operations << u"write " + key;
    if (locked) {
        return answer([done] {
            done(KeychainErrors::fromJob(KeychainCode::AccessDenied,
                                         QStringLiteral("Cannot create an item in a locked "
                                                        "collection")));
        });
    }
    if (!failWritesWithPrefix.isEmpty() && key.startsWith(failWritesWithPrefix)) {
        return answer([done] {
            done(KeychainErrors::fromJob(KeychainCode::OtherError, QStringLiteral("disk full")));
        });
    }
    entries.insert(key, value);
    answer([done] { done({}); });
}

void FakeCredentialStore::remove(const QString &key, WriteDone done)
{
    operations << u"remove " + key;
    if (!locked)
        entries.remove(key);
    answer([done] { done({}); });
}
