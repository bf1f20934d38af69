#pragma once

#include <QObject>

class QSocketNotifier;

//! Turns SIGINT and SIGTERM into a Qt signal on the event loop (self-pipe), so that a long-running
//! command can stop accepting, flush and exit cleanly instead of dying mid-commit.
class UnixSignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
