// The Sandbox activity panel under the offscreen platform, driven with real clicks and key
// presses against a real Sandbox: what the user does in the panel reaches a subscribed webhook.
#include "WebhookReceiver.h"
#include "sandbox/Sandbox.h"
#include "widgets/SandboxActivityPanel.h"
#include "xapi/ApiClient.h"
#include "xapi/BlockingCall.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Opens the combo box with a click and clicks the item whose text contains `text`.
bool choose(QComboBox *box, const QString &text, Qt::MatchFlags match = Qt::MatchContains)
{
    const int index = box->findText(text, match);
    if (index < 0)
        return false;
    QTest::mouseClick(box, Qt::LeftButton);
    QAbstractItemView *view = box->view();
    if (!QTest::qWaitFor([view] { return view->isVisible(); }, 2000))
        return false;
    // The popup ignores a release that comes too soon after it opened (press-drag-release).
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const QModelIndex item = view->model()->index(index, box->modelColumn());
    view->scrollTo(item);
    const QRect rect = view->visualRect(item);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    return QTest::qWaitFor([box, index] { return box->currentIndex() == index; }, 2000);
}

QString topKey(const QByteArray &body)
{
    for (const QString &key : QJsonDocument::fromJson(body).object().keys()) {
        if (key.endsWith(u"_events"_s))
            return key;
    }
    return {};
}

} // namespace

class TestSandboxPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheAccountsAndOnlyTheFieldsAnActivityNeeds();
    void likeAndDirectMessageReachTheWebhook();
    void refusalsAndAMissingSandboxAreShown();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<SandboxActivityPanel> m_panel;
    QNetworkAccessManager m_network;
};

void TestSandboxPanel::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    SandboxConfig config;
    config.port = 0;
    const auto base = m_sandbox->start(config);
    QVERIFY(base.ok());
    const SandboxApp app = m_sandbox->app();
    m_receiver = std::make_unique<WebhookReceiver>(app.consumerSecret.toUtf8());
    QVERIFY(m_receiver->start());
    ApiClient client(&m_network);
    client.setBaseUrl(base.value());
    client.setCredentials(app.credentials());
    const auto webhook = waitFor<Webhook>([&](QObject *ctx, auto done) {
        client.createWebhook(m_receiver->url().toString(), ctx, done);
    });
    QVERIFY(webhook.ok());
    QVERIFY(waitFor<bool>([&](QObject *ctx, auto done) {
                client.addSubscription(webhook.value().id, ctx, done);
            }).value());

    m_panel = std::make_unique<SandboxActivityPanel>();
    m_panel->resize(520, 360);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setBaseUrl(base.value());
    auto *actor = m_panel->findChild<QComboBox *>(u"actorCombo"_s);
    QTRY_VERIFY(actor->count() >= 4);
}

void TestSandboxPanel::cleanup()
{
    m_panel.reset();
    m_receiver.reset();
    m_sandbox.reset();
}

void TestSandboxPanel::showsTheAccountsAndOnlyTheFieldsAnActivityNeeds()
{
    auto *activity = m_panel->findChild<QComboBox *>(u"activityCombo"_s);
    auto *actor = m_panel->findChild<QComboBox *>(u"actorCombo"_s);
    auto *post = m_panel->findChild<QComboBox *>(u"postCombo"_s);
    auto *target = m_panel->findChild<QComboBox *>(u"targetCombo"_s);
    auto *text = m_panel->findChild<QLineEdit *>(u"textEdit"_s);
    QVERIFY(actor->itemText(0).startsWith(u"@sandbox_owner"_s));
    QVERIFY(post->findText(u"Hello from the Sandbox"_s, Qt::MatchContains) >= 0);

    QVERIFY(choose(activity, u"Like a post"_s));
    QVERIFY(post->isVisible());
    QVERIFY(!target->isVisible());
    QVERIFY(!text->isVisible());
    QVERIFY(choose(activity, u"Send a direct message"_s));
    QVERIFY(!post->isVisible());
    QVERIFY(target->isVisible());
    QVERIFY(text->isVisible());
    auto *form = m_panel->findChild<QFormLayout *>();
    QCOMPARE(qobject_cast<QLabel *>(form->labelForField(target))->text(), u"T&o:"_s);
    QVERIFY(choose(activity, u"Revoke"_s));
    QVERIFY(!post->isVisible() && !target->isVisible() && !text->isVisible());
}

void TestSandboxPanel::likeAndDirectMessageReachTheWebhook()
{
    auto *activity = m_panel->findChild<QComboBox *>(u"activityCombo"_s);
    auto *actor = m_panel->findChild<QComboBox *>(u"actorCombo"_s);
    auto *post = m_panel->findChild<QComboBox *>(u"postCombo"_s);
    auto *target = m_panel->findChild<QComboBox *>(u"targetCombo"_s);
    auto *text = m_panel->findChild<QLineEdit *>(u"textEdit"_s);
    auto *perform = m_panel->findChild<QPushButton *>(u"performButton"_s);
    auto *status = m_panel->findChild<QLabel *>(u"statusLabel"_s);
    QSignalSpy performed(m_panel.get(), &SandboxActivityPanel::activityPerformed);

    QVERIFY(choose(activity, u"Like a post"_s));
    QVERIFY(choose(actor, u"@bob"_s));
    QVERIFY(choose(post, u"Hello from the Sandbox"_s));
    QTest::mouseClick(perform, Qt::LeftButton);
    QVERIFY(m_receiver->waitForPosts(1));
    QCOMPARE(topKey(m_receiver->posts().first().body), u"favorite_events"_s);
    QTRY_VERIFY(status->text().contains(u"@bob liked post 1850000000000000001"_s));
    QVERIFY2(status->text().contains(u"deliveries queued"_s), qPrintable(status->text()));
    QCOMPARE(performed.count(), 1);

    QVERIFY(choose(activity, u"Send a direct message"_s));
    QVERIFY(choose(actor, u"@carol"_s));
    QVERIFY(choose(target, u"@sandbox_owner"_s));
    QTest::mouseClick(text, Qt::LeftButton);
    QTest::keyClicks(text, u"hello from the panel"_s);
    QTest::mouseClick(perform, Qt::LeftButton);
    QVERIFY(m_receiver->waitForPosts(2));
    const QJsonObject dm = QJsonDocument::fromJson(m_receiver->posts().at(1).body).object();
    const QJsonObject message = dm.value(u"direct_message_events"_s)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(u"message_create"_s)
                                    .toObject();
    QCOMPARE(message.value(u"message_data"_s).toObject().value(u"text"_s).toString(),
             u"hello from the panel"_s);
    QCOMPARE(message.value(u"sender_id"_s).toString(), u"1000000004"_s);
    QTRY_VERIFY(status->text().contains(u"@carol sent DM"_s));

    // A new post shows up in the post list for the next activity.
    QVERIFY(choose(activity, u"Post"_s, Qt::MatchExactly));
    text->clear();
    QTest::keyClicks(text, u"fresh from the panel"_s);
    QTest::keyClick(text, Qt::Key_Return);
    QTRY_VERIFY(post->findText(u"fresh from the panel"_s, Qt::MatchContains) >= 0);
}

void TestSandboxPanel::refusalsAndAMissingSandboxAreShown()
{
    auto *activity = m_panel->findChild<QComboBox *>(u"activityCombo"_s);
    auto *actor = m_panel->findChild<QComboBox *>(u"actorCombo"_s);
    auto *target = m_panel->findChild<QComboBox *>(u"targetCombo"_s);
    auto *perform = m_panel->findChild<QPushButton *>(u"performButton"_s);
    auto *status = m_panel->findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(choose(activity, u"Follow an account"_s));
    QVERIFY(choose(actor, u"@alice"_s));
    QVERIFY(choose(target, u"@alice"_s));
    QTest::mouseClick(perform, Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(u"cannot follow themselves"_s));
    QVERIFY(status->property("error").toBool());

    QVERIFY(m_sandbox->stop().ok());
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(u"is the Sandbox running"_s));
}

QTEST_MAIN(TestSandboxPanel)
#include "tst_sandboxpanel.moc"
