#include "model/interop/csv/CsvExport.h"
#include "model/interop/csv/CsvImport.h"
#include "model/interop/csv/CsvReader.h"
#include "model/interop/csv/CsvWriter.h"
#include "model/records/ActionItemRepository.h"
#include "model/storage/Statement.h"
#include "tests/support/FileSnapshot.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TimeZone.h"

#include <catch2/catch.hpp>

#include <QBuffer>

namespace {

std::optional<ActionItem> titled(Database &database, const char *title)
{
    for (const ActionItem &item : ActionItemRepository(database).list({}))
        if (item.title == QLatin1String(title))
            return item;
    return std::nullopt;
}

QByteArray exported(Database &database)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, CsvWriter::Options());
    CsvExport::write(database, EntityKind::ActionItem, {}, {}, writer);
    return buffer.data();
}

QString cell(const QByteArray &csv, const QString &title, const QString &column)
{
    CsvReader reader(csv);
    REQUIRE(reader.next());
    const QStringList headers = reader.row();
    while (reader.next()) {
        if (reader.row().value(int(headers.indexOf(QStringLiteral("title")))) == title)
            return reader.row().value(int(headers.indexOf(column)));
    }
    return QStringLiteral("(no row)");
}

} // namespace

TEST_CASE("Event columns import in the laptop's time zone and export back in UTC", "[import]")
{
    TimeZone newYork("America/New_York");
    TestDatabase t;
    const QByteArray csv = "Title,Event start,Event end,Location\n"
                           "Vigil for Christian Hall,12/30/2021 6:30 PM,12/30/2021 8:00 PM,"
                           "Hollywood Park\n"
                           "Week of action,3/1/2021,3/5/2021,\n"
                           "Coalition call,2021-12-20T23:00:00Z,,\n";
    const auto result =
        CsvImport::run(*t.database, EntityKind::ActionItem, csv, CsvImport::OnMatch::Update, false);
    INFO((result.rejected.isEmpty() ? QString() : result.rejected.first().message).toStdString());
    REQUIRE(result.created == 3);

    const auto vigil = titled(*t.database, "Vigil for Christian Hall");
    REQUIRE(vigil);
    CHECK(vigil->eventStart == QDateTime(QDate(2021, 12, 30), QTime(23, 30), Qt::UTC));
    CHECK(vigil->eventEnd == QDateTime(QDate(2021, 12, 31), QTime(1, 0), Qt::UTC));
    CHECK_FALSE(vigil->allDay);
    CHECK(vigil->dueDate == QDate(2021, 12, 30)); // the local day, not UTC's 31st
    CHECK(vigil->location == QLatin1String("Hollywood Park"));

    // Days without times: an all-day event, its days whatever the zone.
    const auto week = titled(*t.database, "Week of action");
    REQUIRE(week);
    CHECK(week->allDay);
    CHECK(week->eventStart == QDateTime(QDate(2021, 3, 1), QTime(0, 0), Qt::UTC));
    CHECK(week->eventEnd == QDateTime(QDate(2021, 3, 5), QTime(0, 0), Qt::UTC));

    const auto call = titled(*t.database, "Coalition call");
    REQUIRE(call);
    CHECK(call->eventStart == QDateTime(QDate(2021, 12, 20), QTime(23, 0), Qt::UTC));

    // The export writes UTC and the flag; read back, it changes nothing.
    const QByteArray csvOut = exported(*t.database);
    CHECK(cell(csvOut, vigil->title, QStringLiteral("event_start")) ==
          QLatin1String("2021-12-30T23:30:00.000Z"));
    CHECK(cell(csvOut, week->title, QStringLiteral("all_day")) == QLatin1String("yes"));
    CHECK(cell(csvOut, vigil->title, QStringLiteral("all_day")).isEmpty());
    const auto again = CsvImport::run(*t.database, EntityKind::ActionItem, csvOut,
                                      CsvImport::OnMatch::Update, false);
    CHECK(again.rejected.isEmpty());
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
}

TEST_CASE("An event time or all-day cell that reads as nothing is refused by line", "[import]")
{
    TestDatabase t;
    Statement(t.database->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    const QByteArray before = databaseBytes(t.path());
    const QByteArray csv = "title,event start,event end,all day\n"
                           "Good,2021-12-30 18:30,,\n"
                           "Bad hour,2021-12-30 25:00,,\n"
                           "Bad flag,2021-12-30,,maybe\n"
                           "End first,2021-12-30 18:30,2021-12-30 17:00,\n"
                           "End alone,,2021-12-30 17:00,\n";
    const auto result =
        CsvImport::run(*t.database, EntityKind::ActionItem, csv, CsvImport::OnMatch::Update, false);
    CHECK_FALSE(result.written);
    REQUIRE(result.rejected.size() == 4);
    CHECK(result.rejected[0].line == 3);
    CHECK(result.rejected[0].message.contains(QLatin1String("25:00")));
    CHECK(result.rejected[1].line == 4);
    CHECK(result.rejected[1].message.contains(QLatin1String("maybe")));
    CHECK(result.rejected[2].line == 5);
    CHECK(result.rejected[2].message.contains(QLatin1String("ends before it starts")));
    CHECK(result.rejected[3].line == 6);
    CHECK(result.rejected[3].message.contains(QLatin1String("no start")));
    CHECK(databaseBytes(t.path()) == before);
}

TEST_CASE("A repeating item's rule exports as a sentence with the rule and imports back",
          "[import]")
{
    TestDatabase t;
    const QByteArray csv = "Title,Due date,Repeats\n"
                           "Coalition call,2021-12-21,FREQ=WEEKLY;BYDAY=TU\n"
                           "Monthly report,2022-01-03,RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=6\n";
    const auto result =
        CsvImport::run(*t.database, EntityKind::ActionItem, csv, CsvImport::OnMatch::Update, false);
    INFO((result.rejected.isEmpty() ? QString() : result.rejected.first().message).toStdString());
    REQUIRE(result.created == 2);
    const auto call = titled(*t.database, "Coalition call");
    REQUIRE(call);
    CHECK(call->recurrence == QLatin1String("FREQ=WEEKLY;BYDAY=TU"));
    CHECK(call->seriesStart == QDate(2021, 12, 21));

    const QByteArray csvOut = exported(*t.database);
    const QString cellText = cell(csvOut, call->title, QStringLiteral("recurrence"));
    CHECK(cellText.endsWith(QLatin1String("[FREQ=WEEKLY;BYDAY=TU]")));
    CHECK(cellText.contains(QLatin1String("Tuesday")));
    const auto again = CsvImport::run(*t.database, EntityKind::ActionItem, csvOut,
                                      CsvImport::OnMatch::Update, false);
    CHECK(again.rejected.isEmpty());
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 2);

    const auto bad = CsvImport::run(*t.database, EntityKind::ActionItem,
                                    "Title,Due date,Repeats\nX,2021-12-21,every other blue moon\n",
                                    CsvImport::OnMatch::Update, false);
    REQUIRE(bad.rejected.size() == 1);
    CHECK(bad.rejected.first().message.contains(QLatin1String("not a rule for repeating")));
}
