#pragma once

#include "auth/CredentialCheck.h"
#include "auth/Profile.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class SecretField;

//! The form for one profile in the Profiles dialog: its settings, its five secrets (masked, each
//! with a reveal toggle), where those are stored, and its subscribed accounts. It only edits; the
//! dialog saves through ProfileStore.
class ProfileEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    //! Shows `profile`. Its secret fields stay disabled until setSecrets() or
    //! setSecretsUnavailable() (they are read from the keychain asynchronously).
    void setProfile(const Profile &profile, const QString &secretsLocation,
                    const QString &dataDirectory);
    void setSecrets(const Credentials &values);
    void setSecretsUnavailable(const QString &reason);

    //! The profile as edited: name, settings and the "this session only" choice.
    Profile editedProfile() const;
    //! The secrets given a new, non-empty value.
    Credentials changedSecrets() const;
    //! The secrets that were set and have been emptied.
    QList<Credentials::Field> clearedSecrets() const;
    bool isModified() const;

    //! Shows the "Test credentials" button (only when a CredentialCheck exists).
    void setCredentialCheckAvailable(bool available);
    void showCheckOutcome(const CredentialCheck::Outcome &outcome);

Q_SIGNALS:
    void modified();
    void removeAccountRequested(const QString &userId, const QString &screenName);
    void testCredentialsRequested();

private:
    QWidget *createSettingsGroup();
    QWidget *createSecretsGroup();
    QWidget *createAccountsGroup();

    QLineEdit *m_name = nullptr;
    QLabel *m_nameHint = nullptr;
    QComboBox *m_api = nullptr;
    QLineEdit *m_apiBase = nullptr;
    QLineEdit *m_appId = nullptr;
    QLineEdit *m_webhookEnvironment = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_bindAddress = nullptr;
    QCheckBox *m_allowUnsigned = nullptr;
    QLabel *m_location = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    std::map<Credentials::Field, SecretField *> m_secrets;
    QLabel *m_secretsStatus = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QTreeWidget *m_accounts = nullptr;
    QPushButton *m_removeAccount = nullptr;

    Profile m_profile;
    Credentials m_loaded;
    bool m_secretsLoaded = false;
};
