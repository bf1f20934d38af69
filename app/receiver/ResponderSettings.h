#pragma once

#include <QString>

//! How a profile's local responder listens (DESIGN.md "Defaults and limits"): loopback by default,
//! since a tunnel goes in front; binding elsewhere is an explicit choice.
struct ResponderSettings
{
    static constexpr int DefaultPort = 8321;

    int port = DefaultPort;
    QString path = QStringLiteral("/webhook");
    QString bindAddress = QStringLiteral("127.0.0.1");
    //! Answer event POSTs with a missing or invalid signature 200 instead of 401 (they are stored
    //! and flagged either way).
    bool allowUnsigned = false;

    friend bool operator==(const ResponderSettings &a, const ResponderSettings &b)
    {
        return a.port == b.port && a.path == b.path && a.bindAddress == b.bindAddress
            && a.allowUnsigned == b.allowUnsigned;
    }
    friend bool operator!=(const ResponderSettings &a, const ResponderSettings &b)
    {
        return !(a == b);
    }
};
