#include "widgets/SandboxActivityPanel.h"

#include "sandbox/ActivitySummary.h"
#include "sandbox/SandboxControlClient.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// What each entry of the activity list sends, and which fields it needs.
struct Kind
{
    const char *key; //!< the entry's id (also its objectName-friendly name)
    const char *action; //!< the Sandbox action
    const char *actorParam;
    const char *targetParam; //!< null: no second account
    const char *postParam; //!< null: no post
    bool text;
};

constexpr Kind Kinds[] = {
    {"favorite", "favorite", "by", nullptr, "post", false},
    {"follow", "follow", "by", "target", nullptr, false},
    {"unfollow", "unfollow", "by", "target", nullptr, false},
    {"block", "block", "by", "target", nullptr, false},
    {"unblock", "unblock", "by", "target", nullptr, false},
    {"mute", "mute", "by", "target", nullptr, false},
    {"unmute", "unmute", "by", "target", nullptr, false},
    {"post", "post", "by", nullptr, nullptr, true},
    {"reply", "post", "by", nullptr, "reply_to", true},
    {"quote", "post", "by", nullptr, "quote", true},
    {"delete", "delete", "by", nullptr, "post", false},
    {"dm", "dm", "from", "to", nullptr, true},
    {"typing", "typing", "from", "to", nullptr, false},
    {"read", "read", "by", "from", nullptr, false},
    {"revoke", "revoke", "by", nullptr, nullptr, false},
};

const Kind &kindOf(const QString &key)
{
    for (const Kind &k : Kinds) {
        if (key == QLatin1String(k.key))
            return k;
    }
    return Kinds[0];
}

} // namespace

SandboxActivityPanel::SandboxActivityPanel(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new SandboxControlClient(m_network, this))
    , m_form(new QFormLayout)
    , m_action(new QComboBox)
    , m_actor(new QComboBox)
    , m_target(new QComboBox)
    , m_post(new QComboBox)
    , m_text(new QLineEdit)
    , m_perform(new QPushButton(tr("&Do it")))
    , m_refresh(new QPushButton(tr("&Reload accounts")))
    , m_status(new QLabel)
{
    setObjectName(u"sandboxActivityPanel"_s);
    m_action->setObjectName(u"activityCombo"_s);
    m_actor->setObjectName(u"actorCombo"_s);
    m_target->setObjectName(u"targetCombo"_s);
    m_post->setObjectName(u"postCombo"_s);
    m_text->setObjectName(u"textEdit"_s);
    m_perform->setObjectName(u"performButton"_s);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setTextFormat(Qt::PlainText); // post texts are text, never markup
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<QPair<const char *, QString>> labels {
        {"favorite", tr("Like a post")},           {"follow", tr("Follow an account")},
        {"unfollow", tr("Unfollow an account")},   {"block", tr("Block an account")},
        {"unblock", tr("Unblock an account")},     {"mute", tr("Mute an account")},
        {"unmute", tr("Unmute an account")},       {"post", tr("Post")},
        {"reply", tr("Reply to a post")},          {"quote", tr("Quote a post")},
        {"delete", tr("Delete a post")},           {"dm", tr("Send a direct message")},
        {"typing", tr("Show typing in a DM")},     {"read", tr("Mark DMs as read")},
        {"revoke", tr("Revoke the app's access")},
    };
    for (const auto &[key, label] : labels)
        m_action->addItem(label, QLatin1String(key));
    m_text->setPlaceholderText(tr("An @name mentions that account"));

    m_form->addRow(tr("&Activity:"), m_action);
    m_form->addRow(tr("A&s:"), m_actor);
    m_form->addRow(tr("Ac&count:"), m_target);
    m_form->addRow(tr("&Post:"), m_post);
    m_form->addRow(tr("&Text:"), m_text);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_perform);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_action, &QComboBox::currentIndexChanged, this, &SandboxActivityPanel::updateFields);
    connect(m_perform, &QPushButton::clicked, this, &SandboxActivityPanel::perform);
    connect(m_refresh, &QPushButton::clicked, this, &SandboxActivityPanel::refresh);
    connect(m_text, &QLineEdit::returnPressed, this, &SandboxActivityPanel::perform);
    updateFields();
    showStatus(tr("Not connected to a Sandbox."), false);
}

SandboxActivityPanel::~SandboxActivityPanel() = default;

void SandboxActivityPanel::setBaseUrl(const QUrl &baseUrl)
{
    m_client->setBaseUrl(baseUrl);
    refresh();
}

QUrl SandboxActivityPanel::baseUrl() const
{
    return m_client->baseUrl();
}

void SandboxActivityPanel::refresh()
{
    reload(true);
}

void SandboxActivityPanel::reload(bool announce)
{
    m_refresh->setEnabled(false);
    m_client->users(false, this, [this, announce](Result<QJsonObject> users) {
        m_refresh->setEnabled(true);
        if (!users.ok()) {
            showStatus(users.error().message, true);
            return;
        }
        loadUsers(users.value(), announce);
    });
}

void SandboxActivityPanel::loadUsers(const QJsonObject &users, bool announce)
{
    // Keep the choices across a reload, by id.
    const QVariant actor = m_actor->currentData();
    const QVariant target = m_target->currentData();
    const QVariant post = m_post->currentData();
    m_actor->clear();
    m_target->clear();
    m_post->clear();
    for (const QJsonValue v : users.value(u"users"_s).toArray()) {
        const QJsonObject u = v.toObject();
        const QString id = u.value(u"id"_s).toString();
        const QString handle = u'@' + u.value(u"screen_name"_s).toString();
        const QString label = tr("%1 (%2)").arg(handle, u.value(u"name"_s).toString());
        m_actor->addItem(label, id);
        m_target->addItem(label, id);
        for (const QJsonValue p : u.value(u"posts"_s).toArray()) {
            const QJsonObject o = p.toObject();
            QString text = o.value(u"text"_s).toString().simplified();
            if (text.size() > 50)
                text = text.left(49) + u'…';
            m_post->addItem(tr("%1: %2").arg(handle, text), o.value(u"id"_s).toString());
        }
    }
    const auto restore = [](QComboBox *box, const QVariant &chosen, int fallback) {
        const int index = box->findData(chosen);
        box->setCurrentIndex(index >= 0 ? index : qMin(fallback, box->count() - 1));
    };
    restore(m_actor, actor, 1); // the second account: the first is the app owner
    restore(m_target, target, 0);
    restore(m_post, post, 0);
    m_perform->setEnabled(m_actor->count() > 0);
    if (announce)
        showStatus(tr("Connected to the Sandbox at %1: %2 accounts.")
                       .arg(m_client->baseUrl().toString(), QString::number(m_actor->count())),
                   false);
}

void SandboxActivityPanel::updateFields()
{
    const Kind &kind = kindOf(m_action->currentData().toString());
    const QString target = QLatin1String(kind.targetParam ? kind.targetParam : "");
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_target))) {
        label->setText(target == u"to"         ? tr("T&o:")
                           : target == u"from" ? tr("Fro&m:")
                                               : tr("Ac&count:"));
    }
    m_form->setRowVisible(m_target, kind.targetParam != nullptr);
    m_form->setRowVisible(m_post, kind.postParam != nullptr);
    m_form->setRowVisible(m_text, kind.text);
}

void SandboxActivityPanel::perform()
{
    if (m_actor->count() == 0) {
        showStatus(tr("No accounts loaded: is the Sandbox running?"), true);
        return;
    }
    const Kind &kind = kindOf(m_action->currentData().toString());
    QJsonObject params {{QLatin1String(kind.actorParam), m_actor->currentData().toString()}};
    if (kind.targetParam)
        params.insert(QLatin1String(kind.targetParam), m_target->currentData().toString());
    if (kind.postParam)
        params.insert(QLatin1String(kind.postParam), m_post->currentData().toString());
    if (kind.text)
        params.insert(u"text"_s, m_text->text());
    m_perform->setEnabled(false);
    m_client->act(QLatin1String(kind.action), params, this, [this](Result<QJsonObject> done) {
        m_perform->setEnabled(true);
        if (!done.ok()) {
            showStatus(done.error().message, true);
            return;
        }
        showStatus(ActivitySummary::describe(done.value()), false);
        Q_EMIT activityPerformed(done.value());
        reload(false); // posts come and go; keep the result on show
    });
}

void SandboxActivityPanel::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}
