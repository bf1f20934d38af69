#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServer;

//! A scriptable webhook for tests that play X's other end: it answers CRC checks (with the right
//! or a wrong secret, a chosen status, or slowly) and POSTs with a scripted sequence of statuses,
//! and records every request. It runs on the test's thread, so the test must keep its event loop
//! turning (QTRY_*, QTest::qWait, CliRunner::runServing) while the Sandbox calls it.
class WebhookReceiver final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        qint64 atMs = 0;
        QByteArray method;
        QByteArray query;
        QByteArray body;
        QByteArray signature; //!< x-twitter-webhooks-signature as received
        int answered = 0;
    };

    explicit WebhookReceiver(const QByteArray &consumerSecret, QObject *parent = nullptr);
    ~WebhookReceiver() override;

    bool start();
    QUrl url() const; //!< http://127.0.0.1:PORT/webhook

    void setCrcSecret(const QByteArray &secret) { m_crcSecret = secret; }
    void setCrcStatus(int status) { m_crcStatus = status; }
    //! Blocks this thread that long before answering a CRC check (a slow webhook).
    void setCrcDelayMs(int ms) { m_crcDelayMs = ms; }
    //! The statuses of the next POSTs, in order; after them every POST gets 200.
    void answerPostsWith(const QList<int> &statuses) { m_postStatuses = statuses; }
    //! Blocks this thread that long before answering each of the next POSTs (a slow webhook).
    void delayPostsBy(const QList<int> &milliseconds) { m_postDelays = milliseconds; }

    QList<Request> crcChecks() const { return m_crc; }
    QList<Request> posts() const { return m_posts; }
    //! Turns the event loop until `count` POSTs arrived or the time is up.
    bool waitForPosts(int count, int timeoutMs = 5000) const;

private:
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QByteArray m_crcSecret;
    int m_crcStatus = 200;
    int m_crcDelayMs = 0;
    QList<int> m_postStatuses;
    QList<int> m_postDelays;
    QList<Request> m_crc;
    QList<Request> m_posts;
};
