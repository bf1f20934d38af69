#pragma once

#include <QTabWidget>
#include <QTimer>

class HeadersTab;
class JsonTreeTab;
class QLabel;
class RawBodyTab;
class SummaryTab;
struct Error;
struct EventDetail;

//! The selected event in full, as four tabs: Summary, JSON tree, Raw, Headers & signature. It only
//! assembles the tabs; the event comes prepared from DetailLoader. Payload text is always shown as
//! plain text, never as markup.
class EventDetailPane final : public QTabWidget
{
    Q_OBJECT

public:
    enum Tab { SummaryTabIndex, JsonTreeTabIndex, RawTabIndex, HeadersTabIndex };

    explicit EventDetailPane(QWidget *parent = nullptr);

    //! Event `seq` is being read. The tabs keep what they show for a moment (most events arrive
    //! within milliseconds) and then say "Loading…"; the corner says it at once.
    void showLoading(qint64 seq);
    //! Shows `detail`, unless another event was asked for since (showLoading) or clear()ed.
    void showDetail(const EventDetail &detail);
    void showFailure(const Error &error);
    //! Nothing selected; a load still under way is no longer shown when it arrives.
    void clear();

    SummaryTab *summaryTab() const { return m_summary; }
    JsonTreeTab *jsonTreeTab() const { return m_tree; }
    RawBodyTab *rawTab() const { return m_raw; }
    HeadersTab *headersTab() const { return m_headers; }

Q_SIGNALS:
    //! A filter to put into the filter bar, such as `user == 2244994945` or `$.text == "hi"`.
    void filterRequested(const QString &filter);
    //! Go to (select) event `seq`, e.g. the first copy of a duplicate.
    void seqRequested(qint64 seq);

private:
    void clearTabs(const QString &message);

    SummaryTab *m_summary;
    JsonTreeTab *m_tree;
    RawBodyTab *m_raw;
    HeadersTab *m_headers;
    QLabel *m_status;
    QTimer m_loadingDelay;
    qint64 m_awaited = -1; //!< the seq asked for; 0 after clear(); -1 before any request
};
