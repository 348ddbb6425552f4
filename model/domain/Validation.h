#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

// Parsing and checks shared by repositories, importers and the command line. They
// answer "is this acceptable?" and normalise; the callers word the error.
namespace Validation {

// Strict YYYY-MM-DD that names a real calendar day; null QDate otherwise.
QDate parseDate(const QString &text);

// For typed-in dates: empty text is "no date"; anything else must be a real
// YYYY-MM-DD day, or ValidationError(field) says so.
QDate optionalDate(const QString &text, const QString &field);

bool isEmail(const QString &text);

// Accepts "example.org/page" and "https://example.org/page"; returns the address
// with a scheme (https:// when none was given), or nothing if it is not http(s).
std::optional<QString> normalizedWebAddress(const QString &text);

// Digits, spaces and + ( ) - . / x, with at least five digits.
bool isPhone(const QString &text);

bool isUuid(const QString &text);

// Tags as stored: trimmed, without commas, case-insensitively unique, in given order.
QStringList normalizedTags(const QStringList &tags);
QString joinTags(const QStringList &tags);
QStringList splitTags(const QString &stored);

} // namespace Validation
