#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

//! Where secrets live. The only implementation that touches the OS keychain is
//! KeychainCredentialStore; tests may use an in-memory store. Operations are asynchronous (keychain
//! jobs are); the *Blocking() forms spin a local event loop for the CLI.
//! A missing entry is not an error: read() yields std::nullopt.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(Result<std::optional<QString>>)>;
    using WriteDone = std::function<void(Result<void>)>;

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    //! One line for the user: where the secrets are kept ("Secret Service (gnome-keyring)").
    virtual QString backendDescription() const = 0;

    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &value, WriteDone done) = 0;
    //! Removing an entry that does not exist succeeds.
    virtual void remove(const QString &key, WriteDone done) = 0;

    Result<std::optional<QString>> readBlocking(const QString &key);
    Result<void> writeBlocking(const QString &key, const QString &value);
    Result<void> removeBlocking(const QString &key);
};
