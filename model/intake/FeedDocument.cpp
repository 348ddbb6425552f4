#include "model/intake/FeedDocument.h"

#include "model/domain/CoalitionError.h"
#include "model/intake/HtmlText.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace {

const QString atomNamespace = QStringLiteral("http://www.w3.org/2005/Atom");

CoalitionError refused(const QString &address, const QString &why)
{
    return CoalitionError(
        QCoreApplication::translate("FeedDocument", "The feed %1 was not read: %2")
            .arg(address, why));
}

QDateTime dateOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime at = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!at.isValid())
        at = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(trimmed, Qt::ISODate);
    return at;
}

// One <item> or <entry>, read to its end tag.
FeedEntry readEntry(QXmlStreamReader &xml, bool atom)
{
    FeedEntry entry;
    QString summary, content, id;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == QLatin1String("title")) {
            entry.title =
                HtmlText::toPlain(xml.readElementText(QXmlStreamReader::IncludeChildElements))
                    .simplified();
        } else if (name == QLatin1String("link")) {
            const QString rel = xml.attributes().value(QLatin1String("rel")).toString();
            const QString href = xml.attributes().value(QLatin1String("href")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (atom && (rel.isEmpty() || rel == QLatin1String("alternate")) &&
                entry.link.isEmpty())
                entry.link = href.trimmed();
            else if (!atom && xml.namespaceUri().isEmpty())
                entry.link = text.trimmed();
        } else if (name == QLatin1String("guid") || name == QLatin1String("id")) {
            id = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        } else if (name == QLatin1String("pubDate") || name == QLatin1String("published") ||
                   (name == QLatin1String("updated") && !entry.published.isValid())) {
            entry.published = dateOf(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else if (name == QLatin1String("description") || name == QLatin1String("summary")) {
            summary = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == QLatin1String("content") || name == QLatin1String("encoded")) {
            content = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else {
            xml.skipCurrentElement();
        }
    }
    entry.key = !id.isEmpty() ? id : entry.link;
    // The fuller of the two: a summary is often the content's first sentence.
    const QString body = HtmlText::toPlain(content.size() > summary.size() ? content : summary);
    entry.text = body.startsWith(entry.title) ? body : entry.title + QStringLiteral("\n\n") + body;
    entry.text = entry.text.trimmed();
    if (entry.key.isEmpty())
        entry.key = entry.title + QLatin1Char('|') + entry.published.toString(Qt::ISODate);
    return entry;
}

} // namespace

QVector<FeedEntry> FeedDocument::read(const QByteArray &document, const QString &address)
{
    if (document.trimmed().isEmpty())
        throw refused(address, QCoreApplication::translate("FeedDocument", "it is empty."));
    QXmlStreamReader xml(document);
    QVector<FeedEntry> entries;
    bool atom = false, known = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            // Refused here, before the reader meets a reference and expands it.
            if (!xml.entityDeclarations().isEmpty() ||
                xml.text().contains(QLatin1String("<!ENTITY")))
                throw refused(address, QCoreApplication::translate(
                                           "FeedDocument",
                                           "it declares entities, which a feed has no need of "
                                           "and which can expand without end or read files."));
            continue;
        }
        if (token == QXmlStreamReader::EntityReference)
            throw refused(address,
                          QCoreApplication::translate("FeedDocument", "it refers to an undeclared "
                                                                      "entity (&%1;).")
                              .arg(xml.name()));
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!known) {
            atom = xml.name() == QLatin1String("feed") && xml.namespaceUri() == atomNamespace;
            if (!atom && xml.name() != QLatin1String("rss"))
                throw refused(address, QCoreApplication::translate(
                                           "FeedDocument", "it is neither RSS 2.0 nor Atom 1.0 "
                                                           "(its root element is <%1>).")
                                           .arg(xml.name()));
            known = true;
            continue;
        }
        if ((atom && xml.name() == QLatin1String("entry")) ||
            (!atom && xml.name() == QLatin1String("item")))
            entries << readEntry(xml, atom);
    }
    if (xml.hasError())
        throw refused(address,
                      QCoreApplication::translate("FeedDocument", "it is not well-formed XML (line "
                                                                  "%1: %2).")
                          .arg(xml.lineNumber())
                          .arg(xml.errorString()));
    if (!known)
        throw refused(address, QCoreApplication::translate("FeedDocument", "it is empty."));
    return entries;
}
