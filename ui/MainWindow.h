#pragma once

#include <QMainWindow>

class CaptureController;
class EventBrowser;
class CredentialCheck;
class ProfileStore;
class QDockWidget;
class SandboxController;
class SandboxDock;
class ProfileSwitcher;
class QLabel;
class QSettings;
class QTimer;

//! The main window. It only builds the frame (menus, docks, status bar) and wires the feature
//! widgets and controllers to each other; the features live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QSettings &settings, ProfileStore &profiles, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Starts the responder and shows the capture store of the active profile; again whenever the
    //! active profile changes. Reading the secret is asynchronous (keychain).
    void startCapture();
    CaptureController *captureController() const { return m_capture; }
    EventBrowser *eventBrowser() const { return m_browser; }
    SandboxController *sandboxController() const { return m_sandbox; }
    //! "Test credentials" in the Profiles dialog; not owned, nullptr hides the button.
    void setCredentialCheck(CredentialCheck *check);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void createSandboxDock();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();
    void showMessage(const QString &message);
    void showActiveProfile(const QString &name);
    void startCaptureWith(const QString &profile, const QByteArray &consumerSecret);

    QSettings &m_settings;
    ProfileStore &m_profiles;
    CaptureController *m_capture;
    SandboxController *m_sandbox;
    QDockWidget *m_sandboxDock = nullptr;
    SandboxDock *m_sandboxPanel = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    bool m_capturing = false; //!< startCapture() was called: follow profile switches
    EventBrowser *m_browser = nullptr;
    QLabel *m_responderLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QTimer *m_messageTimer = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_crcLabel = nullptr;
};
