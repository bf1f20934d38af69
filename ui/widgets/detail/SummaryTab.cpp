#include "widgets/detail/SummaryTab.h"

#include "EventDetail.h"
#include "events/FilterText.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // payload text is text, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SummaryTab::SummaryTab(QWidget *parent)
    : QScrollArea(parent)
    , m_message(plainLabel(QStringLiteral("summaryMessage")))
    , m_fields(new QWidget)
    , m_form(new QFormLayout(m_fields))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_message->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setContentsMargins(0, 0, 0, 0);

    m_seq = addText(tr("Event"), QStringLiteral("summarySeq"));
    m_received = addText(tr("Received"), QStringLiteral("summaryReceived"));
    m_source = addText(tr("Source"), QStringLiteral("summarySource"));
    m_type = addLink(tr("Type / action"), QStringLiteral("summaryTypeLink"), &m_action);
    m_summary = addText(tr("Summary"), QStringLiteral("detailSummary"));
    m_summary->setWordWrap(true);
    m_forUser = addLink(tr("For user"), QStringLiteral("summaryUserLink"), &m_forUserName);
    m_actor = addLink(tr("Actor"), QStringLiteral("summaryActorLink"), &m_actorName);
    m_target = addLink(tr("Target"), QStringLiteral("summaryTargetLink"), &m_targetName);
    m_eventId = addText(tr("Event id"), QStringLiteral("summaryEventId"), true);
    m_createdAt = addText(tr("Happened"), QStringLiteral("summaryCreatedAt"));
    m_signature = addText(tr("Signature"), QStringLiteral("summarySignature"));
    m_duplicate
        = addLink(tr("Duplicate of"), QStringLiteral("summaryDuplicateLink"), &m_duplicateKind);
    m_delivery = addText(tr("Delivery"), QStringLiteral("summaryDelivery"));
    m_remote = addText(tr("Remote address"), QStringLiteral("summaryRemote"), true);
    connect(m_duplicate, &QPushButton::clicked, this,
            [this] { Q_EMIT seqRequested(m_duplicateOf); });

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_message);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    setWidget(page);
    showMessage(tr("Select an event to see it in full."));
}

QLabel *SummaryTab::addText(const QString &label, const QString &objectName, bool monospace)
{
    QLabel *value = plainLabel(objectName);
    if (monospace)
        value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_form->addRow(label, value);
    return value;
}

QPushButton *SummaryTab::addLink(const QString &label, const QString &objectName, QLabel **trailing)
{
    auto *link = new QPushButton;
    link->setObjectName(objectName);
    link->setFlat(true);
    link->setCursor(Qt::PointingHandCursor);
    link->setStyleSheet(QStringLiteral(
        "QPushButton { border: none; padding: 0px; color: palette(link); text-align: left; }"));
    QFont font = link->font();
    font.setUnderline(true);
    link->setFont(font);
    link->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    if (objectName != u"summaryDuplicateLink") {
        connect(link, &QPushButton::clicked, this,
                [this, link] { Q_EMIT filterRequested(link->property("filter").toString()); });
    }
    *trailing = plainLabel(objectName + u"Text");
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(link);
    layout->addWidget(*trailing, 1);
    m_form->addRow(label, row);
    return link;
}

void SummaryTab::setLink(QPushButton *link, const QString &text, const QString &filter,
                         const QString &toolTip)
{
    link->setVisible(!text.isEmpty());
    QString escaped = text;
    link->setText(escaped.replace(u'&', QStringLiteral("&&"))); // '&' would be a mnemonic
    link->setProperty("filter", filter);
    link->setToolTip(toolTip);
}

void SummaryTab::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_fields->setVisible(message.isEmpty());
}

void SummaryTab::showDetail(const EventDetail &detail)
{
    const EventRecord &r = detail.record;
    showMessage({});
    m_seq->setText(u'#' + QString::number(r.seq));
    const QDateTime received = QDateTime::fromMSecsSinceEpoch(r.receivedAtMs);
    m_received->setText(tr("%1 local · %2 UTC")
                            .arg(received.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                 received.toUTC().toString(Qt::ISODateWithMs)));
    switch (r.source) {
    case EventSource::Aaa: m_source->setText(tr("Account Activity API (aaa)")); break;
    case EventSource::Xaa: m_source->setText(tr("X Activity API (xaa)")); break;
    case EventSource::Unknown: m_source->setText(tr("unknown")); break;
    }

    const QString typeFilter = u"type == " + FilterText::value(r.type);
    setLink(m_type, r.type, typeFilter, tr("Show only events of this type (%1)").arg(typeFilter));
    m_action->setText(r.action.isEmpty() ? QString() : u"/ " + r.action);
    m_summary->setText(r.summary);

    const auto showPerson = [this](QPushButton *link, QLabel *name, const QString &field,
                                   const QString &id, const QString &screenName) {
        const QString filter = field + u" == " + FilterText::value(id);
        setLink(link, id, filter, tr("Show only the events with %1").arg(filter));
        name->setText(id.isEmpty() ? QStringLiteral("—") : screenName); // "@name" already
    };
    showPerson(m_forUser, m_forUserName, QStringLiteral("user"), r.forUserId, r.forUserName);
    showPerson(m_actor, m_actorName, QStringLiteral("actor"), r.actorId, r.actorName);
    showPerson(m_target, m_targetName, QStringLiteral("target"), r.targetId, r.targetName);

    m_eventId->setText(r.eventId.isEmpty() ? QStringLiteral("—") : r.eventId);
    m_createdAt->setText(r.createdAt.isEmpty() ? QStringLiteral("—") : r.createdAt);
    switch (r.signature) {
    case WebhookCrypto::SignatureVerdict::Valid: m_signature->setText(tr("✓ valid")); break;
    case WebhookCrypto::SignatureVerdict::Invalid:
        m_signature->setText(tr("✗ invalid (see Headers & signature)"));
        break;
    case WebhookCrypto::SignatureVerdict::Missing: m_signature->setText(tr("– missing")); break;
    }

    m_duplicateOf = r.duplicateOf;
    setLink(m_duplicate, r.isDuplicate() ? u'#' + QString::number(r.duplicateOf) : QString(), {},
            tr("Go to the first copy"));
    switch (r.duplicateKind) {
    case DuplicateKind::Redelivery:
        m_duplicateKind->setText(tr("redelivery: X sent this activity again"));
        break;
    case DuplicateKind::Fanout:
        m_duplicateKind->setText(tr("fan-out: the same activity, for another subscribed user"));
        break;
    case DuplicateKind::None:
        m_duplicateKind->setText(r.isDuplicate() ? QString() : tr("— (the first copy)"));
        break;
    }

    m_delivery->setText(u'#' + QString::number(r.deliveryId));
    m_remote->setText(detail.delivery && !detail.delivery->remoteAddress.isEmpty()
                          ? detail.delivery->remoteAddress
                          : QStringLiteral("—"));
}
