#pragma once

#include "model/domain/Organization.h"
#include "model/records/Repository.h"

class OrganizationRepository : public Repository<Organization>
{
public:
    explicit OrganizationRepository(Database &database);

    void validate(Organization &organization) const override;

    // Deletes the organization; its partnerships go with it (ON DELETE CASCADE) and its
    // people and action items stay without an organization (ON DELETE SET NULL). Each of
    // those changes is stamped for sync and reported to the change notifier.
    bool remove(const QString &id) override;

    // Organizations of one kind ("coalition", "government"…), or all when kind is empty.
    QVector<Organization> list(const ListOptions &options = {}, const QString &kind = {}) const;
    // Exact, case-insensitive name or acronym match; used by imports and --campaign-style lookups.
    std::optional<Organization> findByName(const QString &nameOrAcronym) const;
    // The same organization's id only ("" when there is none): an import resolves
    // thousands of names and needs nothing else of them.
    QString idByName(const QString &nameOrAcronym) const;

protected:
    const QVector<RecordMember<Organization>> &members() const override;
    QString defaultSortColumn() const override { return QStringLiteral("name"); }
};
