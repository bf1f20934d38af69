#pragma once

#include <QJsonObject>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class SandboxControlClient;

//! Makes things happen in a running Sandbox, as any of its accounts: like a post, follow, block,
//! mute (and undo them), post, reply, quote, delete, send a DM, show typing, mark DMs read, revoke
//! the app. It talks to the Sandbox's control endpoints (SandboxControlClient); the Sandbox then
//! delivers the events to the subscribed webhooks. Only the fields the chosen activity needs are
//! shown. Not wired into the main window yet: whoever does must call setBaseUrl().
class SandboxActivityPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxActivityPanel(QWidget *parent = nullptr);
    ~SandboxActivityPanel() override;

    //! Which Sandbox to drive; loads its accounts and posts.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    //! After the Sandbox did something, with its answer (see ControlRoutes).
    void activityPerformed(const QJsonObject &result);

private:
    void reload(bool announce);
    void loadUsers(const QJsonObject &users, bool announce);
    void updateFields();
    void perform();
    void showStatus(const QString &text, bool error);

    QNetworkAccessManager *m_network;
    SandboxControlClient *m_client;
    QFormLayout *m_form;
    QComboBox *m_action;
    QComboBox *m_actor;
    QComboBox *m_target;
    QComboBox *m_post;
    QLineEdit *m_text;
    QPushButton *m_perform;
    QPushButton *m_refresh;
    QLabel *m_status;
};
