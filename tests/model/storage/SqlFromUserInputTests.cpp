// SQL is built from the program's own words only; whatever a person or a feed supplies
// travels as bound values. SQLite reports the text of every statement it prepares on
// the connection (sqlite3_trace_v2), and none may contain a word that came from outside:
// names, notes, search and filter text, CSV cells and headers, feed entities, fields
// and values, all carrying a marker wrapped in SQL's quotes and comment signs. (The
// trace reports each statement as it starts to run, with its text as prepared.)
#include "model/domain/CoalitionError.h"
#include "model/feed/FeedMerge.h"
#include "model/feed/SyncStore.h"
#include "model/interop/csv/CsvExport.h"
#include "model/interop/csv/CsvImport.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/lists/ActionItemTableModel.h"
#include "model/lists/ContactTableModel.h"
#include "model/lists/OrganizationTableModel.h"
#include "model/storage/SearchIndex.h"
#include "model/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

const QString marker = QStringLiteral("Zq7x");
// What an attacker would try: close the string, add a statement, comment the rest.
const QString hostile = QStringLiteral("O'Zq7x\"; DROP TABLE contacts; -- Zq7x*");

int recordStatement(unsigned type, void *context, void *statement, void *)
{
    if (type == SQLITE_TRACE_STMT) {
        auto *seen = static_cast<QStringList *>(context);
        seen->append(QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt *>(statement))));
    }
    return 0;
}

sqlite3 *handleOf(Database &database)
{
    const QVariant handle = database.connection().driver()->handle();
    REQUIRE(qstrcmp(handle.typeName(), "sqlite3*") == 0);
    return *static_cast<sqlite3 *const *>(handle.data());
}

QString quoted(QString cell)
{
    return QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QByteArray csv(const QStringList &header, int rows)
{
    QStringList names;
    for (const QString &name : header)
        names << quoted(name);
    QByteArray text = names.join(QLatin1Char(',')).toUtf8() + '\n';
    for (int row = 0; row < rows; ++row) {
        QStringList cells;
        const QString n = QString::number(row);
        for (const QString &name : header) {
            // Addresses that pass validation and still carry the marker; free text as is.
            if (name == QLatin1String("email"))
                cells << marker + n + QStringLiteral("@example.org");
            else if (name == QLatin1String("website"))
                cells << QStringLiteral("https://") + marker + n + QStringLiteral(".example.org");
            else if (name == QLatin1String("phone"))
                cells << QStringLiteral("+1 555 010 200") + n;
            else
                cells << quoted(hostile + n);
        }
        text += cells.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return text;
}

FieldValue hostileValue(qint64 wall)
{
    FieldValue value;
    value.value = hostile;
    value.stamp = Stamp{wall, 0, hostile};
    value.author = hostile;
    return value;
}

} // namespace

TEST_CASE("No SQL statement is built from what a person or a feed supplies", "[security]")
{
    TestDatabase t;
    Database &database = *t.database;
    QStringList prepared;
    sqlite3_trace_v2(handleOf(database), SQLITE_TRACE_STMT, recordStatement, &prepared);
    // The trace sees a statement built the wrong way (here, by the test itself).
    QSqlQuery(database.connection()).exec(QStringLiteral("SELECT '%1'").arg(marker));
    REQUIRE(prepared.filter(marker).size() == 1);
    prepared.clear();

    // CSV imports: every column of every table, known headers and unknown ones.
    for (const auto table :
         {EntityKind::Organization, EntityKind::Contact, EntityKind::ActionItem}) {
        const QStringList header = {QStringLiteral("name"),    QStringLiteral("title"),
                                    QStringLiteral("email"),   QStringLiteral("phone"),
                                    QStringLiteral("website"), QStringLiteral("organization"),
                                    QStringLiteral("owner"),   QStringLiteral("notes"),
                                    QStringLiteral("tags"),    hostile};
        for (const auto onMatch : {CsvImport::OnMatch::Create, CsvImport::OnMatch::Update}) {
            const auto result = CsvImport::run(database, table, csv(header, 3), onMatch, false);
            CHECK(result.created + result.updated + result.unchanged > 0);
        }
    }

    // Search and filters, as the pages and the command line pass them on.
    for (const QString &text : {hostile, marker, QStringLiteral("Zq"), QStringLiteral("\"Zq7x")}) {
        SearchIndex(database).search(text);
        ActionItemFilter filter;
        filter.text = text;
        filter.owner = text;
        filter.campaignId = text;
        filter.organizationId = text;
        filter.statuses = {text};
        ActionItemTableModel actions(database);
        actions.setFilter(filter);
        actions.rowCount();
        ContactTableModel contacts(database);
        contacts.setFilter(text, text, text);
        contacts.rowCount();
        OrganizationTableModel organizations(database);
        organizations.setSearchText(text);
        organizations.rowCount();

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(out, CsvWriter::Options());
        CsvExport::write(database, EntityKind::ActionItem, filter,
                         CsvExport::columnNames(EntityKind::ActionItem), writer);
    }

    // A feed whose entities, record ids, fields, devices, authors and values are hostile.
    FeedState remote;
    const qint64 wall = QDateTime::currentMSecsSinceEpoch() + 1000;
    for (const QString &entity : {QStringLiteral("organizations"), QStringLiteral("contacts"),
                                  QStringLiteral("action_items"), hostile}) {
        FeedRecord record;
        for (const QString &field :
             {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("notes"), hostile})
            record.fields.insert(field, hostileValue(wall));
        remote.insert({entity, QStringLiteral("00000000-0000-4000-8000-00000000a001")}, record);
        remote.insert({entity, hostile}, record);
    }
    SyncStore store(database);
    const FeedState local = store.localState();
    {
        Transaction transaction(database);
        try {
            store.apply(local, FeedMerge::merge(local, remote));
            transaction.commit();
        } catch (const CoalitionError &) {
            // Refusing a hostile value is fine; building SQL from it is not.
        }
    }
    SyncStore(database).localState();

    sqlite3_trace_v2(handleOf(database), 0, nullptr, nullptr);
    REQUIRE(prepared.size() > 50); // the trace saw the work
    QStringList built;
    for (const QString &sql : prepared) {
        if (sql.contains(marker, Qt::CaseInsensitive))
            built << sql;
    }
    INFO(built.join(QStringLiteral("\n")).toStdString());
    CHECK(built.isEmpty());
}
