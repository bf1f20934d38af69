#pragma once

#include "events/EventRecord.h"
#include "store/Delivery.h"

#include <QTabWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

//! The selected event in full: its JSON exactly as received (indented, key order kept) and the
//! delivery's headers with the signature received, the one computed from the raw bytes, and what
//! the verdict means. Payload text is always shown as plain text, never as markup.
class EventDetailPane final : public QTabWidget
{
    Q_OBJECT

public:
    explicit EventDetailPane(QWidget *parent = nullptr);

    void showEvent(const EventRecord &record, const QByteArray &itemJson,
                   const std::optional<Delivery> &delivery, const QByteArray &consumerSecret);
    void clear();

private:
    QLabel *m_summary;
    QPlainTextEdit *m_json;
    QLabel *m_verdict;
    QTableWidget *m_headers;
};
