#pragma once

#include <QString>

//! What kind of thing went wrong; decides the CLI exit code and how the GUI presents it.
enum class ErrorKind {
    Usage, //!< the caller asked for something malformed (bad argument, empty token)
    Config, //!< missing or invalid configuration or credentials
    Network, //!< DNS, TLS, refused connection, timeout
    XApi, //!< X (or the Sandbox) answered with an error
    Storage, //!< the capture store could not read or commit
    Keychain, //!< the OS keychain refused, is locked, absent or not responding
    Io, //!< a local file could not be read or written
    Internal, //!< a bug: an invariant did not hold
};

//! A user-facing failure. `message` is translated and says what happened and what to do;
//! `detail` carries diagnostic text for logs and "details" panes (never a secret).
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QString detail;
    int httpStatus = 0;
    //! Machine-readable cause for scripts and tests: X's reason or code ("CrcValidationFailed",
    //! "214") or a network cause ("timeout"); empty when there is none.
    QString code;

    Error() = default;
    Error(ErrorKind k, QString msg, QString det = {}, int status = 0)
        : kind(k)
        , message(std::move(msg))
        , detail(std::move(det))
        , httpStatus(status)
    { }
};
