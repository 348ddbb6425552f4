#include "model/intake/HtmlText.h"

#include <QSet>

#include <libxml/HTMLparser.h>

namespace {

bool isBlock(const QByteArray &name)
{
    static const QSet<QByteArray> blocks = {
        "p",  "div", "li", "ul",         "ol",      "h1",      "h2",     "h3",     "h4",
        "h5", "h6",  "tr", "blockquote", "section", "article", "header", "footer", "table"};
    return blocks.contains(name);
}

void collect(xmlNode *node, QString &text)
{
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            text += QString::fromUtf8(reinterpret_cast<const char *>(node->content))
                        .replace(QLatin1Char('\n'), QLatin1Char(' '));
            continue;
        }
        if (node->type != XML_ELEMENT_NODE)
            continue;
        const QByteArray name = QByteArray(reinterpret_cast<const char *>(node->name)).toLower();
        if (name == "script" || name == "style")
            continue;
        if (name == "br") {
            text += QLatin1Char('\n');
            continue;
        }
        const bool block = isBlock(name);
        if (block)
            text += QStringLiteral("\n\n");
        collect(node->children, text);
        if (block)
            text += QStringLiteral("\n\n");
    }
}

} // namespace

QString HtmlText::toPlain(const QString &html)
{
    if (html.trimmed().isEmpty())
        return {};
    const QByteArray bytes = html.toUtf8();
    htmlDocPtr document =
        htmlReadMemory(bytes.constData(), int(bytes.size()), nullptr, "UTF-8",
                       HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NOIMPLIED | HTML_PARSE_COMPACT);
    if (!document)
        return html.simplified();
    QString text;
    collect(xmlDocGetRootElement(document) ? document->children : nullptr, text);
    xmlFreeDoc(document);
    // Runs of spaces one space, at most one blank line between paragraphs.
    QStringList paragraphs;
    for (const QString &paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString &line : paragraph.split(QLatin1Char('\n'))) {
            if (!line.simplified().isEmpty())
                lines << line.simplified();
        }
        if (!lines.isEmpty())
            paragraphs << lines.join(QLatin1Char('\n'));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}
