#pragma once

#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

//! Accepts connections on 127.0.0.1 and never answers: a server that hangs, for timeout tests.
class SilentServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit SilentServer(QObject *parent = nullptr);
    bool start();
    QUrl baseUrl() const;
    int connections() const { return m_accepted; }

private:
    int m_accepted = 0;
};
