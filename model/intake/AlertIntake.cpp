#include "model/intake/AlertIntake.h"

#include "model/intake/AlertExtractor.h"

QVector<InboxDraft> AlertIntake::add(Database &database, IntakeSource source)
{
    if (source.language.isEmpty())
        source.language = IntakeRules::languageOf(source.text);
    const AlertExtractor extractor(database, IntakeRules::forLanguage(source.language));
    const QVector<AlertDraft> proposed = extractor.drafts(source.text, source.receivedOn);
    return InboxStore(database).add(std::move(source), proposed);
}
