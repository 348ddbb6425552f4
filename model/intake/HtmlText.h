#pragma once

#include <QString>

// The words of an HTML fragment (a feed entry's summary or content) as plain text, read by
// libxml2's HTML parser: paragraphs, list items, headings and line breaks become line
// ends, so the extractor still sees where a sentence or a call to action ends; script and
// style are dropped; character references are decoded. The parser reads no network and
// no file.
namespace HtmlText {

QString toPlain(const QString &html);

} // namespace HtmlText
