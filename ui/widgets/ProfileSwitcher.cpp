#include "widgets/ProfileSwitcher.h"

#include "auth/ProfileStore.h"
#include "dialogs/ProfilesDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

ProfileSwitcher::ProfileSwitcher(ProfileStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("profileSwitcher"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("profileCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(12);
    auto *label = new QLabel(tr("&Profile:"), this);
    label->setBuddy(m_combo);
    m_manage = new QToolButton(this);
    m_manage->setObjectName(QStringLiteral("manageProfilesButton"));
    m_manage->setText(tr("Profiles…"));
    m_manage->setToolTip(tr("Add, edit, duplicate or delete profiles"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_manage);

    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (!m_store.setActive(m_combo->itemText(index)).ok())
            reload();
    });
    connect(m_manage, &QToolButton::clicked, this, &ProfileSwitcher::openProfilesDialog);
    connect(&m_store, &ProfileStore::profilesChanged, this, &ProfileSwitcher::reload);
    connect(&m_store, &ProfileStore::profileChanged, this, &ProfileSwitcher::reload);
    connect(&m_store, &ProfileStore::activeProfileChanged, this, &ProfileSwitcher::reload);
    reload();
}

ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::setCredentialCheck(CredentialCheck *check)
{
    m_check = check;
    if (m_dialog)
        m_dialog->setCredentialCheck(check);
}

ProfilesDialog *ProfileSwitcher::openProfilesDialog()
{
    if (!m_dialog) {
        m_dialog = new ProfilesDialog(m_store, window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setCredentialCheck(m_check);
        m_dialog->open();
    }
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void ProfileSwitcher::reload()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const QString &name : m_store.names()) {
        m_combo->addItem(name);
        if (const std::optional<Profile> p = m_store.profile(name)) {
            m_combo->setItemData(m_combo->count() - 1,
                                 tr("Secrets: %1").arg(m_store.secretsLocation(*p)),
                                 Qt::ToolTipRole);
        }
    }
    m_combo->setCurrentIndex(m_combo->findText(m_store.activeName()));
}
