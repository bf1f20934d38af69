#pragma once

#include "receiver/RequestFramer.h"
#include "receiver/ResponderSettings.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

//! Defaults and limits of the responder (DESIGN.md "Defaults and limits"); all configurable.
struct ReceiverLimits
{
    RequestFramer::Limits framing; //!< 4 MiB body, 100 headers
    int headerTimeoutMs = 10'000; //!< the whole head must arrive within this, from its first byte
    int idleTimeoutMs = 60'000; //!< keep-alive: close a connection silent for this long
    int maxConnections = 256;
};

struct ReceiverConfig
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8321; //!< 0: any free port
    QString path = QStringLiteral("/webhook");
    QByteArray consumerSecret; //!< signs CRC answers and verifies event signatures
    bool allowUnsigned = false; //!< answer 200 to invalid/missing signatures (still flagged)
    ReceiverLimits limits;

    //! A profile's responder settings; the secret is added by the caller.
    static ReceiverConfig from(const ResponderSettings &settings)
    {
        ReceiverConfig config;
        config.bindAddress = QHostAddress(settings.bindAddress);
        config.port = quint16(settings.port);
        config.path = settings.path;
        config.allowUnsigned = settings.allowUnsigned;
        return config;
    }
};
