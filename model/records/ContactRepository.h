#pragma once

#include "model/domain/Contact.h"
#include "model/records/Repository.h"

class ContactRepository : public Repository<Contact>
{
public:
    explicit ContactRepository(Database &database);

    void validate(Contact &contact) const override;

    // People of one organization and/or of the partner organizations of one campaign.
    QVector<Contact> list(const ListOptions &options = {}, const QString &organizationId = {},
                          const QString &campaignId = {}) const;

protected:
    const QVector<RecordMember<Contact>> &members() const override;
    QString defaultSortColumn() const override { return QStringLiteral("name"); }
};
