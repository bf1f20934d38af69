#pragma once

#include "auth/Credentials.h"
#include "util/Result.h"

#include <QDialog>

class CredentialCheck;
class ProfileEditor;
class ProfileStore;
class QLabel;
class QListWidget;
class QPushButton;

//! Profiles: add, edit, duplicate, delete, import a .env file. Every question it asks is a
//! window-modal box opened with open(), never exec(), so the event loop (and a test driving the
//! dialog) keeps running while it waits for an answer.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesDialog)

public:
    explicit ProfilesDialog(ProfileStore &store, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    //! Enables "Test credentials" (the app gives it an ApiCredentialCheck); nullptr hides it.
    void setCredentialCheck(CredentialCheck *check);
    void selectProfile(const QString &name);

private:
    void reloadList(const QString &select);
    void showProfile(const QString &name);
    void save();
    void addProfile();
    void duplicateProfile();
    void confirmDelete();
    void remove(const QString &name, bool deleteCaptures);
    void chooseEnvFile();
    void importEnvFile(const QString &path);
    void offerToDeleteEnvFile(const QString &path, const QString &summary);
    void confirmRemoveAccount(const QString &userId, const QString &screenName);
    void testCredentials();
    void setBusy(bool busy);
    void updateButtons();
    //! Shows `result`'s error, or `success`, in the status line.
    void report(const Result<void> &result, const QString &success);

    ProfileStore &m_store;
    CredentialCheck *m_check = nullptr;
    QListWidget *m_list = nullptr;
    ProfileEditor *m_editor = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QString m_current;
    bool m_busy = false;
};
