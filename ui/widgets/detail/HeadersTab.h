#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;
struct EventDetail;

//! The Headers & signature tab: the request line, where it came from, every header in the order
//! and spelling it was sent, the signature received and the one computed from the raw body bytes
//! with the consumer secret, and the verdict in one sentence.
class HeadersTab final : public QWidget
{
    Q_OBJECT

public:
    explicit HeadersTab(QWidget *parent = nullptr);

    void showDetail(const EventDetail &detail);
    void clear();

private:
    QLabel *m_verdict;
    QLabel *m_request;
    QLabel *m_remote;
    QLabel *m_received;
    QLabel *m_computed;
    QLabel *m_secretNote;
    QTableWidget *m_headers;
};
