#include "tests/fuzz/FuzzTargets.h"

#include "model/domain/CoalitionError.h"
#include "model/intake/AlertIntake.h"
#include "model/intake/FeedDocument.h"
#include "model/intake/HtmlText.h"
#include "model/storage/Transaction.h"
#include "tests/fuzz/FuzzApplication.h"

void FuzzTargets::partnerFeed(const QByteArray &input)
{
    // The bytes as an entry's HTML, then as a whole feed whose entries go through the
    // extractor into the inbox (rolled back for the next input): a partner's server is
    // not ours, and all of this reads what it sends.
    HtmlText::toPlain(QString::fromUtf8(input));
    QVector<FeedEntry> entries;
    try {
        entries = FeedDocument::read(input, QStringLiteral("https://partner.example.org/feed"));
    } catch (const CoalitionError &) {
        return;
    }
    Database &database = FuzzApplication::instance().database();
    Transaction transaction(database);
    AlertIntake intake(database);
    for (const FeedEntry &entry : entries) {
        IntakeSource source;
        source.kind = QStringLiteral("feed");
        source.address = entry.key;
        source.receivedOn = QDate(2021, 12, 15);
        source.text = entry.text;
        try {
            intake.add(source);
        } catch (const CoalitionError &) {
        }
    }
}
