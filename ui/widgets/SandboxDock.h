#pragma once

#include "SandboxController.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class SandboxActivityPanel;

//! The Sandbox side panel: where the emulator runs, the one-click connection of the responder
//! (register the webhook URL, subscribe the app owner), the activity panel that makes events
//! happen, and the Sandbox's recent deliveries with their answers.
class SandboxDock final : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxDock(SandboxController *sandbox, QWidget *parent = nullptr);

    //! The responder's webhook URL once it listens (empty: not listening).
    void setResponderUrl(const QUrl &url);
    SandboxActivityPanel *activityPanel() const { return m_activity; }
    //! Asks the Sandbox again (after a CRC check reached the responder: someone registered it,
    //! perhaps with the CLI).
    void refreshConnection();

private:
    void showRunning(const QUrl &baseUrl);
    void showStopped();
    void showConnection(const SandboxController::Connection &connection);
    void showDelivery(const DeliveryEntry &entry);
    void updateButton();

    SandboxController *m_sandbox;
    QUrl m_responderUrl;
    SandboxController::Connection m_connection;
    QLabel *m_where;
    QLabel *m_state;
    QLabel *m_step;
    QPushButton *m_connect;
    SandboxActivityPanel *m_activity;
    QListWidget *m_deliveries;
};
