#pragma once

#include "events/EventRecord.h"
#include "receiver/WebhookCrypto.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

//! One HTTP request the responder accepted, exactly as received.
struct Delivery
{
    qint64 id = 0; //!< assigned by the store
    qint64 receivedAtMs = 0;
    QString remoteAddress;
    QByteArray method;
    QByteArray target; //!< path and query as sent
    HeaderList headers; //!< names in the client's spelling, in order
    QByteArray body;
    WebhookCrypto::SignatureVerdict verdict = WebhookCrypto::SignatureVerdict::Missing;
    QByteArray signatureHeader;
    int status = 0; //!< the HTTP status answered (decided before the commit)
};

//! What the store committed for one delivery.
struct StoredDelivery
{
    qint64 deliveryId = 0;
    QList<EventRecord> records;
};

//! One CRC challenge and how it was answered.
struct CrcCheck
{
    qint64 atMs = 0;
    QString remoteAddress;
    int tokenLength = 0;
    bool answered = false; //!< false: rejected (missing or not X-shaped token)
    QString signature; //!< verdict on the optional nonce signature: valid/invalid/missing, or empty
    qint64 latencyUs = 0; //!< first byte of the request to the last byte of the answer
    int status = 0;
    QString reason; //!< why it was rejected
};

//! A request the responder refused before handling it (limits, methods, paths).
struct Rejection
{
    qint64 atMs = 0;
    QString remoteAddress;
    QByteArray method;
    QByteArray target;
    int status = 0;
    QString reason;
};

Q_DECLARE_METATYPE(CrcCheck)
Q_DECLARE_METATYPE(Rejection)
