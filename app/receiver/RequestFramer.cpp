#include "receiver/RequestFramer.h"

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

} // namespace

QByteArray RequestFramer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray RequestFramer::Request::forRouting() const
{
    QByteArray out;
    out.reserve(body.size() + 128);
    out += method + ' ' + target + ' ' + version + "\r\n";
    const QByteArray host = header("host");
    if (!host.isEmpty())
        out += "Host: " + host + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

RequestFramer::RequestFramer(const Limits &limits)
    : m_limits(limits)
{ }

void RequestFramer::append(const QByteArray &bytes)
{
    if (m_state != State::Failed)
        m_buffer.append(bytes);
}

bool RequestFramer::midRequest() const
{
    if (m_state == State::Failed)
        return false;
    if (m_state != State::Head)
        return true;
    for (char c : m_buffer) {
        if (c != '\r' && c != '\n')
            return true;
    }
    return false;
}

RequestFramer::Outcome RequestFramer::fail(int status, const QString &reason, Violation *violation)
{
    m_state = State::Failed;
    m_buffer.clear();
    if (violation)
        *violation = Violation {status, reason};
    return Outcome::Violation;
}

std::optional<qsizetype> RequestFramer::lineEnd(qsizetype from) const
{
    const qsizetype at = m_buffer.indexOf('\n', from);
    if (at < 0)
        return std::nullopt;
    return at;
}

RequestFramer::Outcome RequestFramer::next(Request *request, Violation *violation)
{
    for (;;) {
        switch (m_state) {
        case State::Failed: return Outcome::NeedMore;

        case State::Head: {
            // Empty lines between requests are allowed (RFC 9112 §2.2).
            qsizetype skip = 0;
            while (skip < m_buffer.size() && (m_buffer[skip] == '\r' || m_buffer[skip] == '\n'))
                ++skip;
            if (skip) {
                m_buffer.remove(0, skip);
                m_scan = 0;
            }
            if (m_buffer.isEmpty())
                return Outcome::NeedMore;

            qsizetype headEnd = -1;
            for (qsizetype i = qMax<qsizetype>(0, m_scan - 2); i < m_buffer.size(); ++i) {
                if (m_buffer[i] != '\n')
                    continue;
                if (i + 1 < m_buffer.size() && m_buffer[i + 1] == '\n') {
                    headEnd = i + 2;
                    break;
                }
                if (i + 2 < m_buffer.size() && m_buffer[i + 1] == '\r' && m_buffer[i + 2] == '\n') {
                    headEnd = i + 3;
                    break;
                }
            }
            if (headEnd < 0) {
                // Refuse oversized heads while they are still arriving, not after.
                const qsizetype firstLine = m_buffer.indexOf('\n');
                if ((firstLine < 0 ? m_buffer.size() : firstLine) > m_limits.maxLineBytes)
                    return fail(414,
                                tr("request line longer than %1 bytes").arg(m_limits.maxLineBytes),
                                violation);
                const qsizetype lines = m_buffer.count('\n');
                if (lines > m_limits.maxHeaders + 1)
                    return fail(431, tr("more than %1 header fields").arg(m_limits.maxHeaders),
                                violation);
                const qsizetype lastLine = m_buffer.lastIndexOf('\n');
                if (m_buffer.size() - lastLine - 1 > m_limits.maxLineBytes)
                    return fail(
                        431, tr("a header field longer than %1 bytes").arg(m_limits.maxLineBytes),
                        violation);
                if (m_buffer.size() > m_limits.maxHeadBytes)
                    return fail(431,
                                tr("request head larger than %1 bytes").arg(m_limits.maxHeadBytes),
                                violation);
                m_scan = m_buffer.size();
                return Outcome::NeedMore;
            }
            const Outcome parsed = parseHead(headEnd, violation);
            if (parsed != Outcome::NeedMore)
                return parsed;
            if (m_state == State::Head) { // no body: complete
                *request = std::move(m_current);
                m_current = {};
                m_buffer.remove(0, headEnd);
                m_scan = 0;
                return Outcome::Request;
            }
            continue;
        }

        case State::Body:
            if (m_buffer.size() - m_bodyStart < m_contentLength)
                return Outcome::NeedMore;
            m_current.body = m_buffer.mid(m_bodyStart, m_contentLength);
            m_buffer.remove(0, m_bodyStart + m_contentLength);
            m_state = State::Head;
            m_scan = 0;
            m_expectContinue = false;
            *request = std::move(m_current);
            m_current = {};
            return Outcome::Request;

        case State::ChunkSize: {
            const auto end = lineEnd(m_cursor);
            if (!end) {
                if (m_buffer.size() - m_cursor > 1024)
                    return fail(400, tr("malformed chunk size line"), violation);
                return Outcome::NeedMore;
            }
            QByteArrayView line
                = withoutCr(QByteArrayView(m_buffer).sliced(m_cursor, *end - m_cursor));
            if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
                line = line.first(semicolon); // chunk extensions are ignored
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(400, tr("malformed chunk size"), violation);
            if (m_current.body.size() + size > m_limits.maxBodyBytes)
                return fail(413, tr("body larger than %1 bytes").arg(m_limits.maxBodyBytes),
                            violation);
            m_cursor = *end + 1;
            m_chunkRemaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            continue;
        }

        case State::ChunkData: {
            const qsizetype available = m_buffer.size() - m_cursor;
            if (available < m_chunkRemaining + 1)
                return Outcome::NeedMore;
            const qsizetype after = m_cursor + m_chunkRemaining;
            qsizetype next = -1;
            if (m_buffer[after] == '\n')
                next = after + 1;
            else if (m_buffer[after] == '\r' && available >= m_chunkRemaining + 2)
                next = m_buffer[after + 1] == '\n' ? after + 2 : -2;
            else if (m_buffer[after] == '\r')
                return Outcome::NeedMore;
            if (next < 0)
                return fail(400, tr("chunk data not followed by a line end"), violation);
            m_current.body.append(QByteArrayView(m_buffer).sliced(m_cursor, m_chunkRemaining));
            m_cursor = next;
            m_state = State::ChunkSize;
            continue;
        }

        case State::Trailers: {
            const auto end = lineEnd(m_cursor);
            if (!end) {
                if (m_buffer.size() - m_cursor > m_limits.maxLineBytes)
                    return fail(
                        431, tr("a trailer field longer than %1 bytes").arg(m_limits.maxLineBytes),
                        violation);
                return Outcome::NeedMore;
            }
            const bool empty
                = withoutCr(QByteArrayView(m_buffer).sliced(m_cursor, *end - m_cursor)).isEmpty();
            m_cursor = *end + 1;
            if (!empty)
                continue; // trailer fields are not kept
            m_buffer.remove(0, m_cursor);
            m_cursor = 0;
            m_scan = 0;
            m_state = State::Head;
            m_expectContinue = false;
            *request = std::move(m_current);
            m_current = {};
            return Outcome::Request;
        }
        }
    }
}

RequestFramer::Outcome RequestFramer::parseHead(qsizetype headEnd, Violation *violation)
{
    const QByteArrayView head = QByteArrayView(m_buffer).first(headEnd);
    QList<QByteArrayView> lines;
    qsizetype start = 0;
    while (start < head.size()) {
        const qsizetype nl = head.indexOf('\n', start);
        const QByteArrayView line = withoutCr(head.sliced(start, nl - start));
        start = nl + 1;
        if (line.isEmpty())
            break;
        lines.append(line);
    }
    const QByteArrayView requestLine = lines.value(0);
    if (requestLine.size() > m_limits.maxLineBytes)
        return fail(414, tr("request line longer than %1 bytes").arg(m_limits.maxLineBytes),
                    violation);
    const QList<QByteArray> parts = requestLine.toByteArray().split(' ');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty())
        return fail(400, tr("malformed request line"), violation);
    if (!parts[2].startsWith("HTTP/1."))
        return fail(505, tr("HTTP version %1 is not supported").arg(QString::fromLatin1(parts[2])),
                    violation);
    if (lines.size() - 1 > m_limits.maxHeaders) {
        return fail(431,
                    tr("%1 header fields, more than the limit of %2")
                        .arg(lines.size() - 1)
                        .arg(m_limits.maxHeaders),
                    violation);
    }

    Request request;
    request.method = parts[0];
    request.target = parts[1];
    request.version = parts[2];
    qint64 contentLength = -1;
    bool chunked = false;
    bool keepAlive = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.size() > m_limits.maxLineBytes)
            return fail(431, tr("a header field longer than %1 bytes").arg(m_limits.maxLineBytes),
                        violation);
        if (isSpace(line.front()))
            return fail(400, tr("folded header lines are not allowed"), violation);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, tr("malformed header field"), violation);
        const QByteArrayView name = line.first(colon);
        if (!std::all_of(name.begin(), name.end(), isTokenChar))
            return fail(400, tr("malformed header name"), violation);
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        request.headers.append({name.toByteArray(), value});

        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (contentLength >= 0 && contentLength != length))
                return fail(400, tr("invalid Content-Length"), violation);
            contentLength = length;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            if (!value.trimmed().toLower().endsWith("chunked"))
                return fail(
                    501,
                    tr("Transfer-Encoding %1 is not supported").arg(QString::fromLatin1(value)),
                    violation);
            chunked = true;
        } else if (name.compare("connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &token : value.toLower().split(',')) {
                if (token.trimmed() == "close")
                    request.wantsClose = true;
                else if (token.trimmed() == "keep-alive")
                    keepAlive = true;
            }
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            m_expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (request.version == "HTTP/1.0" && !keepAlive)
        request.wantsClose = true;
    if (chunked && contentLength >= 0)
        return fail(400, tr("both Content-Length and Transfer-Encoding"), violation);
    if (contentLength > m_limits.maxBodyBytes)
        return fail(413,
                    tr("body of %1 bytes is over the limit of %2 bytes")
                        .arg(contentLength)
                        .arg(m_limits.maxBodyBytes),
                    violation);

    m_current = std::move(request);
    m_bodyStart = headEnd;
    if (chunked) {
        m_state = State::ChunkSize;
        m_cursor = headEnd;
    } else if (contentLength > 0) {
        m_state = State::Body;
        m_contentLength = contentLength;
    } else {
        m_state = State::Head;
        m_expectContinue = false;
    }
    return Outcome::NeedMore;
}
