// The Profiles dialog under the offscreen platform, driven with real clicks and key presses, and
// checked by what a user sees: masked secrets and the reveal toggle, where secrets are stored,
// add/edit/duplicate/delete, accounts, .env import, and a locked keyring. The keychain is a
// FakeCredentialStore (it behaves like gnome-keyring, traps included); one test uses the real
// keyring of the test session.
#include "FakeCredentialStore.h"
#include "auth/CredentialCheck.h"
#include "auth/KeychainCredentialStore.h"
#include "auth/Profile.h"
#include "auth/ProfileStore.h"
#include "dialogs/ProfilesDialog.h"
#include "util/Blocking.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>

using namespace Qt::StringLiterals;
using Field = Credentials::Field;

namespace {

const QString WorkSecret = u"work-consumer-secret-8f3e2a"_s;

// A stand-in for the API client's check (issue #4), so the dialog's side of the seam is tested.
class StubCheck final : public CredentialCheck
{
public:
    void run(const Profile &profile, const Credentials &credentials, QObject *,
             std::function<void(Outcome)> done) override
    {
        seenProfile = profile.name;
        seenSecret = credentials.consumerSecret;
        Outcome outcome;
        outcome.userContext = u"@work_owner (123)"_s;
        outcome.bearer = Error(ErrorKind::XApi, u"401 Unauthorized: the bearer token is invalid"_s);
        done(outcome);
    }
    QString seenProfile;
    QString seenSecret;
};

} // namespace

// Waits for the window-modal question `name` and names it `var`; fails the test when it does not
// appear.
#define WAIT_FOR_BOX(var, name)                                                                    \
    QMessageBox *var = nullptr;                                                                    \
    QTRY_VERIFY((var = visibleBox(name)) != nullptr)

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void secretsAreMaskedUntilRevealed();
    void secretsLocationIsShown();
    void addEditAndSave();
    void sessionOnlyIsShownAsSuch();
    void closingWhileSavingFinishesTheSave();
    void clearingASecretRemovesIt();
    void duplicate();
    void deleteAsksAboutCapturedEvents();
    void accountsAreListedAndRemovable();
    void importEnvSuggestsDeletingTheFile();
    void testCredentialsOnlyWithACheck();
    void lockedKeyringIsExplainedAndNothingIsLost();
    void realKeyringBackendAndSave();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    QLineEdit *secretEdit(Field field) const
    {
        return child<QLineEdit>(Credentials::fieldName(field) + u"Edit"_s);
    }
    void openDialog();
    void selectInList(const QString &name);
    void waitForSecrets() { QTRY_VERIFY(secretEdit(Field::ConsumerSecret)->isEnabled()); }
    void click(QAbstractButton *button)
    {
        QVERIFY(button);
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QMessageBox *visibleBox(const QString &name) const
    {
        auto *box = m_dialog->findChild<QMessageBox *>(name);
        return box && box->isVisible() ? box : nullptr;
    }
    QString status() const { return child<QLabel>(u"statusLabel"_s)->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_keychain;
    FakeCredentialStore *m_fake = nullptr;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QWidget> m_parent;
    QPointer<ProfilesDialog> m_dialog;
};

void TestProfilesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"a.ini"_s), QSettings::IniFormat);
    auto fake = std::make_unique<FakeCredentialStore>(u"Fake keychain (test)"_s);
    m_fake = fake.get();
    m_keychain = std::move(fake);
    m_store = std::make_unique<ProfileStore>(*m_settings, *m_keychain);
    m_store->initialize();
    Profile work;
    work.name = u"Work"_s;
    QVERIFY(m_store->add(work).ok());
    Credentials secrets;
    secrets.consumerSecret = WorkSecret;
    QVERIFY(waitFor<Result<void>>([&](QObject *ctx, auto done) {
                m_store->setSecrets(u"Work"_s, secrets, ctx, done);
            }).ok());
}

void TestProfilesDialog::cleanup()
{
    delete m_dialog;
    m_parent.reset();
    m_store.reset();
    m_keychain.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestProfilesDialog::openDialog()
{
    m_parent = std::make_unique<QWidget>();
    m_parent->resize(400, 300);
    m_parent->show();
    m_dialog = new ProfilesDialog(*m_store, m_parent.get());
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestProfilesDialog::selectInList(const QString &name)
{
    auto *list = child<QListWidget>(u"profileList"_s);
    const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualItemRect(items.first()).center());
    QCOMPARE(list->currentItem()->text(), name);
}

void TestProfilesDialog::secretsAreMaskedUntilRevealed()
{
    openDialog();
    selectInList(u"Work"_s);
    waitForSecrets();
    QLineEdit *edit = secretEdit(Field::ConsumerSecret);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(edit->displayText() != WorkSecret);
    QVERIFY(!edit->displayText().contains(u"work"_s));
    QCOMPARE(edit->displayText().size(), WorkSecret.size()); // bullets, one per character

    auto *reveal = child<QToolButton>(u"consumer_secretReveal"_s);
    click(reveal);
    QCOMPARE(edit->displayText(), WorkSecret);
    QCOMPARE(reveal->text(), u"Hide"_s);
    click(reveal);
    QVERIFY(edit->displayText() != WorkSecret);

    // Revealed, then another profile and back: masked again.
    click(reveal);
    selectInList(u"Sandbox"_s);
    waitForSecrets();
    QVERIFY(secretEdit(Field::ConsumerSecret)->displayText()
            != secretEdit(Field::ConsumerSecret)->text());
    selectInList(u"Work"_s);
    waitForSecrets();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!reveal->isChecked());
}

void TestProfilesDialog::secretsLocationIsShown()
{
    openDialog();
    selectInList(u"Work"_s);
    auto *location = child<QLabel>(u"secretsLocationLabel"_s);
    QCOMPARE(location->text(), u"Secrets are stored in: Fake keychain (test)."_s);
    selectInList(u"Sandbox"_s);
    QVERIFY(location->text().contains(u"Sandbox's built-in credentials"_s));
}

void TestProfilesDialog::addEditAndSave()
{
    openDialog();
    click(child<QPushButton>(u"addProfileButton"_s));
    QCOMPARE(child<QListWidget>(u"profileList"_s)->currentItem()->text(), u"New profile"_s);
    auto *name = child<QLineEdit>(u"nameEdit"_s);
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, u"Staging"_s); // replaces the selected default name
    waitForSecrets();
    QTest::keyClicks(secretEdit(Field::BearerToken), u"staging-bearer-token-1"_s);
    auto *port = child<QWidget>(u"portSpin"_s);
    QTest::mouseDClick(port, Qt::LeftButton); // select the number, then type over it
    QTest::keyClick(port, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(port, u"9001"_s);
    click(child<QPushButton>(u"saveButton"_s));

    QTRY_COMPARE(status(), u"Saved profile \"Staging\"."_s);
    QCOMPARE(m_store->names(), (QStringList {u"Sandbox"_s, u"Staging"_s, u"Work"_s}));
    const Profile staging = *m_store->profile(u"Staging"_s);
    QCOMPARE(staging.responder.port, 9001);
    QVERIFY(staging.hasSecret(Field::BearerToken));
    QCOMPARE(m_fake->entries.value(u"Staging/bearer_token"_s), u"staging-bearer-token-1"_s);
    QCOMPARE(child<QListWidget>(u"profileList"_s)->currentItem()->text(), u"Staging"_s);
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled()); // nothing left to save

    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("staging-bearer-token-1"));

    // An invalid edit is refused with a message and changes nothing.
    auto *base = child<QLineEdit>(u"apiBaseEdit"_s);
    base->selectAll();
    QTest::keyClicks(base, u"ftp://nope"_s);
    click(child<QPushButton>(u"saveButton"_s));
    QVERIFY(status().contains(u"http or https URL"_s));
    QCOMPARE(m_store->profile(u"Staging"_s)->apiBase, u"https://api.x.com"_s);
}

void TestProfilesDialog::sessionOnlyIsShownAsSuch()
{
    openDialog();
    selectInList(u"Work"_s);
    waitForSecrets();
    click(child<QCheckBox>(u"sessionOnlyCheck"_s));
    click(child<QPushButton>(u"saveButton"_s));
    QTRY_COMPARE(status(), u"Saved profile \"Work\"."_s);
    QVERIFY(m_fake->entries.isEmpty()); // out of the keychain
    QVERIFY(child<QLabel>(u"secretsLocationLabel"_s)
                ->text()
                .startsWith(u"Secrets are stored in: This session only"_s));
    waitForSecrets();
    QCOMPARE(secretEdit(Field::ConsumerSecret)->text(), WorkSecret); // still there, in memory
}

void TestProfilesDialog::closingWhileSavingFinishesTheSave()
{
    openDialog();
    selectInList(u"Work"_s);
    waitForSecrets();
    auto *name = child<QLineEdit>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Job"_s);
    QTest::keyClicks(secretEdit(Field::AccessToken), u"job-access-token-1"_s);
    click(child<QPushButton>(u"saveButton"_s));
    delete m_dialog; // gone while the keychain is still working
    QTRY_VERIFY(m_fake->entries.contains(u"Job/access_token"_s));
    QCOMPARE(m_store->names(), (QStringList {u"Job"_s, u"Sandbox"_s}));
    QCOMPARE(m_fake->entries.value(u"Job/consumer_secret"_s), WorkSecret);
    QVERIFY(!m_fake->entries.contains(u"Work/consumer_secret"_s));
}

void TestProfilesDialog::clearingASecretRemovesIt()
{
    openDialog();
    selectInList(u"Work"_s);
    waitForSecrets();
    QLineEdit *edit = secretEdit(Field::ConsumerSecret);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    click(child<QPushButton>(u"saveButton"_s));
    QTRY_COMPARE(status(), u"Saved profile \"Work\"."_s);
    QVERIFY(!m_fake->entries.contains(u"Work/consumer_secret"_s));
    QVERIFY(!m_store->profile(u"Work"_s)->hasSecret(Field::ConsumerSecret));
    QCOMPARE(secretEdit(Field::ConsumerSecret)->placeholderText(), u"not set"_s);
}

void TestProfilesDialog::duplicate()
{
    openDialog();
    selectInList(u"Work"_s);
    click(child<QPushButton>(u"duplicateProfileButton"_s));
    QTRY_COMPARE(child<QListWidget>(u"profileList"_s)->currentItem()->text(), u"Work copy"_s);
    QCOMPARE(m_fake->entries.value(u"Work copy/consumer_secret"_s), WorkSecret);
    waitForSecrets();
    QCOMPARE(secretEdit(Field::ConsumerSecret)->text(), WorkSecret);
}

void TestProfilesDialog::deleteAsksAboutCapturedEvents()
{
    QVERIFY(QDir().mkpath(ProfileStore::dataDirectory(u"Work"_s)));
    openDialog();
    selectInList(u"Work"_s);
    click(child<QPushButton>(u"deleteProfileButton"_s));
    WAIT_FOR_BOX(box, u"confirmDeleteBox"_s);
    QVERIFY(box->text().contains(u"Its secrets are deleted from: Fake keychain (test)"_s));
    QVERIFY(box->informativeText().contains(
        QDir::toNativeSeparators(ProfileStore::dataDirectory(u"Work"_s))));
    // Cancel first: nothing happens.
    click(box->button(QMessageBox::Cancel));
    QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>());
    QVERIFY(m_store->profile(u"Work"_s));

    click(child<QPushButton>(u"deleteProfileButton"_s));
    WAIT_FOR_BOX(second, u"confirmDeleteBox"_s);
    click(second->findChild<QPushButton *>(u"keepDataButton"_s));
    QTRY_COMPARE(status(), u"Deleted profile \"Work\"."_s);
    QVERIFY(!m_store->profile(u"Work"_s));
    QVERIFY(m_fake->entries.isEmpty());
    QVERIFY(QDir(ProfileStore::dataDirectory(u"Work"_s)).exists());
    QCOMPARE(child<QListWidget>(u"profileList"_s)->count(), 1);

    // Without captured data there is one delete button.
    QVERIFY(QDir().mkpath(ProfileStore::dataDirectory(u"Sandbox"_s)));
    selectInList(u"Sandbox"_s);
    click(child<QPushButton>(u"deleteProfileButton"_s));
    WAIT_FOR_BOX(third, u"confirmDeleteBox"_s);
    click(third->findChild<QPushButton *>(u"deleteAllButton"_s));
    QTRY_VERIFY(m_store->names().isEmpty());
    QVERIFY(!QDir(ProfileStore::dataDirectory(u"Sandbox"_s)).exists());
    QVERIFY(!child<QPushButton>(u"deleteProfileButton"_s)->isEnabled());
}

void TestProfilesDialog::accountsAreListedAndRemovable()
{
    QVERIFY(waitFor<Result<void>>([&](QObject *ctx, auto done) {
                m_store->addAccount(u"Work"_s, {u"2244994945"_s, u"XDevelopers"_s},
                                    u"acct-token-123456"_s, u"acct-secret-123456"_s, ctx, done);
            }).ok());
    openDialog();
    selectInList(u"Work"_s);
    auto *accounts = child<QTreeWidget>(u"accountsList"_s);
    QCOMPARE(accounts->topLevelItemCount(), 1);
    QTreeWidgetItem *item = accounts->topLevelItem(0);
    QCOMPARE(item->text(0), u"@XDevelopers"_s);
    QCOMPARE(item->text(1), u"2244994945"_s);
    QTest::mouseClick(accounts->viewport(), Qt::LeftButton, {},
                      accounts->visualItemRect(item).center());
    click(child<QPushButton>(u"removeAccountButton"_s));
    WAIT_FOR_BOX(box, u"removeAccountBox"_s);
    QVERIFY(box->text().contains(u"@XDevelopers (2244994945)"_s));
    click(box->findChild<QPushButton *>(u"confirmRemoveAccountButton"_s));
    QTRY_COMPARE(accounts->topLevelItemCount(), 0);
    QVERIFY(m_store->profile(u"Work"_s)->accounts.isEmpty());
    QVERIFY(!m_fake->entries.contains(u"Work/accounts/2244994945/access_token"_s));
}

void TestProfilesDialog::importEnvSuggestsDeletingTheFile()
{
    QTemporaryDir envDir;
    const QString path = envDir.filePath(u".env"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("TWITTER_CONSUMER_KEY=imported-key-123\nTWITTER_ACCESS_TOKEN=imported-at-123\n"
               "TWITTER_WEBHOOK_ENV=prod\n");
    file.close();

    const QString previousDir = QDir::currentPath();
    QDir::setCurrent(envDir.path());
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previousDir); });
    openDialog();
    selectInList(u"Work"_s);
    click(child<QPushButton>(u"importEnvButton"_s));
    QFileDialog *chooser = nullptr;
    QTRY_VERIFY((chooser = m_dialog->findChild<QFileDialog *>(u"importEnvFileDialog"_s))
                && chooser->isVisible());
    // The chooser opens in the current directory and lists the hidden .env: click it, then Open.
    auto *view = chooser->findChild<QListView *>(u"listView"_s);
    auto *files = chooser->findChild<QFileSystemModel *>();
    QVERIFY(view && files);
    QTRY_VERIFY(view->visualRect(files->index(path)).isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(files->index(path)).center());
    QCOMPARE(chooser->selectedFiles(), QStringList {path});
    click(chooser->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open));

    WAIT_FOR_BOX(box, u"deleteEnvFileBox"_s);
    QVERIFY(box->text().contains(u"Imported consumer_key, access_token into profile \"Work\""_s));
    QVERIFY(box->informativeText().contains(u"still holds these secrets in plain text"_s));
    QCOMPARE(m_fake->entries.value(u"Work/consumer_key"_s), u"imported-key-123"_s);
    QCOMPARE(m_fake->entries.value(u"Work/access_token"_s), u"imported-at-123"_s);
    QCOMPARE(m_fake->entries.value(u"Work/consumer_secret"_s), WorkSecret); // untouched
    QCOMPARE(m_store->profile(u"Work"_s)->webhookEnvironment, u"prod"_s);
    click(box->findChild<QPushButton *>(u"deleteEnvFileButton"_s));
    QTRY_VERIFY(!QFile::exists(path));
    QVERIFY(status().startsWith(u"Deleted "_s));
}

void TestProfilesDialog::testCredentialsOnlyWithACheck()
{
    openDialog();
    selectInList(u"Work"_s);
    waitForSecrets();
    auto *test = child<QPushButton>(u"testCredentialsButton"_s);
    QVERIFY(!test->isVisible()); // no API client yet: no button that does nothing

    StubCheck check;
    m_dialog->setCredentialCheck(&check);
    click(test);
    auto *result = child<QLabel>(u"testResultLabel"_s);
    QTRY_VERIFY(!result->text().isEmpty());
    QCOMPARE(check.seenProfile, u"Work"_s);
    QCOMPARE(check.seenSecret, WorkSecret);
    QVERIFY(result->text().contains(u"User context (whoami): OK, @work_owner (123)"_s));
    QVERIFY(result->text().contains(
        u"Bearer token: failed: 401 Unauthorized: the bearer token is invalid"_s));
    QVERIFY(!result->text().contains(WorkSecret));
}

void TestProfilesDialog::lockedKeyringIsExplainedAndNothingIsLost()
{
    m_fake->locked = true;
    openDialog();
    selectInList(u"Work"_s);
    auto *secretsStatus = child<QLabel>(u"secretsStatusLabel"_s);
    QTRY_VERIFY(secretsStatus->text().contains(u"appears to be locked and was not unlocked"_s));
    QVERIFY(!secretEdit(Field::ConsumerSecret)->isEnabled());
    QCOMPARE(secretEdit(Field::ConsumerSecret)->placeholderText(), u"set, but unreadable"_s);

    // Saving other fields works and does not take the unread secrets for cleared ones.
    auto *appId = child<QLineEdit>(u"appIdEdit"_s);
    QTest::keyClicks(appId, u"777"_s);
    click(child<QPushButton>(u"saveButton"_s));
    QTRY_COMPARE(status(), u"Saved profile \"Work\"."_s);
    QCOMPARE(m_store->profile(u"Work"_s)->appId, u"777"_s);
    QVERIFY(m_store->profile(u"Work"_s)->hasSecret(Field::ConsumerSecret));
    m_fake->locked = false;
    QCOMPARE(m_fake->entries.value(u"Work/consumer_secret"_s), WorkSecret);
}

void TestProfilesDialog::realKeyringBackendAndSave()
{
    if (qEnvironmentVariableIsEmpty("AAC_IN_TEST_SESSION"))
        QSKIP("needs the keyring session of scripts/test (scripts/lib/test-session.sh)");
    const QString service
        = u"aaconsole-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    m_store.reset();
    m_keychain = std::make_unique<KeychainCredentialStore>(service);
    m_store = std::make_unique<ProfileStore>(*m_settings, *m_keychain);
    openDialog();
    selectInList(u"Sandbox"_s);
    QVERIFY(child<QLabel>(u"secretsLocationLabel"_s)
                ->text()
                .contains(u"GNOME Keyring (Secret Service, through libsecret)"_s));
    waitForSecrets();
    QLineEdit *edit = secretEdit(Field::BearerToken);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, u"typed-into-the-dialog-42"_s);
    click(child<QPushButton>(u"saveButton"_s));
    QTRY_COMPARE(status(), u"Saved profile \"Sandbox\"."_s);
    QProcess tool;
    tool.start(u"secret-tool"_s,
               {u"lookup"_s, u"server"_s, service, u"user"_s, u"Sandbox/bearer_token"_s});
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(tool.readAllStandardOutput()), u"typed-into-the-dialog-42"_s);
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
