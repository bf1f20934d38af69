#include "widgets/EventDetailPane.h"

#include "events/JsonSpan.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

EventDetailPane::EventDetailPane(QWidget *parent)
    : QTabWidget(parent)
    , m_summary(new QLabel)
    , m_json(new QPlainTextEdit)
    , m_verdict(new QLabel)
    , m_headers(new QTableWidget(0, 2))
{
    setObjectName(QStringLiteral("eventDetail"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *jsonPage = new QWidget;
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setTextFormat(Qt::PlainText); // payload text is text, never markup
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_json->setObjectName(QStringLiteral("detailJson"));
    m_json->setReadOnly(true);
    m_json->setFont(mono);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    jsonLayout->addWidget(m_summary);
    jsonLayout->addWidget(m_json, 1);
    addTab(jsonPage, tr("JSON"));

    auto *headersPage = new QWidget;
    auto *headersLayout = new QVBoxLayout(headersPage);
    m_verdict->setObjectName(QStringLiteral("detailVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setObjectName(QStringLiteral("detailHeaders"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setFont(mono);
    headersLayout->addWidget(m_verdict);
    headersLayout->addWidget(m_headers, 1);
    addTab(headersPage, tr("Headers && signature"));
    clear();
}

void EventDetailPane::clear()
{
    m_summary->setText(tr("Select an event to see it in full."));
    m_json->clear();
    m_verdict->clear();
    m_headers->setRowCount(0);
}

void EventDetailPane::showEvent(const EventRecord &record, const QByteArray &itemJson,
                                const std::optional<Delivery> &delivery,
                                const QByteArray &consumerSecret)
{
    m_summary->setText(QStringLiteral("#%1  %2 / %3\n%4")
                           .arg(record.seq)
                           .arg(record.type, record.action, record.summary));
    const bool isJson = record.type != u"malformed";
    m_json->setPlainText(isJson ? QString::fromUtf8(JsonSpan::indented(itemJson))
                                : QString::fromUtf8(itemJson));

    m_headers->setRowCount(0);
    if (!delivery) {
        m_verdict->setText(tr("The delivery of this event is not in the store."));
        return;
    }
    m_headers->setRowCount(int(delivery->headers.size()));
    for (int i = 0; i < delivery->headers.size(); ++i) {
        m_headers->setItem(i, 0,
                           new QTableWidgetItem(QString::fromLatin1(delivery->headers[i].first)));
        m_headers->setItem(i, 1,
                           new QTableWidgetItem(QString::fromLatin1(delivery->headers[i].second)));
    }

    const QString received = delivery->signatureHeader.isEmpty()
        ? tr("(none)")
        : QString::fromLatin1(delivery->signatureHeader);
    const QString computed = consumerSecret.isEmpty()
        ? tr("(no consumer secret to compute it with)")
        : QString::fromLatin1(WebhookCrypto::signature(consumerSecret, delivery->body));
    QString meaning;
    switch (delivery->verdict) {
    case WebhookCrypto::SignatureVerdict::Valid:
        meaning
            = tr("Valid: the HMAC-SHA256 of the %1 body bytes with your consumer secret matches "
                 "the header. X sent this, unchanged.")
                  .arg(delivery->body.size());
        break;
    case WebhookCrypto::SignatureVerdict::Invalid:
        meaning
            = tr("Invalid: the header does not match the %1 body bytes signed with your consumer "
                 "secret. The body was changed on the way, or it was signed with another app's "
                 "consumer secret.")
                  .arg(delivery->body.size());
        break;
    case WebhookCrypto::SignatureVerdict::Missing:
        meaning
            = tr("Missing: the request had no x-twitter-webhooks-signature header. X signs every "
                 "delivery, so this one did not come from X.");
        break;
    }
    m_verdict->setText(tr("%1\nReceived: %2\nComputed: %3\nAnswered HTTP %4 to %5")
                           .arg(meaning, received, computed)
                           .arg(delivery->status)
                           .arg(delivery->remoteAddress));
}
