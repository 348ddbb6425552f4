#include "model/intake/AlertIntake.h"

#include "model/intake/AlertExtractor.h"

AlertIntake::AlertIntake(Database &database) : m_database(database) {}

AlertIntake::~AlertIntake() = default;

QVector<InboxDraft> AlertIntake::add(IntakeSource source, const QString &publisherId)
{
    if (source.language.isEmpty())
        source.language = IntakeRules::languageOf(source.text);
    std::unique_ptr<AlertExtractor> &extractor = m_extractors[source.language];
    if (!extractor)
        extractor =
            std::make_unique<AlertExtractor>(m_database, IntakeRules::forLanguage(source.language));
    QVector<AlertDraft> proposed = extractor->drafts(source.text, source.receivedOn);
    if (!publisherId.isEmpty()) {
        for (AlertDraft &draft : proposed) {
            if (draft.item.organizationId.isEmpty() && draft.newOrganization.isEmpty()) {
                draft.item.organizationId = publisherId;
                draft.reasons << QStringLiteral("organization: the feed's publisher");
            }
        }
    }
    return InboxStore(m_database).add(std::move(source), proposed);
}
