#pragma once

#include <QMainWindow>

class QLabel;
class QSettings;
class QTableView;

//! The main window. It only builds the frame (menus, docks, status bar) and wires the feature
//! widgets and controllers to each other; the features live in their own classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout();

    QSettings &m_settings;
    QTableView *m_eventTable = nullptr;
    QLabel *m_statusLabel = nullptr;
};
