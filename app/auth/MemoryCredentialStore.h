#pragma once

#include "auth/CredentialStore.h"

#include <QHash>

//! Secrets held in this process only: "keep secrets for this session only". Nothing is written
//! anywhere; everything is forgotten when the process ends. Results are reported through the
//! event loop, like the keychain's, so callers cannot come to rely on synchronous answers.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    //! `description` replaces the default "this session only" line (tests use a memory store to
    //! stand in for the keychain).
    explicit MemoryCredentialStore(const QString &description = {}, QObject *parent = nullptr);
    ~MemoryCredentialStore() override;

    QString backendDescription() const override;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &value, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

    bool contains(const QString &key) const { return m_values.contains(key); }
    QStringList keys() const { return m_values.keys(); }

private:
    QString m_description;
    QHash<QString, QString> m_values;
};
