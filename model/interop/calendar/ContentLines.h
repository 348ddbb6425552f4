#pragma once

#include <QByteArray>
#include <QString>

// The line format iCalendar (RFC 5545) and vCard (RFC 6350) share: TEXT values escape
// backslash, comma, semicolon and line breaks; lines longer than 75 octets are folded
// (CRLF and a space) without splitting a UTF-8 character; every line ends in CRLF.
namespace ContentLines {

QString escapeText(const QString &text);
// "NAME;PARAMS:value" as folded UTF-8 lines ending in CRLF.
QByteArray line(const QString &nameAndParameters, const QString &value);

} // namespace ContentLines
