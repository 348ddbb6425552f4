#pragma once

#include "model/lists/PagedQueryModel.h"

// The Organizations list: name, acronym, kind, region and how many contacts and
// campaigns each has, searchable (FTS5) and filterable by kind.
class OrganizationTableModel : public PagedQueryModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Acronym,
        Kind,
        Region,
        Contacts,
        Campaigns,
        ColumnCount
    };

    explicit OrganizationTableModel(Database &database, QObject *parent = nullptr);

    void setSearchText(const QString &text);

protected:
    QVector<PagedQueryModel::Column> columns() const override;
    QString fromClause() const override { return QStringLiteral("organizations o"); }
    QString alias() const override { return QStringLiteral("o"); }
    QPair<QStringList, Bindings> filterConditions() const override;
    QSet<EntityKind> relatedEntities() const override;
    QVariant cellData(const Row &row, int column, int role) const override;

private:
    QString m_text;
};
