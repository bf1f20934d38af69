#pragma once

#include "auth/CredentialStore.h"

//! Secrets in the OS keychain through QtKeychain 0.13 — the only code that includes it.
//! One entry per secret under `service`, keyed `<profile>/<field>`. Every job is bounded by a
//! timeout: a QtKeychain job can hang forever (no Secret Service answering), and that must surface
//! as an error, never as a frozen window. There is no plaintext fallback.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5000;
    static constexpr char DefaultService[] = "aaconsole";

    //! "aaconsole", or $AACONSOLE_KEYCHAIN_SERVICE when set (tests use a service of their own, so
    //! parallel runs never see each other's entries).
    static QString defaultService();

    explicit KeychainCredentialStore(const QString &service = defaultService(),
                                     QObject *parent = nullptr);
    ~KeychainCredentialStore() override;

    void setTimeout(int milliseconds);
    QString service() const { return m_service; }

    QString backendDescription() const override;
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &value, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

private:
    QString m_service;
    int m_timeoutMs = DefaultTimeoutMs;
};
