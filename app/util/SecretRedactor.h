#pragma once

#include <QByteArray>
#include <QString>

//! Last line of defence against secrets in logs and files: every secret value the process loads is
//! registered here, and the log output and every file writer pass their text through redact().
//! Code must still never log secrets on purpose; this catches the accidents.
namespace SecretRedactor {

inline constexpr int MinimumLength = 6; //!< shorter values would mask ordinary text
inline constexpr char Mask[] = "[redacted]";

void add(const QString &secret);
void clear();
QString redact(QString text);
QByteArray redact(QByteArray bytes);

} // namespace SecretRedactor
