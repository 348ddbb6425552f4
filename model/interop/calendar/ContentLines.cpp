#include "model/interop/calendar/ContentLines.h"

namespace ContentLines {

QString escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            escaped += QLatin1Char('\\');
            escaped += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            escaped += QLatin1String("\\n");
        } else {
            escaped += c;
        }
    }
    return escaped;
}

QByteArray line(const QString &nameAndParameters, const QString &value)
{
    const QByteArray full = (nameAndParameters + QLatin1Char(':') + value).toUtf8();
    QByteArray folded;
    int start = 0;
    int limit = 75; // the first line holds 75 octets; continuations 74 after their space
    while (full.size() - start > limit) {
        int end = start + limit;
        // Never cut inside a UTF-8 sequence: back up to a lead byte.
        while (end > start && (static_cast<unsigned char>(full.at(end)) & 0xC0) == 0x80)
            --end;
        folded += full.mid(start, end - start) + QByteArrayLiteral("\r\n ");
        start = end;
        limit = 74;
    }
    folded += full.mid(start) + QByteArrayLiteral("\r\n");
    return folded;
}

} // namespace ContentLines
