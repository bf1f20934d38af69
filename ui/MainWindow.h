#pragma once

#include <QMainWindow>

class CaptureController;
class CredentialCheck;
class ProfileStore;
class ProfileSwitcher;
class EventDetailPane;
class EventTableView;
class QLabel;
class QLineEdit;
class QSettings;
class QSplitter;
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
    //! "Test credentials" in the Profiles dialog; not owned, nullptr hides the button.
    void setCredentialCheck(CredentialCheck *check);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void restoreLayout();
    void saveLayout();
    void showSelectedEvent();
    void showActiveProfile(const QString &name);
    void startCaptureWith(const QString &profile, const QByteArray &consumerSecret);

    QSettings &m_settings;
    ProfileStore &m_profiles;
    CaptureController *m_capture;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    bool m_capturing = false; //!< startCapture() was called: follow profile switches
    QLineEdit *m_filterEdit = nullptr;
    QTimer *m_filterDelay = nullptr;
    EventTableView *m_eventTable = nullptr;
    EventDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_responderLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_crcLabel = nullptr;
};
