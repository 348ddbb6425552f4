#include "tests/support/CoalitionProcess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

// The placeholders a text uses (%1 … %99, %n), which its translation must keep.
QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

QVector<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QVector<Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations << xml.readElementText();
            }
            if (message.translations.isEmpty())
                message.translations << text;
            messages << message;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

} // namespace

TEST_CASE("The Spanish translation is complete and keeps every placeholder", "[translation]")
{
    const QVector<Message> messages =
        readTs(QStringLiteral(COALITION_TRANSLATIONS_DIR "/coalition_es.ts"));
    REQUIRE(messages.size() > 400);
    int checked = 0;
    for (const Message &message : messages) {
        INFO(message.context.toStdString() << ": " << message.source.toStdString());
        CHECK(message.type.isEmpty()); // not unfinished, vanished or obsolete
        for (const QString &translation : message.translations) {
            CHECK_FALSE(translation.trimmed().isEmpty());
            CHECK(placeholders(translation) == placeholders(message.source));
            // An accelerator stays an accelerator: '&' before a letter, in both or neither.
            static const QRegularExpression accelerator(QStringLiteral("&\\w"));
            CHECK(message.source.contains(accelerator) == translation.contains(accelerator));
            // "feed" is English; Spanish says "canal" (only option names such as --feed
            // and --create-feed stay as the program takes them).
            static const QRegularExpression englishFeed(QStringLiteral("(?<![-\\w])[Ff]eeds?\\b"));
            CHECK_FALSE(translation.contains(englishFeed));
        }
        ++checked;
    }
    CHECK(checked == messages.size());
}

TEST_CASE("Coalition speaks Spanish where the system does and English elsewhere", "[translation]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCoalition({QStringLiteral("demo"), QStringLiteral("--db"), db}).exitCode == 0);
    const QStringList agenda = {
        QStringLiteral("agenda"),  QStringLiteral("--db"),       db,
        QStringLiteral("--today"), QStringLiteral("2021-12-15"), QStringLiteral("--days"),
        QStringLiteral("3")};
    // The language as a desktop session sets it, and with no translation for it.
    const ProcessRun spanish =
        runCoalition(agenda, {QStringLiteral("LANG=es_MX.UTF-8"),
                              QStringLiteral("LANGUAGE=es_MX:es"), QStringLiteral("LC_ALL=")});
    REQUIRE(spanish.exitCode == 0);
    CHECK(spanish.out.contains(QLatin1String("Agenda del")));
    CHECK(spanish.out.contains(QString::fromUtf8("próximos 3 días")));
    const ProcessRun german =
        runCoalition(agenda, {QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de"),
                              QStringLiteral("LC_ALL=")});
    REQUIRE(german.exitCode == 0);
    CHECK(german.out.contains(QLatin1String("Agenda for")));
    // Spanish chosen for the interface alone (LANGUAGE), on an English system: the dates
    // follow the interface's language.
    const ProcessRun interfaceOnly =
        runCoalition(agenda, {QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=es"),
                              QStringLiteral("LC_ALL=")});
    REQUIRE(interfaceOnly.exitCode == 0);
    CHECK(interfaceOnly.out.contains(QString::fromUtf8("miércoles, 15 de diciembre de 2021")));
    CHECK_FALSE(interfaceOnly.out.contains(QLatin1String("Wednesday")));
    CHECK(german.out.contains(QLatin1String("Wednesday")));
    // A usage error, in Spanish too.
    const ProcessRun wrong =
        runCoalition({QStringLiteral("agenda"), QStringLiteral("--days"), QStringLiteral("x")},
                     {QStringLiteral("LANGUAGE=es"), QStringLiteral("LC_ALL=es_ES.UTF-8")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QString::fromUtf8("número entero de días")));
}
