#include "dialogs/ProfilesDialog.h"

#include "auth/CredentialBatch.h"
#include "auth/CredentialCheck.h"
#include "auth/EnvImport.h"
#include "auth/ProfileStore.h"
#include "widgets/ProfileEditor.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

// A question asked with open(): window-modal, deleted when answered.
QMessageBox *question(QWidget *parent, const QString &objectName, const QString &title,
                      const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("profilesDialog"));
    setWindowTitle(tr("Profiles"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_add = button(tr("&Add"), QStringLiteral("addProfileButton"), this);
    m_duplicate = button(tr("D&uplicate"), QStringLiteral("duplicateProfileButton"), this);
    m_delete = button(tr("De&lete…"), QStringLiteral("deleteProfileButton"), this);
    m_import = button(tr("I&mport .env…"), QStringLiteral("importEnvButton"), this);
    m_import->setToolTip(tr("Move the secrets of a .env file (TWITTER_CONSUMER_KEY, …) into the "
                            "selected profile"));
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_duplicate, m_delete})
        listButtons->addWidget(b);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    left->addWidget(m_import);

    m_editor = new ProfileEditor(this);
    m_editor->setObjectName(QStringLiteral("profileEditor"));
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_editor, 3);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::confirmDelete);
    connect(m_import, &QPushButton::clicked, this, &ProfilesDialog::chooseEnvFile);
    connect(m_list, &QListWidget::currentTextChanged, this, &ProfilesDialog::showProfile);
    connect(m_editor, &ProfileEditor::modified, this, &ProfilesDialog::updateButtons);
    connect(m_editor, &ProfileEditor::removeAccountRequested, this,
            &ProfilesDialog::confirmRemoveAccount);
    connect(m_editor, &ProfileEditor::testCredentialsRequested, this,
            &ProfilesDialog::testCredentials);
    connect(&m_store, &ProfileStore::profilesChanged, this, [this] { reloadList(m_current); });

    resize(900, 720);
    reloadList(m_store.activeName());
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setCredentialCheck(CredentialCheck *check)
{
    m_check = check;
    m_editor->setCredentialCheckAvailable(check != nullptr);
}

void ProfilesDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void ProfilesDialog::reloadList(const QString &select)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    m_list->addItems(m_store.names());
    blocker.unblock();
    const QString name = m_store.find(select).isEmpty() ? m_store.activeName() : select;
    if (!m_store.find(name).isEmpty())
        selectProfile(m_store.find(name));
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showProfile({});
}

void ProfilesDialog::showProfile(const QString &name)
{
    m_current = name;
    const std::optional<Profile> p = m_store.profile(name);
    if (!p) {
        m_editor->setEnabled(false);
        updateButtons();
        return;
    }
    m_editor->setProfile(*p, m_store.secretsLocation(*p), ProfileStore::dataDirectory(p->name));
    // The secrets arrive later (keychain jobs are asynchronous); drop them if the user has moved
    // on to another profile meanwhile.
    m_store.loadCredentials(p->name, {}, this, [this, name = p->name](Result<Credentials> loaded) {
        if (name != m_current)
            return;
        if (loaded.ok())
            m_editor->setSecrets(loaded.value());
        else
            m_editor->setSecretsUnavailable(loaded.error().message);
        updateButtons();
    });
    updateButtons();
}

void ProfilesDialog::save()
{
    const Profile edited = m_editor->editedProfile();
    if (const auto valid = edited.validate(); !valid.ok())
        return report(valid, {});
    const QString original = m_current;
    const std::optional<Profile> stored = m_store.profile(original);
    if (!stored)
        return;
    const Credentials changed = m_editor->changedSecrets();
    const QList<Credentials::Field> cleared = m_editor->clearedSecrets();
    const QString name = edited.name;

    // One step after another; the first failure stops the rest and is shown. The steps use the
    // store, never the dialog: if the dialog is closed half way, they still finish.
    ProfileStore *store = &m_store;
    CredentialBatch steps;
    if (name != original)
        steps.then(
            [store, original, name](auto next) { store->rename(original, name, store, next); });
    steps.then([store, edited](auto next) { next(store->update(edited)); });
    if (edited.sessionOnly != stored->sessionOnly) {
        steps.then([store, name, on = edited.sessionOnly](auto next) {
            store->setSessionOnly(name, on, store, next);
        });
    }
    steps.then(
        [store, name, changed](auto next) { store->setSecrets(name, changed, store, next); });
    for (Credentials::Field field : cleared)
        steps.then(
            [store, name, field](auto next) { store->clearSecret(name, field, store, next); });
    setBusy(true);
    steps.run(this, [this, name, original](Result<void> result) {
        setBusy(false);
        reloadList(m_store.find(name).isEmpty() ? original : name);
        report(result, tr("Saved profile \"%1\".").arg(name));
    });
}

void ProfilesDialog::addProfile()
{
    Profile p;
    p.name = m_store.uniqueName(tr("New profile"));
    const auto added = m_store.add(p);
    report(added, tr("Added profile \"%1\". Fill in its secrets and save.").arg(p.name));
    if (added.ok()) {
        selectProfile(p.name);
        auto *name = m_editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setFocus();
        name->selectAll();
    }
}

void ProfilesDialog::duplicateProfile()
{
    const QString copy = m_store.uniqueName(tr("%1 copy").arg(m_current));
    setBusy(true);
    m_store.duplicate(m_current, copy, this, [this, copy](Result<void> result) {
        setBusy(false);
        if (result.ok())
            selectProfile(copy);
        report(result, tr("Created \"%1\" with the same settings and secrets.").arg(copy));
    });
}

void ProfilesDialog::confirmDelete()
{
    const std::optional<Profile> p = m_store.profile(m_current);
    if (!p)
        return;
    const QString dataDir = ProfileStore::dataDirectory(p->name);
    const bool hasData = QDir(dataDir).exists();
    QMessageBox *box = question(this, QStringLiteral("confirmDeleteBox"), tr("Delete profile"),
                                tr("Delete profile \"%1\"? Its secrets are deleted from: %2.")
                                    .arg(p->name, m_store.secretsLocation(*p)));
    box->setIcon(QMessageBox::Warning);
    if (hasData) {
        box->setInformativeText(
            tr("Its captured events are in %1.").arg(QDir::toNativeSeparators(dataDir)));
    }
    QPushButton *deleteAll
        = box->addButton(hasData ? tr("Delete Profile and Captured Events") : tr("Delete Profile"),
                         QMessageBox::DestructiveRole);
    deleteAll->setObjectName(QStringLiteral("deleteAllButton"));
    QPushButton *keepData = nullptr;
    if (hasData) {
        keepData
            = box->addButton(tr("Delete Profile, Keep Captured Events"), QMessageBox::AcceptRole);
        keepData->setObjectName(QStringLiteral("keepDataButton"));
    }
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this,
            [this, name = p->name, deleteAll, keepData](QAbstractButton *clicked) {
                if (clicked == deleteAll || (keepData && clicked == keepData))
                    remove(name, clicked == deleteAll);
            });
    box->open();
}

void ProfilesDialog::remove(const QString &name, bool deleteCaptures)
{
    setBusy(true);
    m_store.remove(
        name, deleteCaptures ? ProfileStore::CaptureData::Delete : ProfileStore::CaptureData::Keep,
        this, [this, name](Result<void> result) {
            setBusy(false);
            reloadList(m_store.activeName());
            report(result, tr("Deleted profile \"%1\".").arg(name));
        });
}

void ProfilesDialog::chooseEnvFile()
{
    auto *dialog = new QFileDialog(this, tr("Import a .env file"), QDir::currentPath());
    dialog->setObjectName(QStringLiteral("importEnvFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(dialog->filter() | QDir::Hidden); // .env is a hidden file
    connect(dialog, &QFileDialog::fileSelected, this, &ProfilesDialog::importEnvFile);
    dialog->open();
}

void ProfilesDialog::importEnvFile(const QString &path)
{
    const Result<EnvImport> read = EnvImport::fromFile(path);
    if (!read.ok())
        return report(read.error(), {});
    const EnvImport import = read.value();
    if (import.isEmpty()) {
        return report(Error(ErrorKind::Usage,
                            tr("%1 holds no variable aaconsole recognises (such as "
                               "TWITTER_CONSUMER_KEY).")
                                .arg(QDir::toNativeSeparators(path))),
                      {});
    }
    std::optional<Profile> p = m_store.profile(m_current);
    if (!p)
        return;
    if (!import.appId.isEmpty())
        p->appId = import.appId;
    if (!import.webhookEnvironment.isEmpty())
        p->webhookEnvironment = import.webhookEnvironment;
    if (const auto updated = m_store.update(*p); !updated.ok())
        return report(updated, {});
    QStringList fields;
    for (Credentials::Field field : import.fields())
        fields << Credentials::fieldName(field);
    setBusy(true);
    m_store.setSecrets(
        p->name, import.credentials, this,
        [this, path, name = p->name, fields](Result<void> result) {
            setBusy(false);
            showProfile(name);
            report(result, {});
            if (result.ok()) {
                offerToDeleteEnvFile(
                    path, tr("Imported %1 into profile \"%2\".").arg(fields.join(u", "), name));
            }
        });
}

void ProfilesDialog::offerToDeleteEnvFile(const QString &path, const QString &summary)
{
    m_status->setText(summary);
    QMessageBox *box
        = question(this, QStringLiteral("deleteEnvFileBox"), tr("Delete the .env file?"), summary);
    box->setInformativeText(tr("%1 still holds these secrets in plain text. Now that they are in "
                               "the keychain, delete it?")
                                .arg(QDir::toNativeSeparators(path)));
    QPushButton *deleteFile = box->addButton(tr("Delete File"), QMessageBox::DestructiveRole);
    deleteFile->setObjectName(QStringLiteral("deleteEnvFileButton"));
    box->setDefaultButton(box->addButton(tr("Keep File"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::buttonClicked, this,
            [this, path, deleteFile](QAbstractButton *clicked) {
                if (clicked != deleteFile)
                    return;
                QFile file(path);
                if (file.remove())
                    m_status->setText(tr("Deleted %1.").arg(QDir::toNativeSeparators(path)));
                else
                    m_status->setText(tr("Could not delete %1: %2")
                                          .arg(QDir::toNativeSeparators(path), file.errorString()));
            });
    box->open();
}

void ProfilesDialog::confirmRemoveAccount(const QString &userId, const QString &screenName)
{
    QMessageBox *box = question(
        this, QStringLiteral("removeAccountBox"), tr("Remove account"),
        tr("Remove %1 (%2) from profile \"%3\"? Its access token pair is deleted; subscribing it "
           "again needs a new PIN sign-in.")
            .arg(screenName, userId, m_current));
    QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    removeButton->setObjectName(QStringLiteral("confirmRemoveAccountButton"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this,
            [this, userId, removeButton, name = m_current](QAbstractButton *clicked) {
                if (clicked != removeButton)
                    return;
                setBusy(true);
                m_store.removeAccount(name, userId, this, [this, name](Result<void> result) {
                    setBusy(false);
                    showProfile(name);
                    report(result, tr("Removed the account."));
                });
            });
    box->open();
}

// The CredentialCheck (ApiCredentialCheck in the app) runs whoami and a bearer call.
void ProfilesDialog::testCredentials()
{
    const std::optional<Profile> p = m_store.profile(m_current);
    if (!m_check || !p)
        return;
    // The saved profile is tested, not the form: say so when they differ.
    const QString done = m_editor->isModified()
        ? tr("Tested the saved settings and secrets of \"%1\" against %2; unsaved changes were "
             "not used.")
              .arg(p->name, p->apiBase)
        : tr("Tested the credentials of \"%1\" against %2.").arg(p->name, p->apiBase);
    setBusy(true);
    m_store.loadCredentials(p->name, {}, this, [this, p, done](Result<Credentials> loaded) {
        if (!loaded.ok()) {
            setBusy(false);
            return report(loaded.error(), {});
        }
        m_status->setText(tr("Testing the credentials against %1…").arg(p->apiBase));
        m_check->run(*p, loaded.value(), this, [this, done](CredentialCheck::Outcome outcome) {
            setBusy(false);
            m_editor->showCheckOutcome(outcome);
            m_status->setText(done);
        });
    });
}

void ProfilesDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_list->setEnabled(!busy);
    m_editor->setEnabled(!busy && !m_current.isEmpty());
    if (busy)
        m_status->setText(tr("Working with the keychain…"));
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool selected = !m_current.isEmpty() && !m_busy;
    m_add->setEnabled(!m_busy);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_import->setEnabled(selected);
    m_save->setEnabled(selected && m_editor->isModified());
}

void ProfilesDialog::report(const Result<void> &result, const QString &success)
{
    m_status->setText(result.ok() ? success : result.error().message);
}
