#pragma once

#include "store/Delivery.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

//! Cuts an HTTP/1.1 byte stream into requests and enforces the responder's limits before any of it
//! reaches QHttpServer — which in 6.4 buffers bodies of any size and silently drops every header of
//! a request with more than 100 (qt64-facts.md §1). Feed bytes as they arrive; next() yields each
//! complete request (body de-chunked) or the first violation, after which the stream is dead.
class RequestFramer
{
    Q_DECLARE_TR_FUNCTIONS(RequestFramer)

public:
    struct Limits
    {
        qint64 maxBodyBytes = 4 * 1024 * 1024;
        int maxHeaders = 100;
        int maxLineBytes = 8 * 1024;
        int maxHeadBytes = 64 * 1024;
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray version;
        HeaderList headers; //!< exactly as received: spelling, order, duplicates
        QByteArray body; //!< the entity body (de-chunked)
        bool wantsClose = false; //!< Connection: close, or HTTP/1.0 without keep-alive

        QByteArray header(const QByteArray &name) const; //!< first value, case-insensitive
        //! The request as QHttpServer is given it: the same request line and body, with only the
        //! headers it needs to route and answer (Host, a plain Content-Length instead of chunks).
        //! Handlers read the exact headers from the framer, not from QHttpServer, which in 6.4
        //! parses headers one byte at a time.
        QByteArray forRouting() const;
    };

    struct Violation
    {
        int status = 400;
        QString reason;
    };

    enum class Outcome { NeedMore, Request, Violation };

    explicit RequestFramer(const Limits &limits);

    void append(const QByteArray &bytes);
    Outcome next(Request *request, Violation *violation);

    //! Part of a request is buffered (not counting the empty lines allowed between requests).
    bool midRequest() const;
    //! The head of the current request is complete; its body may still be arriving.
    bool headComplete() const { return m_state != State::Head && m_state != State::Failed; }
    //! The current request asked for `100 Continue` and its body has not arrived yet.
    bool wantsContinue() const { return headComplete() && m_expectContinue; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, Trailers, Failed };

    Outcome fail(int status, const QString &reason, Violation *violation);
    Outcome parseHead(qsizetype headEnd, Violation *violation);
    std::optional<qsizetype> lineEnd(qsizetype from) const;

    Limits m_limits;
    QByteArray m_buffer;
    State m_state = State::Head;
    qsizetype m_scan = 0; //!< where to continue looking for the end of the head / of a line
    qsizetype m_bodyStart = 0;
    qsizetype m_cursor = 0; //!< chunked parsing position
    qint64 m_contentLength = 0;
    qint64 m_chunkRemaining = 0;
    bool m_expectContinue = false;
    Request m_current;
};
