#include "RawHttpClient.h"

#include <QDeadlineTimer>
#include <QHostAddress>

QByteArray RawHttpClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RawHttpClient::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    return m_socket.waitForConnected(timeoutMs);
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.waitForBytesWritten(5000);
}

bool RawHttpClient::fill(int timeoutMs)
{
    if (!m_socket.waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket.readAll();
    return true;
}

RawHttpClient::Response RawHttpClient::readResponse(int timeoutMs)
{
    Response response;
    QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (deadline.hasExpired() || !fill(int(deadline.remainingTime())))
            return response;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    response.status = lines.value(0).mid(9, 3).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        if (line.left(colon).compare("content-length", Qt::CaseInsensitive) == 0)
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    while (m_buffer.size() < headEnd + 4 + length) {
        if (deadline.hasExpired() || !fill(int(deadline.remainingTime())))
            return response;
    }
    response.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    response.complete = true;
    return response;
}

bool RawHttpClient::waitForClose(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_socket.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 100))))
            m_buffer += m_socket.readAll();
    }
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

QByteArray RawHttpClient::post(const QByteArray &path, const QByteArray &body,
                               const QList<QByteArray> &extraHeaders)
{
    QByteArray request
        = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
    for (const QByteArray &header : extraHeaders)
        request += header + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return request;
}

QByteArray RawHttpClient::get(const QByteArray &target, const QList<QByteArray> &extraHeaders)
{
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &header : extraHeaders)
        request += header + "\r\n";
    return request + "\r\n";
}
