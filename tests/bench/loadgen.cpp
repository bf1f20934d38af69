// aac-loadgen: a load generator for the responder's benchmark. Keeps N keep-alive connections busy
// with signed favorite_events POSTs (~700 bytes, each a distinct event), while one more connection
// sends CRC challenges at a fixed rate and measures their answer latency. Prints figures; it
// asserts nothing (benchmarks report, tests assert).
#include <QByteArray>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Connection
{
    int fd = -1;
    bool crc = false;
    bool waiting = false;
    Clock::time_point sentAt;
    QByteArray in;
    QByteArray out;
};

QByteArray body(long n)
{
    // A compact favorite_events payload of about 700 bytes; the favorite id makes each one unique.
    QByteArray b = R"({"for_user_id":"2244994945","favorite_events":[{"id":"fav-)"
        + QByteArray::number(n)
        + R"(","created_at":"Mon Mar 26 16:33:26 +0000 2018","timestamp_ms":1522082006140,"favorited_status":{"created_at":"Mon Mar 26 16:32:58 +0000 2018","id_str":"973555004052652032","text":"Just a test to see how the Account Activity API works for favorites","user":{"id_str":"2244994945","name":"Developers","screen_name":"XDevelopers","location":"San Francisco","followers_count":512345}},"user":{"id_str":"4337869213","name":"Harrison Test","screen_name":"tester","location":"Burlington, MA","followers_count":8,"friends_count":8,"statuses_count":240,"created_at":"Mon Nov 23 21:09:32 +0000 2015","profile_image_url_https":"https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png"}}]})";
    return b;
}

QByteArray post(const QByteArray &secret, long n)
{
    const QByteArray b = body(n);
    const QByteArray sig = "sha256="
        + QMessageAuthenticationCode::hash(b, secret, QCryptographicHash::Sha256).toBase64();
    return "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "X-Twitter-Webhooks-Signature: "
        + sig + "\r\nContent-Length: " + QByteArray::number(b.size()) + "\r\n\r\n" + b;
}

// Index just past one complete response at the start of `in`, or -1.
qsizetype responseEnd(const QByteArray &in, int *status)
{
    const qsizetype head = in.indexOf("\r\n\r\n");
    if (head < 0)
        return -1;
    *status = in.mid(9, 3).toInt();
    qint64 length = 0;
    const qsizetype cl = in.left(head).toLower().indexOf("content-length:");
    if (cl >= 0)
        length = in.mid(cl + 15, in.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
    return in.size() >= head + 4 + length ? head + 4 + length : -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    int port = 8321, connections = 16, seconds = 10, crcRate = 50;
    long rate = 0; // events/s across all connections; 0: as fast as answers come
    QByteArray secret = "bench-secret";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--port")
            port = atoi(argv[i + 1]);
        else if (a == "--connections")
            connections = atoi(argv[i + 1]);
        else if (a == "--seconds")
            seconds = atoi(argv[i + 1]);
        else if (a == "--crc-rate")
            crcRate = atoi(argv[i + 1]);
        else if (a == "--secret")
            secret = argv[i + 1];
        else if (a == "--rate")
            rate = atol(argv[i + 1]);
    }

    const int epoll = epoll_create1(0);
    std::vector<Connection> conns(size_t(connections + 1));
    for (size_t i = 0; i < conns.size(); ++i) {
        Connection &c = conns[i];
        c.crc = i == size_t(connections);
        c.fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr {};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(uint16_t(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (connect(c.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
            perror("connect");
            return 1;
        }
        const int one = 1;
        setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        fcntl(c.fd, F_SETFL, O_NONBLOCK);
        epoll_event ev {};
        ev.events = EPOLLIN;
        ev.data.u64 = i;
        epoll_ctl(epoll, EPOLL_CTL_ADD, c.fd, &ev);
    }

    long next = 0, ok = 0, failed = 0;
    std::vector<double> postLatency, crcLatency;
    postLatency.reserve(1 << 20);
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(seconds);
    auto nextCrc = start;
    const auto crcInterval = std::chrono::microseconds(1'000'000 / std::max(1, crcRate));
    const auto send = [&](Connection &c, const QByteArray &request) {
        c.waiting = true;
        c.sentAt = Clock::now();
        c.out = request;
        while (!c.out.isEmpty()) {
            const ssize_t n = write(c.fd, c.out.constData(), size_t(c.out.size()));
            if (n > 0)
                c.out.remove(0, n);
            else
                break; // the kernel buffer is full: EPOLLOUT is not needed at these sizes
        }
    };
    // With --rate, a connection whose answer came back waits until the schedule allows its next
    // event: the load is a steady stream, like X's, rather than bursts.
    std::vector<size_t> idle;
    const auto allowed = [&] {
        return rate <= 0 ? next + 1 : long(ms(Clock::now() - start) / 1000.0 * double(rate)) + 1;
    };
    for (int i = 0; i < connections; ++i) {
        if (next < allowed())
            send(conns[size_t(i)], post(secret, next++));
        else
            idle.push_back(size_t(i));
    }

    char buffer[65536];
    epoll_event events[64];
    while (Clock::now() < end) {
        Connection &probe = conns.back();
        if (!probe.waiting && Clock::now() >= nextCrc) {
            send(probe,
                 "GET /webhook?crc_token=bench" + QByteArray::number(next)
                     + " HTTP/1.1\r\nHost: x\r\n\r\n");
            nextCrc += crcInterval;
        }
        while (!idle.empty() && next < allowed()) {
            send(conns[idle.back()], post(secret, next++));
            idle.pop_back();
        }
        const int n = epoll_wait(epoll, events, 64, 1);
        for (int e = 0; e < n; ++e) {
            Connection &c = conns[events[e].data.u64];
            ssize_t r;
            while ((r = read(c.fd, buffer, sizeof buffer)) > 0)
                c.in.append(buffer, r);
            int status = 0;
            qsizetype used;
            while ((used = responseEnd(c.in, &status)) > 0) {
                c.in.remove(0, used);
                const double latency = ms(Clock::now() - c.sentAt);
                c.waiting = false;
                if (c.crc) {
                    crcLatency.push_back(latency);
                    continue;
                }
                postLatency.push_back(latency);
                (status == 200 ? ok : failed)++;
                if (Clock::now() >= end)
                    continue;
                if (next < allowed())
                    send(c, post(secret, next++));
                else
                    idle.push_back(size_t(&c - conns.data()));
            }
        }
    }
    const double elapsed = ms(Clock::now() - start) / 1000.0;
    std::printf("connections            %d (+1 CRC prober at %d/s)\n", connections, crcRate);
    if (rate > 0)
        std::printf("offered rate           %ld events/s\n", rate);
    std::printf("duration               %.1f s\n", elapsed);
    std::printf("events acknowledged    %ld (200), %ld other\n", ok, failed);
    std::printf("throughput             %.0f events/s\n", double(ok) / elapsed);
    std::printf("POST latency           p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                percentile(postLatency, 0.5), percentile(postLatency, 0.99),
                percentile(postLatency, 1.0));
    std::printf("CRC answers            %zu, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                crcLatency.size(), percentile(crcLatency, 0.5), percentile(crcLatency, 0.99),
                percentile(crcLatency, 1.0));
    return 0;
}
