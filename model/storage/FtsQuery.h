#pragma once

#include <QString>
#include <QStringList>

// Turns what a user types into an FTS5 MATCH expression: every word must occur,
// and the last letters typed may be the start of a longer word ("bysta train" finds
// "Bystander Intervention Training"). Each word is quoted, so FTS5 operators and
// punctuation in the input are plain text, never syntax.
namespace FtsQuery {

// The words of text that can be searched for (holding a letter or a digit), as typed.
QStringList searchableWords(const QString &text);
// Empty when the text holds no searchable word.
QString fromUserText(const QString &text);

} // namespace FtsQuery
