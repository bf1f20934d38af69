#pragma once

#include <QMainWindow>

class ProfileStore;
class ProfileSwitcher;
class QLabel;
class QSettings;
class QTableView;

//! The main window. It only builds the frame (menus, docks, status bar) and wires the feature
//! widgets and controllers to each other; the features live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QSettings &settings, ProfileStore &profiles, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout();
    void showActiveProfile(const QString &name);

    QSettings &m_settings;
    QTableView *m_eventTable = nullptr;
    QLabel *m_statusLabel = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
};
