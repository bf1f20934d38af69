#pragma once

#include "auth/CredentialStore.h"

#include <QHash>

//! A CredentialStore for tests that behaves like gnome-keyring, including its traps: when
//! `locked`, reads answer "not found", writes fail with "access denied" and deletes succeed
//! without deleting anything. Answers arrive through the event loop, like the keychain's.
class FakeCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit FakeCredentialStore(const QString &description = QStringLiteral("Fake keychain"),
                                 QObject *parent = nullptr);

    QString backendDescription() const override { return m_description; }
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &value, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

    QHash<QString, QString> entries;
    bool locked = false;
    //! Writes to keys starting with this prefix fail (when not empty).
    QString failWritesWithPrefix;
    //! Every read, write and remove asked for, as "read KEY", "write KEY", "remove KEY".
    QStringList operations;

private:
    void answer(std::function<void()> callback);
    QString m_description;
};
