// bench_store: the capture writer alone — decode, dedupe, insert, group commit — fed from one
// thread as fast as it accepts, to measure its cost per event without HTTP in the way.
#include "store/CaptureWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 50000;
    // A second argument keeps the store (the event-browser benchmark opens it).
    QTemporaryDir dir;
    const QString path
        = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.db"));
    CaptureWriter writer;
    if (!writer.start({path, CaptureSchema::Durability::Normal}).ok())
        return 1;
    QElapsedTimer timer;
    timer.start();
    const clock_t cpuStart = clock();
    for (int i = 0; i < count; ++i) {
        Delivery d;
        d.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        d.remoteAddress = QStringLiteral("127.0.0.1");
        d.method = "POST";
        d.target = "/webhook";
        d.headers = {
            {"Host", "127.0.0.1:8321"},
            {"Content-Type", "application/json"},
            {"X-Twitter-Webhooks-Signature", "sha256=YWHphPn/JFq43jkF0y4/w8R/SelmLjvpunhVFY8JhlI="},
            {"Content-Length", "700"}};
        d.body = R"({"for_user_id":"2244994945","favorite_events":[{"id":"fav-)"
            + QByteArray::number(i)
            + R"(","created_at":"Mon Mar 26 16:33:26 +0000 2018","timestamp_ms":1522082006140,"favorited_status":{"created_at":"Mon Mar 26 16:32:58 +0000 2018","id_str":"973555004052652032","text":"Just a test to see how the Account Activity API works for favorites","user":{"id_str":"2244994945","name":"Developers","screen_name":"XDevelopers","location":"San Francisco","followers_count":512345}},"user":{"id_str":"4337869213","name":"Harrison Test","screen_name":"tester","location":"Burlington, MA","followers_count":8,"friends_count":8,"statuses_count":240,"created_at":"Mon Nov 23 21:09:32 +0000 2015","profile_image_url_https":"https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png"}}]})";
        d.verdict = WebhookCrypto::SignatureVerdict::Valid;
        d.status = 200;
        writer.submit(std::move(d), nullptr, nullptr);
    }
    writer.flush();
    const double seconds = timer.elapsed() / 1000.0;
    const double cpu = double(clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("events                 %d\n", count);
    std::printf("wall                   %.2f s (%.0f events/s)\n", seconds, count / seconds);
    std::printf("process CPU per event  %.1f us (feeding thread included)\n", cpu / count * 1e6);
    return 0;
}
