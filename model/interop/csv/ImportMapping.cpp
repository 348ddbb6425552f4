#include "model/interop/csv/ImportMapping.h"

#include <QMap>

namespace {

QString squeezed(const QString &header)
{
    QString key;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber())
            key += c;
    }
    return key;
}

// Field -> accepted header names (squeezed). The field's own name is always accepted.
const QMap<QString, QStringList> &synonyms(ImportMapping::Table table)
{
    static const QMap<QString, QStringList> contacts = {
        {QStringLiteral("id"), {}},
        {QStringLiteral("name"),
         {QStringLiteral("fullname"), QStringLiteral("contact"), QStringLiteral("person"),
          QStringLiteral("contactname")}},
        {QStringLiteral("role"),
         {QStringLiteral("title"), QStringLiteral("position"), QStringLiteral("jobtitle")}},
        {QStringLiteral("organization"),
         {QStringLiteral("org"), QStringLiteral("organisation"), QStringLiteral("company"),
          QStringLiteral("group"), QStringLiteral("organizationname")}},
        {QStringLiteral("email"), {QStringLiteral("emailaddress"), QStringLiteral("mail")}},
        {QStringLiteral("phone"),
         {QStringLiteral("phonenumber"), QStringLiteral("telephone"), QStringLiteral("tel"),
          QStringLiteral("mobile"), QStringLiteral("cell")}},
        {QStringLiteral("notes"), {QStringLiteral("note"), QStringLiteral("comments")}},
        {QStringLiteral("tags"), {QStringLiteral("labels")}},
    };
    static const QMap<QString, QStringList> organizations = {
        {QStringLiteral("id"), {}},
        {QStringLiteral("name"),
         {QStringLiteral("organization"), QStringLiteral("org"), QStringLiteral("organisation"),
          QStringLiteral("organizationname")}},
        {QStringLiteral("acronym"), {QStringLiteral("shortname"), QStringLiteral("abbreviation")}},
        {QStringLiteral("kind"), {QStringLiteral("type")}},
        {QStringLiteral("region"),
         {QStringLiteral("city"), QStringLiteral("cityorregion"), QStringLiteral("location"),
          QStringLiteral("state")}},
        {QStringLiteral("website"),
         {QStringLiteral("web"), QStringLiteral("url"), QStringLiteral("site"),
          QStringLiteral("homepage")}},
        {QStringLiteral("email"), {QStringLiteral("emailaddress"), QStringLiteral("mail")}},
        {QStringLiteral("phone"),
         {QStringLiteral("phonenumber"), QStringLiteral("telephone"), QStringLiteral("tel")}},
        {QStringLiteral("description"), {QStringLiteral("about"), QStringLiteral("notes")}},
        {QStringLiteral("tags"), {QStringLiteral("labels")}},
    };
    static const QMap<QString, QStringList> actions = {
        {QStringLiteral("id"), {}},
        {QStringLiteral("title"),
         {QStringLiteral("action"), QStringLiteral("task"), QStringLiteral("actionitem"),
          QStringLiteral("name")}},
        {QStringLiteral("kind"), {QStringLiteral("type")}},
        {QStringLiteral("campaign"), {QStringLiteral("campaignname")}},
        {QStringLiteral("organization"),
         {QStringLiteral("org"), QStringLiteral("organisation"), QStringLiteral("partner")}},
        {QStringLiteral("owner"),
         {QStringLiteral("assignee"), QStringLiteral("assignedto"), QStringLiteral("who")}},
        {QStringLiteral("due_date"),
         {QStringLiteral("due"), QStringLiteral("deadline"), QStringLiteral("date"),
          QStringLiteral("duedate")}},
        {QStringLiteral("location"), {QStringLiteral("where"), QStringLiteral("place")}},
        {QStringLiteral("status"), {QStringLiteral("state")}},
        {QStringLiteral("priority"), {}},
        {QStringLiteral("link"), {QStringLiteral("url"), QStringLiteral("website")}},
        {QStringLiteral("notes"),
         {QStringLiteral("note"), QStringLiteral("comments"), QStringLiteral("description")}},
        {QStringLiteral("tags"), {QStringLiteral("labels")}},
    };
    switch (table) {
    case ImportMapping::Table::Contacts:
        return contacts;
    case ImportMapping::Table::Organizations:
        return organizations;
    case ImportMapping::Table::ActionItems:
        break;
    }
    return actions;
}

} // namespace

ImportMapping::ImportMapping(Table table, const QStringList &headers) : m_headers(headers)
{
    const auto &known = synonyms(table);
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = squeezed(headers.at(column));
        for (auto it = known.cbegin(); it != known.cend(); ++it) {
            if (key == squeezed(it.key()) || it.value().contains(key)) {
                if (!has(it.key())) // the first column that names a field wins
                    m_fields.insert(column, it.key());
                break;
            }
        }
    }
}

int ImportMapping::columnOf(const QString &field) const
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.value() == field)
            return it.key();
    }
    return -1;
}

QStringList ImportMapping::unmappedHeaders() const
{
    QStringList unmapped;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (!m_fields.contains(column))
            unmapped << m_headers.at(column);
    }
    return unmapped;
}

QString ImportMapping::describe() const
{
    QStringList pairs;
    for (int column = 0; column < m_headers.size(); ++column) {
        if (m_fields.contains(column))
            pairs << QStringLiteral("%1 → %2").arg(m_headers.at(column), m_fields.value(column));
    }
    return pairs.join(QStringLiteral(", "));
}
