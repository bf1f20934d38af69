#include "widgets/detail/HeadersTab.h"

#include "EventDetail.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &objectName, bool monospace)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(!monospace);
    if (monospace)
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return label;
}

} // namespace

HeadersTab::HeadersTab(QWidget *parent)
    : QWidget(parent)
    , m_verdict(valueLabel(QStringLiteral("detailVerdict"), false))
    , m_request(valueLabel(QStringLiteral("detailRequest"), true))
    , m_remote(valueLabel(QStringLiteral("detailRemote"), true))
    , m_received(valueLabel(QStringLiteral("detailReceivedSignature"), true))
    , m_computed(valueLabel(QStringLiteral("detailComputedSignature"), true))
    , m_secretNote(valueLabel(QStringLiteral("detailSecretNote"), false))
    , m_headers(new QTableWidget(0, 2))
{
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Verdict"), m_verdict);
    form->addRow(QString(), m_secretNote);
    form->addRow(tr("Received signature"), m_received);
    form->addRow(tr("Computed signature"), m_computed);
    form->addRow(tr("Request"), m_request);
    form->addRow(tr("From"), m_remote);

    m_headers->setObjectName(QStringLiteral("detailHeaders"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_headers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headers->setWordWrap(false);
    m_headers->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_headers->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_headers->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_headers->font()).height()
                                                       + 6);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_headers, 1);
    clear();
}

void HeadersTab::clear()
{
    for (QLabel *label : {m_verdict, m_request, m_remote, m_received, m_computed, m_secretNote})
        label->clear();
    m_secretNote->hide();
    m_headers->setRowCount(0);
}

void HeadersTab::showDetail(const EventDetail &detail)
{
    clear();
    if (!detail.delivery) {
        m_verdict->setText(tr("The delivery of this event is not in the store."));
        return;
    }
    const Delivery &d = *detail.delivery;
    const QString bytes = QLocale().toString(d.body.size());
    // Green and red as the table's signature badges; missing stays in the text colour.
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::WindowText,
                     d.verdict == WebhookCrypto::SignatureVerdict::Valid ? QColor(0x1a, 0x7f, 0x37)
                         : d.verdict == WebhookCrypto::SignatureVerdict::Invalid
                         ? QColor(0xcf, 0x22, 0x2e)
                         : this->palette().color(QPalette::WindowText));
    m_verdict->setPalette(palette);
    switch (d.verdict) {
    case WebhookCrypto::SignatureVerdict::Valid:
        m_verdict->setText(tr("Valid: the HMAC-SHA256 of the %1 body bytes with your consumer "
                              "secret matches the received signature, so X sent this unchanged.")
                               .arg(bytes));
        break;
    case WebhookCrypto::SignatureVerdict::Invalid:
        m_verdict->setText(tr("Invalid: the received signature does not match the one computed "
                              "from the %1 body bytes: the body was changed or the secret differs.")
                               .arg(bytes));
        break;
    case WebhookCrypto::SignatureVerdict::Missing:
        m_verdict->setText(tr("Missing: the request had no x-twitter-webhooks-signature header, "
                              "so nothing shows that it came from X."));
        break;
    }
    m_received->setText(d.signatureHeader.isEmpty() ? tr("(none)")
                                                    : QString::fromLatin1(d.signatureHeader));
    m_computed->setText(detail.computedSignature.isEmpty()
                            ? tr("(no consumer secret to compute it with)")
                            : QString::fromLatin1(detail.computedSignature));

    // The verdict was decided on arrival; the secret in use now may be another one.
    QString note;
    const bool matchesNow = !detail.computedSignature.isEmpty()
        && WebhookCrypto::constantTimeEquals(detail.computedSignature, d.signatureHeader);
    if (detail.computedSignature.isEmpty())
        note = tr("The profile has no consumer secret now, so the signature cannot be checked "
                  "again.");
    else if (d.verdict == WebhookCrypto::SignatureVerdict::Valid && !matchesNow)
        note = tr("With the consumer secret in use now it does not match: the secret was changed "
                  "after this delivery arrived.");
    else if (d.verdict == WebhookCrypto::SignatureVerdict::Invalid && matchesNow)
        note = tr("With the consumer secret in use now it matches: the secret was changed after "
                  "this delivery arrived.");
    m_secretNote->setText(note);
    m_secretNote->setVisible(!note.isEmpty());

    m_request->setText(tr("%1 %2 — answered HTTP %3")
                           .arg(QString::fromLatin1(d.method), QString::fromLatin1(d.target))
                           .arg(d.status));
    m_remote->setText(d.remoteAddress.isEmpty() ? tr("(unknown)") : d.remoteAddress);

    m_headers->setRowCount(int(d.headers.size()));
    for (int i = 0; i < d.headers.size(); ++i) {
        auto *name = new QTableWidgetItem(QString::fromLatin1(d.headers[i].first));
        auto *value = new QTableWidgetItem(QString::fromLatin1(d.headers[i].second));
        value->setToolTip(value->text());
        if (d.headers[i].first.compare(WebhookCrypto::SignatureHeader, Qt::CaseInsensitive) == 0) {
            QFont font = m_headers->font();
            font.setBold(true);
            name->setFont(font);
            value->setFont(font);
        }
        m_headers->setItem(i, 0, name);
        m_headers->setItem(i, 1, value);
    }
    m_headers->resizeColumnToContents(0);
}
