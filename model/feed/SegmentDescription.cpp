#include "model/feed/SegmentDescription.h"

#include "model/domain/CoalitionError.h"
#include "model/feed/FeedLines.h"

#include <QCoreApplication>

QByteArray SegmentDescription::toText() const
{
    QByteArray text = kind == Kind::Snapshot ? "kind\tsnapshot\n" : "kind\tchanges\n";
    text += "device\t" + FeedLines::escaped(device) + '\n';
    text += "number\t" + QByteArray::number(number) + '\n';
    text += "previous\t" + previous + '\n';
    text += "schema\t" + QByteArray::number(schema) + '\n';
    text += "fields\t" + QByteArray::number(fields) + '\n';
    for (auto head = heads.cbegin(); head != heads.cend(); ++head)
        text += "head\t" + FeedLines::escaped(head.key()) + '\t' + QByteArray::number(head->first) +
                '\t' + head->second + '\n';
    return text;
}

SegmentDescription SegmentDescription::fromText(const QByteArray &text)
{
    const auto malformed = [] {
        return CoalitionError(QCoreApplication::translate(
            "FeedCodec", "A segment of the feed has a malformed description; nothing was "
                         "changed."));
    };
    SegmentDescription description;
    int seen = 0;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split('\t');
        const QByteArray &name = cells.first();
        const bool ok =
            cells.size() == 2 &&
            ((name == "kind" && (cells[1] == "snapshot" || cells[1] == "changes")) ||
             name == "device" || name == "previous" ||
             (name == "number" && FeedLines::parseNumber(cells[1], description.number)) ||
             (name == "schema" && FeedLines::parseNumber(cells[1], description.schema)) ||
             (name == "fields" && FeedLines::parseNumber(cells[1], description.fields)));
        if (name == "head" && cells.size() == 4) {
            qint64 number = 0;
            if (!FeedLines::parseNumber(cells[2], number))
                throw malformed();
            description.heads.insert(FeedLines::unescaped(cells[1], 0), {number, cells[3]});
            continue;
        }
        if (!ok)
            continue; // a later format 2 may describe more; what this one needs is checked below
        ++seen;
        if (name == "kind")
            description.kind = cells[1] == "snapshot" ? Kind::Snapshot : Kind::Changes;
        else if (name == "device")
            description.device = FeedLines::unescaped(cells[1], 0);
        else if (name == "previous")
            description.previous = cells[1];
    }
    if (seen < 6 || description.device.isEmpty() || description.fields < 0 ||
        (description.kind == Kind::Changes && description.number < 1))
        throw malformed();
    return description;
}
