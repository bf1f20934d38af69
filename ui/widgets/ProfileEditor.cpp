#include "widgets/ProfileEditor.h"

#include "widgets/SecretField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString fieldLabel(Credentials::Field field)
{
    switch (field) {
    case Credentials::Field::ConsumerKey: return ProfileEditor::tr("Consumer key (API key):");
    case Credentials::Field::ConsumerSecret:
        return ProfileEditor::tr("Consumer secret (API key secret):");
    case Credentials::Field::BearerToken: return ProfileEditor::tr("Bearer token:");
    case Credentials::Field::AccessToken: return ProfileEditor::tr("Access token:");
    case Credentials::Field::AccessTokenSecret: return ProfileEditor::tr("Access token secret:");
    }
    return {};
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

ProfileEditor::ProfileEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createSettingsGroup());
    layout->addWidget(createSecretsGroup());
    layout->addWidget(createAccountsGroup(), 1);

    for (QLineEdit *edit :
         {m_name, m_apiBase, m_appId, m_webhookEnvironment, m_path, m_bindAddress})
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::modified);
    connect(m_api, &QComboBox::activated, this, &ProfileEditor::modified);
    connect(m_port, &QSpinBox::valueChanged, this, &ProfileEditor::modified);
    for (QCheckBox *box : {m_allowUnsigned, m_sessionOnly})
        connect(box, &QCheckBox::toggled, this, &ProfileEditor::modified);
    for (const auto &[field, secret] : m_secrets)
        connect(secret, &SecretField::edited, this, &ProfileEditor::modified);
    connect(m_test, &QPushButton::clicked, this, &ProfileEditor::testCredentialsRequested);
    connect(m_removeAccount, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_accounts->currentItem())
            Q_EMIT removeAccountRequested(item->text(1), item->text(0));
    });
    connect(m_accounts, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_removeAccount->setEnabled(item != nullptr); });
    setEnabled(false);
}

ProfileEditor::~ProfileEditor() = default;

QWidget *ProfileEditor::createSettingsGroup()
{
    auto *group = new QGroupBox(tr("Profile"), this);
    auto *form = new QFormLayout(group);
    m_name = lineEdit(QStringLiteral("nameEdit"), group);
    m_nameHint = new QLabel(group);
    m_nameHint->setObjectName(QStringLiteral("nameHintLabel"));
    m_nameHint->setWordWrap(false);
    m_api = new QComboBox(group);
    m_api->setObjectName(QStringLiteral("apiCombo"));
    m_api->addItem(tr("v2"), int(ApiFlavour::V2));
    m_api->addItem(tr("v1.1 (Enterprise)"), int(ApiFlavour::V11));
    m_apiBase = lineEdit(QStringLiteral("apiBaseEdit"), group);
    m_appId = lineEdit(QStringLiteral("appIdEdit"), group);
    m_webhookEnvironment = lineEdit(QStringLiteral("webhookEnvironmentEdit"), group);
    m_webhookEnvironment->setPlaceholderText(tr("v1.1 only, e.g. dev"));
    m_port = new QSpinBox(group);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_path = lineEdit(QStringLiteral("pathEdit"), group);
    m_bindAddress = lineEdit(QStringLiteral("bindAddressEdit"), group);
    m_bindAddress->setToolTip(tr("127.0.0.1 keeps the responder on this machine; put a tunnel in "
                                 "front of it. Any other address exposes it to the network."));
    m_allowUnsigned = new QCheckBox(tr("Accept events with a missing or invalid signature"), group);
    m_allowUnsigned->setObjectName(QStringLiteral("allowUnsignedCheck"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(tr("AP&I:"), m_api);
    form->addRow(tr("API &base URL:"), m_apiBase);
    form->addRow(tr("Ap&p id:"), m_appId);
    form->addRow(tr("&Webhook environment:"), m_webhookEnvironment);
    form->addRow(tr("Responder p&ort:"), m_port);
    form->addRow(tr("Responder pat&h:"), m_path);
    form->addRow(tr("Bind a&ddress:"), m_bindAddress);
    form->addRow(QString(), m_allowUnsigned);
    return group;
}

QWidget *ProfileEditor::createSecretsGroup()
{
    auto *group = new QGroupBox(tr("Secrets"), this);
    auto *form = new QFormLayout(group);
    m_location = new QLabel(group);
    m_location->setObjectName(QStringLiteral("secretsLocationLabel"));
    m_location->setWordWrap(true);
    m_sessionOnly = new QCheckBox(tr("Keep secrets for this session only (in memory, never on "
                                     "disk; forgotten when aaconsole quits)"),
                                  group);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));
    form->addRow(m_location);
    form->addRow(m_sessionOnly);
    for (Credentials::Field field : Credentials::AllFields) {
        auto *secret = new SecretField(Credentials::fieldName(field), group);
        m_secrets[field] = secret;
        form->addRow(fieldLabel(field), secret);
    }
    m_secretsStatus = new QLabel(group);
    m_secretsStatus->setObjectName(QStringLiteral("secretsStatusLabel"));
    m_secretsStatus->setWordWrap(true);
    form->addRow(m_secretsStatus);
    m_test = new QPushButton(tr("&Test credentials"), group);
    m_test->setObjectName(QStringLiteral("testCredentialsButton"));
    m_test->setVisible(false);
    m_testResult = new QLabel(group);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    form->addRow(m_test, m_testResult);
    return group;
}

QWidget *ProfileEditor::createAccountsGroup()
{
    auto *group = new QGroupBox(tr("Subscribed accounts (PIN sign-in)"), this);
    auto *layout = new QVBoxLayout(group);
    m_accounts = new QTreeWidget(group);
    m_accounts->setObjectName(QStringLiteral("accountsList"));
    m_accounts->setHeaderLabels({tr("Screen name"), tr("User id")});
    m_accounts->setRootIsDecorated(false);
    m_removeAccount = new QPushButton(tr("&Remove account"), group);
    m_removeAccount->setObjectName(QStringLiteral("removeAccountButton"));
    m_removeAccount->setEnabled(false);
    layout->addWidget(m_accounts);
    layout->addWidget(m_removeAccount, 0, Qt::AlignRight);
    return group;
}

void ProfileEditor::setProfile(const Profile &profile, const QString &secretsLocation,
                               const QString &dataDirectory)
{
    m_profile = profile;
    m_loaded = {};
    m_secretsLoaded = false;
    m_name->setText(profile.name);
    m_nameHint->setText(tr("Renaming also moves its keychain entries and captured events."));
    m_nameHint->setToolTip(tr("Captured events: %1").arg(QDir::toNativeSeparators(dataDirectory)));
    m_api->setCurrentIndex(m_api->findData(int(profile.api)));
    m_apiBase->setText(profile.apiBase);
    m_appId->setText(profile.appId);
    m_webhookEnvironment->setText(profile.webhookEnvironment);
    const QSignalBlocker blockPort(m_port);
    m_port->setValue(profile.responder.port);
    m_path->setText(profile.responder.path);
    m_bindAddress->setText(profile.responder.bindAddress);
    const QSignalBlocker blockUnsigned(m_allowUnsigned);
    m_allowUnsigned->setChecked(profile.responder.allowUnsigned);
    const QSignalBlocker blockSession(m_sessionOnly);
    m_sessionOnly->setChecked(profile.sessionOnly);
    m_location->setText(profile.sandbox
                            ? tr("Secrets are stored in: %1. Fields you leave as they are use the "
                                 "Sandbox's built-in credentials.")
                                  .arg(secretsLocation)
                            : tr("Secrets are stored in: %1.").arg(secretsLocation));
    for (const auto &[field, secret] : m_secrets) {
        secret->setValue(QString());
        secret->setPlaceholder(tr("reading…"));
        secret->setEnabled(false);
    }
    m_secretsStatus->clear();
    m_testResult->clear();
    m_test->setEnabled(false);
    m_accounts->clear();
    for (const SubscribedAccount &a : profile.accounts)
        new QTreeWidgetItem(m_accounts, {u'@' + a.screenName, a.userId});
    m_removeAccount->setEnabled(false);
    setEnabled(true);
}

void ProfileEditor::setSecrets(const Credentials &values)
{
    m_loaded = values;
    m_secretsLoaded = true;
    for (const auto &[field, secret] : m_secrets) {
        secret->setValue(values.value(field));
        secret->setPlaceholder(tr("not set"));
        secret->setEnabled(true);
    }
    m_test->setEnabled(true);
}

void ProfileEditor::setSecretsUnavailable(const QString &reason)
{
    m_secretsLoaded = false;
    for (const auto &[field, secret] : m_secrets)
        secret->setPlaceholder(m_profile.hasSecret(field) ? tr("set, but unreadable") : QString());
    m_secretsStatus->setText(reason);
}

Profile ProfileEditor::editedProfile() const
{
    Profile p = m_profile;
    p.name = m_name->text().trimmed();
    p.api = ApiFlavour(m_api->currentData().toInt());
    p.apiBase = m_apiBase->text().trimmed();
    p.appId = m_appId->text().trimmed();
    p.webhookEnvironment = m_webhookEnvironment->text().trimmed();
    p.responder.port = m_port->value();
    p.responder.path = m_path->text().trimmed();
    p.responder.bindAddress = m_bindAddress->text().trimmed();
    p.responder.allowUnsigned = m_allowUnsigned->isChecked();
    p.sessionOnly = m_sessionOnly->isChecked();
    return p;
}

Credentials ProfileEditor::changedSecrets() const
{
    Credentials changed;
    if (!m_secretsLoaded)
        return changed;
    for (const auto &[field, secret] : m_secrets) {
        if (secret->isEdited() && !secret->value().trimmed().isEmpty())
            changed.setValue(field, secret->value().trimmed());
    }
    return changed;
}

QList<Credentials::Field> ProfileEditor::clearedSecrets() const
{
    QList<Credentials::Field> cleared;
    if (!m_secretsLoaded)
        return cleared;
    for (const auto &[field, secret] : m_secrets) {
        if (m_profile.hasSecret(field) && secret->isEdited() && secret->value().trimmed().isEmpty())
            cleared << field;
    }
    return cleared;
}

bool ProfileEditor::isModified() const
{
    const Credentials changed = changedSecrets();
    bool secretsModified = !clearedSecrets().isEmpty();
    for (Credentials::Field field : Credentials::AllFields)
        secretsModified = secretsModified || !changed.value(field).isEmpty();
    const Profile p = editedProfile();
    return p.name != m_profile.name || p.api != m_profile.api || p.apiBase != m_profile.apiBase
        || p.appId != m_profile.appId || p.webhookEnvironment != m_profile.webhookEnvironment
        || p.responder != m_profile.responder || p.sessionOnly != m_profile.sessionOnly
        || secretsModified;
}

void ProfileEditor::setCredentialCheckAvailable(bool available)
{
    m_test->setVisible(available);
}

void ProfileEditor::showCheckOutcome(const CredentialCheck::Outcome &outcome)
{
    const auto line = [](const QString &what, const Result<QString> &result) {
        if (result.ok())
            return tr("%1: OK, %2").arg(what, result.value());
        const Error &e = result.error();
        if (e.kind == ErrorKind::Config) // a secret is missing: the call was not made
            return tr("%1: not tested: %2").arg(what, e.message);
        // X's own words after the explanation: what to search for, or quote in a bug report.
        if (e.kind == ErrorKind::XApi && !e.detail.isEmpty())
            return tr("%1: failed: %2 (%3)").arg(what, e.message, e.detail);
        return tr("%1: failed: %2").arg(what, e.message);
    };
    m_testResult->setText(line(tr("User context (whoami)"), outcome.userContext) + u'\n'
                          + line(tr("Bearer token"), outcome.bearer));
}
