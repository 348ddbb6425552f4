#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

// One entry of a partner's news feed.
struct FeedEntry
{
    QString key; // its guid (RSS) or id (Atom), else its link: what was seen is remembered by it
    QString title;
    QString link;
    QDateTime published; // invalid when the feed gives no date
    QString text;        // the title, then the summary or content as plain text
};

// Reads an RSS 2.0 or Atom 1.0 document with QXmlStreamReader. A document that declares
// entities in a DTD is refused before any is expanded (a "billion laughs" would grow
// without end; an external one would read a file or the network); one that is not
// well-formed, or is neither RSS nor Atom, is refused whole with the line where it went
// wrong. Throws CoalitionError; `address` names the feed in messages.
namespace FeedDocument {

QVector<FeedEntry> read(const QByteArray &document, const QString &address);

} // namespace FeedDocument
