#pragma once

#include <QPointer>
#include <QWidget>

class CredentialCheck;
class ProfileStore;
class ProfilesDialog;
class QComboBox;
class QToolButton;

//! The toolbar's profile picker: a combo box of the profiles that selects the active one, and a
//! "Profiles…" button that opens the Profiles dialog. It follows ProfileStore, so a profile added,
//! renamed or selected anywhere shows up here. Switching never touches the keychain.
class ProfileSwitcher final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSwitcher)

public:
    explicit ProfileSwitcher(ProfileStore &store, QWidget *parent = nullptr);
    ~ProfileSwitcher() override;

    //! Handed on to the Profiles dialog ("Test credentials"); nullptr: no such button.
    void setCredentialCheck(CredentialCheck *check);
    //! Opens the Profiles dialog window-modally, or raises it when it is open already.
    ProfilesDialog *openProfilesDialog();

private:
    void reload();

    ProfileStore &m_store;
    QComboBox *m_combo = nullptr;
    QToolButton *m_manage = nullptr;
    CredentialCheck *m_check = nullptr;
    QPointer<ProfilesDialog> m_dialog;
};
