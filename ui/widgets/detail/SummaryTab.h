#pragma once

#include <QScrollArea>

class QFormLayout;
class QLabel;
class QPushButton;
struct EventDetail;

//! The Summary tab: the decoded fields of an event as a form. Ids, the type and the duplicate's
//! first copy are link-styled buttons that ask for a filter or a jump; everything that comes from
//! the payload is shown as plain text (labels in Qt::PlainText, button text with '&' doubled), so
//! markup in a post is never rendered.
class SummaryTab final : public QScrollArea
{
    Q_OBJECT

public:
    explicit SummaryTab(QWidget *parent = nullptr);

    void showDetail(const EventDetail &detail);
    //! No event: `message` instead of the fields (empty: the fields stay, emptied).
    void showMessage(const QString &message);

Q_SIGNALS:
    void filterRequested(const QString &filter);
    void seqRequested(qint64 seq);

private:
    QLabel *addText(const QString &label, const QString &objectName, bool monospace = false);
    //! A link button followed by a plain label; the button asks for filter `m_filters[name]`.
    QPushButton *addLink(const QString &label, const QString &objectName, QLabel **trailing);
    void setLink(QPushButton *link, const QString &text, const QString &filter,
                 const QString &toolTip);

    QLabel *m_message;
    QWidget *m_fields;
    QFormLayout *m_form;
    QLabel *m_seq;
    QLabel *m_received;
    QLabel *m_source;
    QPushButton *m_type;
    QLabel *m_action;
    QLabel *m_summary;
    QPushButton *m_forUser;
    QLabel *m_forUserName;
    QPushButton *m_actor;
    QLabel *m_actorName;
    QPushButton *m_target;
    QLabel *m_targetName;
    QLabel *m_eventId;
    QLabel *m_createdAt;
    QLabel *m_signature;
    QPushButton *m_duplicate;
    QLabel *m_duplicateKind;
    QLabel *m_delivery;
    QLabel *m_remote;
    qint64 m_duplicateOf = 0;
};
