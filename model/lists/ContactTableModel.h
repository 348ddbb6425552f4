#pragma once

#include "model/lists/PagedQueryModel.h"

// The Contacts list: every person with organization, role, email and phone, narrowed
// by organization, by campaign (people of its partner organizations) and by words.
class ContactTableModel : public PagedQueryModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Organization,
        Role,
        Email,
        Phone,
        ColumnCount
    };

    explicit ContactTableModel(Database &database, QObject *parent = nullptr);

    void setFilter(const QString &text, const QString &organizationId, const QString &campaignId);
    QString email(int row) const
    {
        return row >= 0 && row < rowCount() ? rowAt(row).values.at(Email).toString() : QString();
    }

protected:
    QVector<PagedQueryModel::Column> columns() const override;
    QString fromClause() const override;
    QString countFromClause() const override { return QStringLiteral("contacts k"); }
    QString alias() const override { return QStringLiteral("k"); }
    QPair<QStringList, Bindings> filterConditions() const override;
    QSet<EntityKind> relatedEntities() const override { return {EntityKind::Organization}; }
    QVariant cellData(const Row &row, int column, int role) const override;

private:
    QString m_text;
    QString m_organizationId;
    QString m_campaignId;
};
