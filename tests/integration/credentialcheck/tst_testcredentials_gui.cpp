// "Test credentials" as a user meets it, under the offscreen platform: the main window's
// Profiles… button, the Profiles dialog, a click on Test credentials, and what the dialog then
// says. No stub: main.cpp's ApiCredentialCheck runs against the fake X.
#include "FakeXApi.h"
#include "FakeXCredentials.h"
#include "FakeXServer.h"
#include "MainWindow.h"
#include "auth/MemoryCredentialStore.h"
#include "auth/ProfileStore.h"
#include "dialogs/ProfilesDialog.h"
#include "util/Blocking.h"
#include "xapi/ApiCredentialCheck.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// After a helper that verifies: stop here if it failed.
#define RETURN_IF_FAILED()                                                                         \
    if (QTest::currentTestFailed())                                                                \
    return

class TestTestCredentialsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void successSaysWhoAndWhatTheBearerCallShowed();
    void wrongSecretSavedInTheDialogIsExplained();
    void unreachableApiIsExplained();

private:
    void addProfile(const QString &apiBase);
    //! Opens the Profiles dialog with the toolbar button, as a user would.
    void openProfiles();
    //! Clicks Test credentials and waits for what the result line then says.
    void testCredentials(QString *shown);
    template<typename T>
    T *child(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    void click(QAbstractButton *button)
    {
        QVERIFY(button);
        QVERIFY(button->isVisible() && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    QString status() const { return child<QLabel>(u"statusLabel"_s)->text(); }

    std::unique_ptr<FakeXServer> m_x;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiCredentialCheck> m_check;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ProfilesDialog> m_dialog;
};

void TestTestCredentialsGui::init()
{
    m_x = std::make_unique<FakeXServer>();
    QVERIFY(m_x->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"a.ini"_s), QSettings::IniFormat);
    m_keychain = std::make_unique<MemoryCredentialStore>(u"Test keychain"_s);
    m_store = std::make_unique<ProfileStore>(*m_settings, *m_keychain);
    m_store->initialize();
    m_check = std::make_unique<ApiCredentialCheck>(&m_network);
    m_window = std::make_unique<MainWindow>(*m_settings, *m_store);
    m_window->setCredentialCheck(m_check.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTestCredentialsGui::cleanup()
{
    m_window.reset();
    m_check.reset();
    m_store.reset();
    m_keychain.reset();
    m_settings.reset();
    m_dir.reset();
    m_x.reset();
}

void TestTestCredentialsGui::addProfile(const QString &apiBase)
{
    Profile work;
    work.name = u"Work"_s;
    work.apiBase = apiBase;
    QVERIFY(m_store->add(work).ok());
    Credentials secrets;
    secrets.consumerKey = FakeX::ConsumerKey;
    secrets.consumerSecret = FakeX::ConsumerSecret;
    secrets.bearerToken = FakeX::BearerToken;
    secrets.accessToken = FakeX::AccessToken;
    secrets.accessTokenSecret = FakeX::AccessTokenSecret;
    QVERIFY(waitFor<Result<void>>([&](QObject *ctx, auto done) {
                m_store->setSecrets(u"Work"_s, secrets, ctx, done);
            }).ok());
    QVERIFY(m_store->setActive(u"Work"_s).ok());
}

void TestTestCredentialsGui::openProfiles()
{
    click(m_window->findChild<QToolButton *>(u"manageProfilesButton"_s));
    QTRY_VERIFY((m_dialog = m_window->findChild<ProfilesDialog *>()) && m_dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    QTRY_VERIFY(child<QLineEdit>(u"consumer_secretEdit"_s)->isEnabled()); // secrets read
}

void TestTestCredentialsGui::testCredentials(QString *shown)
{
    auto *result = child<QLabel>(u"testResultLabel"_s);
    result->clear();
    click(child<QPushButton>(u"testCredentialsButton"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty(), 20000);
    QTRY_VERIFY(child<QPushButton>(u"testCredentialsButton"_s)->isEnabled()); // no longer busy
    *shown = result->text();
}

void TestTestCredentialsGui::successSaysWhoAndWhatTheBearerCallShowed()
{
    addProfile(m_x->baseUrl().toString());
    RETURN_IF_FAILED();
    m_x->api().addWebhook(u"https://example.com/webhooks/x"_s, true);
    openProfiles();
    RETURN_IF_FAILED();
    QString shown;
    testCredentials(&shown);
    RETURN_IF_FAILED();
    QCOMPARE(shown.split(u'\n').size(), 2);
    QCOMPARE(shown.split(u'\n').at(0), u"User context (whoami): OK, @XDevelopers (2244994945)"_s);
    QVERIFY2(shown.split(u'\n').at(1).startsWith(
                 u"Bearer token: OK, listed the app's webhooks: 1 registered, 1 of them valid; "_s),
             qPrintable(shown));
    QCOMPARE(status(),
             u"Tested the credentials of \"Work\" against %1."_s.arg(m_x->baseUrl().toString()));
    for (const QString &secret : FakeX::allSecrets())
        QVERIFY(!shown.contains(secret) && !status().contains(secret));
    QCOMPARE(m_x->requests().size(), 2);
}

void TestTestCredentialsGui::wrongSecretSavedInTheDialogIsExplained()
{
    addProfile(m_x->baseUrl().toString());
    RETURN_IF_FAILED();
    openProfiles();
    RETURN_IF_FAILED();
    // The user pastes a wrong consumer secret and saves it.
    auto *secret = child<QLineEdit>(u"consumer_secretEdit"_s);
    secret->setFocus();
    secret->selectAll();
    QTest::keyClicks(secret, u"csWRONGconsumerSECRET0000"_s);
    click(child<QPushButton>(u"saveButton"_s));
    QTRY_COMPARE(status(), u"Saved profile \"Work\"."_s);
    QTRY_VERIFY(child<QPushButton>(u"testCredentialsButton"_s)->isEnabled());

    QString shown;
    testCredentials(&shown);
    RETURN_IF_FAILED();
    const QStringList lines = shown.split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(
                 u"User context (whoami): failed: X could not authenticate the request: the OAuth "
                 "signature or tokens do not match. Check that the consumer key and secret and "
                 "the access token and secret all belong to this app, and that this computer's "
                 "clock is correct. (HTTP 401"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"Bearer token: OK, "_s), qPrintable(lines.at(1)));
    QVERIFY(!shown.contains(u"csWRONGconsumerSECRET0000"_s));
}

void TestTestCredentialsGui::unreachableApiIsExplained()
{
    QTcpServer probe; // a port that was free a moment ago: nothing listens there now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString base = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    addProfile(base);
    RETURN_IF_FAILED();
    openProfiles();
    RETURN_IF_FAILED();
    QString shown;
    testCredentials(&shown);
    RETURN_IF_FAILED();
    const QStringList lines = shown.split(u'\n');
    QCOMPARE(lines.size(), 2);
    const QString refused = base + u" refused the connection: nothing listens there."_s;
    QVERIFY2(lines.at(0).startsWith(u"User context (whoami): failed: "_s + refused),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"Bearer token: failed: "_s + refused),
             qPrintable(lines.at(1)));
}

QTEST_MAIN(TestTestCredentialsGui)
#include "tst_testcredentials_gui.moc"
