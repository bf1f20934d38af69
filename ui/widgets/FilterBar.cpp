#include "widgets/FilterBar.h"

#include "events/FilterParser.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const QString HistoryKey = QStringLiteral("Filters/history");
const QString SavedKey = QStringLiteral("Filters/saved");
constexpr int HistoryLength = 50;
// Long enough that a fast typist's keystrokes become one filter, short enough to feel immediate.
constexpr int TypingPauseMs = 150;

struct Quick
{
    const char *label;
    const char *filter;
};

// The kinds a developer looks for most, in both payload families (AAA and XAA actions match).
constexpr Quick QuickFilters[] = {
    {QT_TRANSLATE_NOOP("FilterBar", "Posts"), "action == create or action == delete"},
    {QT_TRANSLATE_NOOP("FilterBar", "Likes"), "action == favorite"},
    {QT_TRANSLATE_NOOP("FilterBar", "Follows"), "action == follow or action == unfollow"},
    {QT_TRANSLATE_NOOP("FilterBar", "DMs"),
     "action == message or action == typing or action == read"},
    {QT_TRANSLATE_NOOP("FilterBar", "Blocks & mutes"),
     "action == block or action == unblock or action == mute or action == unmute"},
    {QT_TRANSLATE_NOOP("FilterBar", "Problems"), "sig != valid or type == malformed"},
    {QT_TRANSLATE_NOOP("FilterBar", "Duplicates"), "dup"},
};
} // namespace

FilterBar::FilterBar(QSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_edit(new QLineEdit)
    , m_error(new QLabel)
    , m_result(new QLabel)
    , m_saved(new QToolButton)
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(
        tr("Filter — e.g. type == favorite_events and user == 2244994945, sig != valid, dup, "
           "$.favorited_status.user.screen_name == \"XDevelopers\" (Ctrl+F)"));
    m_edit->installEventFilter(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #cf222e;"));
    m_error->hide();
    m_result->setObjectName(QStringLiteral("filterResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setText(tr("Saved"));
    m_saved->setToolTip(tr("Saved filters"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setMenu(new QMenu(m_saved));
    connect(m_saved->menu(), &QMenu::aboutToShow, this, &FilterBar::rebuildSavedMenu);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_edit, 1);
    top->addWidget(m_saved);

    auto *quick = new QHBoxLayout;
    quick->setContentsMargins(0, 0, 0, 0);
    quick->setSpacing(2);
    for (const Quick &q : QuickFilters) {
        auto *button = new QToolButton;
        button->setText(tr(q.label).replace(u'&', QStringLiteral("&&"))); // no mnemonic
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("quickFilter_") + QString::fromLatin1(q.label));
        const QString filter = QString::fromLatin1(q.filter);
        button->setToolTip(filter);
        // A second click on the same quick filter takes it off again.
        connect(button, &QToolButton::clicked, this,
                [this, filter] { setText(text() == filter ? QString() : filter); });
        quick->addWidget(button);
    }
    quick->addStretch(1);
    quick->addWidget(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addLayout(quick);

    m_history = m_settings.value(HistoryKey).toStringList();
    m_delay->setSingleShot(true);
    m_delay->setInterval(TypingPauseMs);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_historyPos = -1;
        parse();
        m_delay->start();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        apply();
        remember(m_applied);
    });
    connect(m_delay, &QTimer::timeout, this, &FilterBar::apply);
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::setText(const QString &text)
{
    m_delay->stop();
    m_historyPos = -1;
    m_edit->setText(text);
    m_edit->setModified(false);
    parse();
    apply();
    remember(m_applied);
}

void FilterBar::parse()
{
    std::optional<FilterParser::Failure> failure;
    m_expression = FilterParser::parse(m_edit->text(), &failure);
    if (failure) {
        m_error->setText(tr("Column %1: %2").arg(failure->column).arg(failure->message));
        m_error->show();
        m_edit->setToolTip(m_error->text());
        setState(State::Invalid);
        return;
    }
    m_error->hide();
    m_edit->setToolTip(QString());
    setState(m_expression.isEmpty() ? State::Empty : State::Valid);
}

void FilterBar::apply()
{
    // An invalid filter leaves the table as it was: the last valid filter stays applied.
    if (m_state == State::Invalid)
        return;
    const QString text = m_edit->text().trimmed();
    if (m_hasApplied && text == m_applied)
        return;
    m_hasApplied = true;
    m_applied = text;
    Q_EMIT filterChanged(m_expression);
}

void FilterBar::remember(const QString &filter)
{
    if (filter.isEmpty() || m_state == State::Invalid)
        return;
    m_history.removeAll(filter);
    m_history.prepend(filter);
    while (m_history.size() > HistoryLength)
        m_history.removeLast();
    m_settings.setValue(HistoryKey, m_history);
}

void FilterBar::walkHistory(int step)
{
    if (m_history.isEmpty())
        return;
    if (m_historyPos < 0)
        m_draft = m_edit->text();
    const int next = m_historyPos + step;
    if (next >= int(m_history.size()))
        return;
    m_historyPos = std::max(next, -1);
    m_edit->setText(m_historyPos < 0 ? m_draft : m_history.at(m_historyPos));
    parse();
    m_delay->start();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up: walkHistory(+1); return true;
        case Qt::Key_Down: walkHistory(-1); return true;
        case Qt::Key_Escape:
            if (!m_edit->text().isEmpty()) {
                setText(QString());
                return true;
            }
            break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::setState(State state)
{
    m_state = state;
    QPalette palette = QApplication::palette(m_edit);
    switch (state) {
    case State::Empty: break;
    case State::Valid: palette.setColor(QPalette::Base, QColor(0xda, 0xfb, 0xe1)); break;
    case State::Invalid: palette.setColor(QPalette::Base, QColor(0xff, 0xeb, 0xe9)); break;
    }
    m_edit->setPalette(palette);
    m_edit->setProperty("filterState", int(state));
}

void FilterBar::showResult(qint64 matches, qint64 total, qint64 milliseconds)
{
    const QLocale locale;
    if (m_applied.isEmpty())
        m_result->setText(tr("%1 events").arg(locale.toString(total)));
    else if (milliseconds < 0)
        m_result->setText(
            tr("%1 of %2 events").arg(locale.toString(matches), locale.toString(total)));
    else
        m_result->setText(tr("%1 of %2 events · %3 ms")
                              .arg(locale.toString(matches), locale.toString(total))
                              .arg(milliseconds));
}

void FilterBar::showRunning(bool running)
{
    if (running)
        m_result->setText(tr("Filtering…"));
}

void FilterBar::showFailure(const QString &message)
{
    m_result->setText(tr("Filter failed: %1").arg(message));
}

QStringList FilterBar::savedNames() const
{
    return m_settings.value(SavedKey).toMap().keys();
}

void FilterBar::saveFilter(const QString &name, const QString &filter)
{
    QVariantMap saved = m_settings.value(SavedKey).toMap();
    saved.insert(name, filter);
    m_settings.setValue(SavedKey, saved);
}

void FilterBar::removeSavedFilter(const QString &name)
{
    QVariantMap saved = m_settings.value(SavedKey).toMap();
    saved.remove(name);
    m_settings.setValue(SavedKey, saved);
}

void FilterBar::rebuildSavedMenu()
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    const QVariantMap saved = m_settings.value(SavedKey).toMap();
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
        QAction *use = menu->addAction(it.key());
        const QString filter = it.value().toString();
        use->setToolTip(filter);
        use->setStatusTip(filter);
        connect(use, &QAction::triggered, this, [this, filter] { setText(filter); });
    }
    if (saved.isEmpty())
        menu->addAction(tr("No saved filters"))->setEnabled(false);
    menu->addSeparator();
    QAction *save = menu->addAction(tr("Save This Filter…"), this, &FilterBar::askToSave);
    save->setEnabled(m_state == State::Valid);
    if (!saved.isEmpty()) {
        QMenu *remove = menu->addMenu(tr("Remove"));
        for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
            const QString name = it.key();
            remove->addAction(name, this, [this, name] { removeSavedFilter(name); });
        }
    }
}

void FilterBar::askToSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Filter"), tr("Name:"),
                                               QLineEdit::Normal, m_edit->text().left(40), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        saveFilter(name, m_edit->text().trimmed());
}
