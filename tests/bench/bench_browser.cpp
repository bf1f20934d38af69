// bench_browser: the event browser's figures (issue 7). Prints; never fails on speed.
//   bench_browser open   [--events N] [--store FILE] [--filter F]
//                                                       open N stored events, scroll, filter,
//                                                       memory
//   bench_browser ingest [--seconds S] [--rate R] [--connections N] [--loadgen PATH] [--filter F]
//                                                       live events into the visible window, stalls
#include "CaptureController.h"
#include "SampleCapture.h"
#include "events/FilterParser.h"
#include "models/EventTableModel.h"
#include "models/IndexLoader.h"
#include "store/CaptureReader.h"
#include "widgets/EventBrowser.h"
#include "widgets/EventTableView.h"
#include "widgets/FilterBar.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

// Resident memory now and at its peak, from the kernel's own accounting.
QPair<double, double> memoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto kib
                = [&] { return line.mid(6).trimmed().split(' ').first().toDouble() / 1024; };
            if (line.startsWith("VmRSS:"))
                rss = kib();
            else if (line.startsWith("VmHWM:"))
                peak = kib();
        }
    }
    return {rss, peak};
}

// The longest time the GUI thread did not get to run a 1 ms timer: what a user feels as a stall.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last)
                m_gaps.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const
    {
        return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    }
    double percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[size_t(p * double(sorted.size() - 1))];
    }
    qsizetype over(double ms) const
    {
        return std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; });
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

// Runs the event loop (sleeping when idle, as the application does) until `done`.
void waitFor(const std::function<bool()> &done, int timeoutMs = 600'000)
{
    if (done())
        return;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
}

int runOpen(const QStringList &args)
{
    const qint64 events
        = option(args, QStringLiteral("--events"), QStringLiteral("1000000")).toLongLong();
    QTemporaryDir dir;
    const QString path
        = option(args, QStringLiteral("--store"), dir.filePath(QStringLiteral("bench.db")));
    qint64 stored = 0;
    if (QFileInfo::exists(path)) {
        auto reader = CaptureReader::open(path);
        if (reader.ok())
            stored = reader.value()->eventCount().ok() ? reader.value()->eventCount().value() : 0;
    }
    if (stored < events) {
        std::printf("writing %lld sample events to %s …\n", events, qPrintable(path));
        QFile::remove(path);
        QElapsedTimer clock;
        clock.start();
        const auto written = SampleCapture::write(path, events, [&](qint64 n) {
            if (n % 100000 == 0)
                std::printf("  %lld (%.0f s)\n", n, clock.elapsed() / 1000.0), std::fflush(stdout);
        });
        if (!written.ok()) {
            std::printf("cannot write the store: %s\n", qPrintable(written.error().message));
            return 1;
        }
        stored = events;
    }
    std::printf("store                  %s, %.0f MiB on disk\n", qPrintable(path),
                double(QFileInfo(path).size()) / (1 << 20));

    EventTableModel model;
    model.setStorePath(path);
    EventTableView view;
    view.setModel(&model);
    view.resize(1280, 700);
    view.show();
    QCoreApplication::processEvents();
    const auto before = memoryMiB();

    // Opening as the window does: the index is read on a worker, adopted on the GUI thread.
    QElapsedTimer clock;
    clock.start();
    std::atomic<bool> cancel {false};
    std::optional<Result<LoadedIndex>> loaded;
    std::unique_ptr<QThread> loader(
        QThread::create([&] { loaded.emplace(loadIndex(path, cancel)); }));
    loader->start();
    loader->wait();
    const qint64 loadMs = clock.elapsed();
    if (!loaded->ok()) {
        std::printf("cannot open: %s\n", qPrintable(loaded->error().message));
        return 1;
    }
    model.adopt(loaded->takeValue());
    const qint64 adoptMs = clock.elapsed() - loadMs;
    view.scrollToBottom();
    view.viewport()->grab(); // paints the visible rows
    const qint64 openMs = clock.elapsed();
    const auto opened = memoryMiB();
    std::printf("events                 %lld\n", model.totalCount());
    std::printf(
        "open                   %lld ms (index read %lld ms, model %lld ms, first paint %lld ms)\n",
        openMs, loadMs, adoptMs, openMs - loadMs - adoptMs);
    std::printf("memory for the table   %.0f MiB (RSS %.0f MiB before, %.0f MiB after)\n",
                opened.first - before.first, before.first, opened.first);

    // Scrolling: jump to random places and paint the page there.
    std::vector<double> paints;
    QRandomGenerator random(7);
    for (int i = 0; i < 200; ++i) {
        view.verticalScrollBar()->setValue(random.bounded(view.verticalScrollBar()->maximum() + 1));
        QElapsedTimer paint;
        paint.start();
        view.viewport()->grab();
        paints.push_back(double(paint.nsecsElapsed()) / 1e6);
    }
    std::sort(paints.begin(), paints.end());
    std::printf("scroll + paint a page  p50 %.1f ms, max %.1f ms (200 random jumps)\n",
                paints[paints.size() / 2], paints.back());

    struct Case
    {
        const char *kind;
        QString filter;
    };
    const QString middle
        = QDateTime::fromMSecsSinceEpoch(SampleCapture::delivery(stored / 2).receivedAtMs)
              .toString(Qt::ISODateWithMs);
    const std::vector<Case> cases = {
        {"indexed", QStringLiteral("type == favorite_events")},
        {"indexed", QStringLiteral("user == 2244994945 and action == favorite")},
        {"indexed", QStringLiteral("sig != valid")},
        {"indexed", QStringLiteral("dup")},
        {"indexed",
         QStringLiteral("not (action == follow or action == unfollow) and source == xaa")},
        {"indexed", QStringLiteral("time > ") + middle},
        {"full-text", QStringLiteral("@tester")},
        {"full-text", QStringLiteral("text contains \"Hello World\"")},
        {"full-text", QStringLiteral("text matches \"Burlington, M[A-Z]\"")},
        {"json-path", QStringLiteral("$.favorited_status.user.screen_name == \"XDevelopers\"")},
        {"json-path", QStringLiteral("$.message_create.message_data.text contains hello")},
        {"indexed", QString()},
    };
    // --filter F: only that filter (for profiling one class).
    const QString only = option(args, QStringLiteral("--filter"), QString());
    StallMeter stalls;
    for (const Case &c : only.isEmpty() ? cases : std::vector<Case> {{"given", only}}) {
        std::optional<FilterParser::Failure> failure;
        const FilterExpression expression = FilterParser::parse(c.filter, &failure);
        if (failure) {
            std::printf("bad filter %s: %s\n", qPrintable(c.filter), qPrintable(failure->message));
            return 1;
        }
        qint64 matches = -1;
        const auto connection = QObject::connect(&model, &EventTableModel::filterApplied,
                                                 [&](qint64 m, qint64) { matches = m; });
        stalls.start();
        QElapsedTimer filterClock;
        filterClock.start();
        model.setFilter(expression);
        waitFor([&] { return matches >= 0; });
        view.viewport()->grab();
        const double ms = double(filterClock.nsecsElapsed()) / 1e6;
        stalls.stop();
        QObject::disconnect(connection);
        std::printf("filter %-9s %7.0f ms  %8lld rows  GUI stall max %5.1f ms  %s\n", c.kind, ms,
                    matches, stalls.longest(),
                    qPrintable(c.filter.isEmpty() ? QStringLiteral("(none)") : c.filter));
    }
    const auto end = memoryMiB();
    std::printf("peak memory (VmHWM)    %.0f MiB\n", end.second);
    return 0;
}

int runIngest(const QStringList &args)
{
    const int seconds = option(args, QStringLiteral("--seconds"), QStringLiteral("60")).toInt();
    const int rate = option(args, QStringLiteral("--rate"), QStringLiteral("5000")).toInt();
    const QString loadgen
        = option(args, QStringLiteral("--loadgen"),
                 QCoreApplication::applicationDirPath() + QStringLiteral("/aac-loadgen"));
    const QString filter = option(args, QStringLiteral("--filter"), QString());
    // Each connection waits for its answer, which comes after the commit's fsync: enough of them
    // that the offered rate, not the latency, sets the pace.
    const QString connections = option(args, QStringLiteral("--connections"), QStringLiteral("64"));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    CaptureController capture;
    EventBrowser browser(settings, &capture);
    browser.resize(1280, 800);
    browser.show();
    ReceiverConfig config;
    config.port = 0;
    config.consumerSecret = "bench-secret";
    CaptureWriter::Options store;
    store.path = dir.filePath(QStringLiteral("capture.db"));
    const auto url = capture.start(config, store);
    if (!url.ok()) {
        std::printf("cannot listen: %s\n", qPrintable(url.error().message));
        return 1;
    }
    waitFor([&] { return !capture.model()->isFiltering(); }, 2000);
    if (!filter.isEmpty())
        browser.filterBar()->setText(filter);
    QCoreApplication::processEvents();

    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    StallMeter stalls;
    stalls.start();
    generator.start(loadgen,
                    {QStringLiteral("--port"), QString::number(url.value().port()),
                     QStringLiteral("--connections"), connections, QStringLiteral("--seconds"),
                     QString::number(seconds), QStringLiteral("--rate"), QString::number(rate),
                     QStringLiteral("--crc-rate"), QStringLiteral("10"), QStringLiteral("--secret"),
                     QStringLiteral("bench-secret")});
    if (!generator.waitForStarted()) {
        std::printf("cannot start %s\n", qPrintable(loadgen));
        return 1;
    }
    waitFor([&] { return generator.state() == QProcess::NotRunning; }, (seconds + 60) * 1000);
    const QByteArray report = generator.readAllStandardOutput();
    long acknowledged = 0;
    for (const QByteArray &line : report.split('\n'))
        if (line.startsWith("events acknowledged"))
            acknowledged = line.mid(22).trimmed().split(' ').first().toLong();
    waitFor([&] { return capture.model()->totalCount() >= acknowledged; }, 30'000);
    QCoreApplication::processEvents();
    stalls.stop();

    std::printf("%s", report.constData());
    std::printf("window                 1280x800, %s\n",
                filter.isEmpty() ? "no filter" : qPrintable(QStringLiteral("filter: ") + filter));
    std::printf("rows in the table      %d of %lld stored\n", capture.model()->rowCount(),
                capture.model()->totalCount());
    std::printf(
        "GUI thread stalls      longest %.1f ms, p99.9 %.1f ms, %lld over 16 ms, %lld over 50 ms\n",
        stalls.longest(), stalls.percentile(0.999), qint64(stalls.over(16)),
        qint64(stalls.over(50)));
    std::printf("peak memory (VmHWM)    %.0f MiB\n", memoryMiB().second);
    capture.stop();
    // Speed is reported, never judged; an acknowledged event missing from the window is a defect.
    if (capture.model()->totalCount() < acknowledged
        || (filter.isEmpty() && capture.model()->rowCount() != capture.model()->totalCount())) {
        std::printf("FAILED: %ld events acknowledged, %lld in the window\n", acknowledged,
                    capture.model()->totalCount());
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"open")
        return runOpen(args);
    if (mode == u"ingest")
        return runIngest(args);
    std::printf(
        "usage: bench_browser open [--events N] [--store FILE]\n"
        "       bench_browser ingest [--seconds S] [--rate R] [--connections N] [--loadgen PATH] "
        "[--filter F]\n");
    return 2;
}
