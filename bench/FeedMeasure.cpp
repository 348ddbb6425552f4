// How long a partner's feed of 200 entries takes to read into the Inbox (docs/intake.md):
// the RSS document parsed (FeedDocument) and every entry drafted and stored in one
// transaction (AlertIntake), on the demo database. The fetch itself is left out: over the
// loopback it is a few milliseconds, over a network whatever the network takes.
#include "model/domain/ShiftedClock.h"
#include "model/intake/AlertIntake.h"
#include "model/intake/FeedDocument.h"
#include "model/sample/SampleDataLoader.h"
#include "model/storage/Database.h"
#include "model/storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = 200;
    QByteArray document =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Partner news</title>";
    for (int i = 0; i < count; ++i)
        document += QStringLiteral(
                        "<item><guid>entry-%1</guid><title>Week %1: our asks</title><link>"
                        "https://partner.example.org/news/%1</link><pubDate>Wed, 15 Dec 2021 "
                        "10:00:00 +0000</pubDate><description>&lt;p&gt;DRUM is calling on "
                        "Governor Hochul to add $3 billion to the Excluded Workers Fund by "
                        "December %2, 2021.&lt;/p&gt;&lt;p&gt;Sign the petition for the New Way "
                        "Forward Act and share it with your members.&lt;/p&gt;&lt;p&gt;Our "
                        "members marched again this week; thank you to everyone who came."
                        "&lt;/p&gt;</description></item>")
                        .arg(i)
                        .arg(1 + i % 28)
                        .toUtf8();
    document += "</channel></rss>";

    QTemporaryDir folder;
    const ShiftedClock clock(QDate(2021, 12, 15));
    auto database = Database::open(folder.filePath(QStringLiteral("demo.sqlite")), clock);
    SampleDataLoader::load(*database);

    QElapsedTimer timer;
    timer.start();
    const QVector<FeedEntry> entries =
        FeedDocument::read(document, QStringLiteral("https://partner.example.org/feed"));
    const qint64 parsed = timer.elapsed();
    int drafts = 0;
    AlertIntake intake(*database);
    Transaction transaction(*database);
    for (const FeedEntry &entry : entries) {
        IntakeSource source;
        source.kind = QStringLiteral("feed");
        source.address = entry.key;
        source.receivedOn = entry.published.date();
        source.text = entry.text;
        drafts += int(intake.add(source).size());
    }
    transaction.commit();
    QTextStream(stdout) << QStringLiteral("feed of %1 entries (%2 KB): read in %3 ms, %4 drafts "
                                          "in the Inbox in %5 ms in all\n")
                               .arg(entries.size())
                               .arg(document.size() / 1024)
                               .arg(parsed)
                               .arg(drafts)
                               .arg(timer.elapsed());
    return entries.size() == count ? 0 : 1;
}
