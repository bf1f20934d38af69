#include "SampleCapture.h"

#include "events/JsonSpan.h"
#include "store/CaptureWriter.h"

#include <QFile>

#include <array>
#include <vector>

namespace SampleCapture {

namespace {

struct Template
{
    const char *kind;
    const char *fixture;
    const char *uniqueToken; //!< the id that makes each copy a different activity
    bool numeric; //!< the token is a number: copies count up from it
    const char *secondToken = nullptr; //!< another id that has to change with it (numeric)
};

// Each entry's token feeds the decoder's event id, so copies are new activities, not redeliveries.
constexpr std::array<Template, 10> Templates {{
    {"favorite", "aaa/favorite_events.json", "a7ba59eab0bfcba386f7acedac279542", false},
    {"follow", "aaa/follow.json", "1517588749178", true},
    {"post", "aaa/tweet_create_events.json", "973555004052652032", true},
    {"dm", "aaa/direct_message_events.json", "954491830116155396", true},
    {"unfollow", "aaa/unfollow.json", "1517588749178", true},
    {"favorite", "aaa/favorite_events.json", "a7ba59eab0bfcba386f7acedac279542", false},
    {"block", "aaa/block.json", "1517588749178", true},
    {"mute", "aaa/mute.json", "1517588749178", true},
    {"post.create", "xaa/post_create.json", "2080761390344937796", true},
    {"dm.sent", "xaa/dm_sent.json", "2080763914820927863", true, "3577827201104920132"},
}};

constexpr int Users = 20;

const std::vector<QByteArray> &bodies()
{
    static const std::vector<QByteArray> compacted = [] {
        std::vector<QByteArray> out;
        for (const Template &t : Templates) {
            QFile file(QStringLiteral(AAC_SOURCE_DIR "/resources/fixtures/")
                       + QLatin1String(t.fixture));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("missing fixture %s", t.fixture);
            out.push_back(JsonSpan::compact(file.readAll()));
        }
        return out;
    }();
    return compacted;
}

QByteArray userId(qint64 n)
{
    // X's own account for a third of the events, so that "user == 2244994945" selects many.
    const qint64 slot = n % Users;
    return slot < Users / 3 ? QByteArray("2244994945") : QByteArray::number(3000000000LL + slot);
}

QByteArray body(qint64 n)
{
    const Template &t = Templates[size_t(n % qint64(Templates.size()))];
    QByteArray out = bodies()[size_t(n % qint64(Templates.size()))];
    const QByteArray token(t.uniqueToken);
    const QByteArray unique = t.numeric ? QByteArray::number(token.toLongLong() + n)
                                        : token + '-' + QByteArray::number(n);
    out.replace(token, unique);
    if (t.secondToken) {
        const QByteArray second(t.secondToken);
        out.replace(second, QByteArray::number(second.toLongLong() + n));
    }
    out.replace(R"("for_user_id":"2244994945")",
                QByteArray(R"("for_user_id":")" + userId(n) + '"'));
    return out;
}

} // namespace

QByteArray kindOf(qint64 n)
{
    if (n % 500 == 499)
        return "malformed";
    if (n % 100 == 99)
        return "redelivery";
    return Templates[size_t(n % qint64(Templates.size()))].kind;
}

WebhookCrypto::SignatureVerdict verdictOf(qint64 n)
{
    if (n % 200 == 199)
        return WebhookCrypto::SignatureVerdict::Missing;
    if (n % 50 == 49)
        return WebhookCrypto::SignatureVerdict::Invalid;
    return WebhookCrypto::SignatureVerdict::Valid;
}

Delivery delivery(qint64 n)
{
    Delivery d;
    // One delivery every 10 ms, ending now-ish: time filters have a range to work on.
    d.receivedAtMs = 1'790'000'000'000LL + n * 10;
    d.remoteAddress = QStringLiteral("127.0.0.1");
    d.method = "POST";
    d.target = "/webhook";
    const QByteArray kind = kindOf(n);
    if (kind == "redelivery")
        d.body = body(n - 1);
    else if (kind == "malformed")
        d.body = body(n).left(200); // cut off mid-stream
    else
        d.body = body(n);
    d.verdict = verdictOf(n);
    d.signatureHeader = d.verdict == WebhookCrypto::SignatureVerdict::Missing
        ? QByteArray()
        : QByteArray("sha256=c2FtcGxlLXNpZ25hdHVyZS1ub3QtY2hlY2tlZA==");
    d.headers = {{"Host", "127.0.0.1:8321"},
                 {"User-Agent", "X-Webhooks/1.0"},
                 {"Content-Type", "application/json"},
                 {"Content-Length", QByteArray::number(d.body.size())}};
    if (!d.signatureHeader.isEmpty())
        d.headers.append({"X-Twitter-Webhooks-Signature", d.signatureHeader});
    d.status = 200;
    return d;
}

Result<void> write(const QString &path, qint64 count,
                   const std::function<void(qint64 written)> &progress)
{
    CaptureWriter writer;
    const auto started = writer.start({path, CaptureSchema::Durability::Normal});
    if (!started.ok())
        return started.error();
    for (qint64 n = 0; n < count; ++n) {
        writer.submit(delivery(n), nullptr, nullptr);
        if (n % 10000 == 9999) { // keeps the writer's queue, and memory, bounded
            writer.flush();
            if (progress)
                progress(n + 1);
        }
    }
    writer.flush();
    return {};
}

} // namespace SampleCapture
