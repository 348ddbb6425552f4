#include "model/domain/ValidationError.h"
#include "model/interop/csv/SpreadsheetDates.h"

#include <catch2/catch.hpp>

namespace {

QDate read(const SpreadsheetDates &dates, const char *text)
{
    return dates.parse(QString::fromUtf8(text), QStringLiteral("due_date"));
}

SpreadsheetDates observed(std::initializer_list<const char *> texts,
                          SpreadsheetDates::Order chosen = SpreadsheetDates::Order::Unknown)
{
    SpreadsheetDates dates(chosen);
    int line = 2;
    for (const char *text : texts)
        dates.observe(QString::fromUtf8(text), line++);
    return dates;
}

} // namespace

TEST_CASE("Spreadsheet dates read in the forms Excel and LibreOffice write - with or without "
          "times",
          "[csv]")
{
    const SpreadsheetDates us = observed({"12/21/2021", "1/5/2022"});
    CHECK(us.order() == SpreadsheetDates::Order::MonthFirst);
    const QDate december21(2021, 12, 21);
    CHECK(read(us, "12/21/2021") == december21);
    CHECK(read(us, "1/5/2022") == QDate(2022, 1, 5));
    CHECK(read(us, "12/21/21") == december21);
    CHECK(read(us, "12/21/2021 14:30") == december21);
    CHECK(read(us, "12/21/2021 2:30 PM") == december21);
    CHECK(read(us, "12/21/2021 02:30:00 p.m.") == december21);
    CHECK(read(us, "2021-12-21") == december21);
    CHECK(read(us, "2021-12-21T00:00:00") == december21);
    CHECK(read(us, "2021-12-21 00:00:00") == december21);
    CHECK(read(us, "2021-12-21T09:00:00Z") == december21);
    CHECK(read(us, "2021/12/21") == december21);
    CHECK(read(us, "21.12.2021") == december21); // dots are day first everywhere
    CHECK(read(us, "21.12.2021 18:00") == december21);
    CHECK(read(us, "") == QDate());
    CHECK(read(us, "   ") == QDate());

    const SpreadsheetDates european = observed({"03/04/2021", "21/12/2021"});
    CHECK(european.order() == SpreadsheetDates::Order::DayFirst);
    CHECK(read(european, "21/12/2021") == december21);
    CHECK(read(european, "03/04/2021") == QDate(2021, 4, 3)); // from the other line
    CHECK(read(european, "21-12-2021") == december21);
}

TEST_CASE("Spreadsheet dates that are no date are refused with the text and the forms", "[csv]")
{
    const SpreadsheetDates dates = observed({"12/21/2021"});
    for (const char *bad : {"12/32/2021", "2/30/2021", "2021-02-29", "13/13/2021", "next week",
                            "2021-12", "12/21", "21.13.2021", "12/21/2021 25:99x"}) {
        INFO(bad);
        CHECK_THROWS_AS(read(dates, bad), ValidationError);
    }
    CHECK_THROWS_WITH(read(dates, "next week"), Catch::Contains("\"next week\" is not a date") &&
                                                    Catch::Contains("YYYY-MM-DD"));
    CHECK(read(dates, "2/29/2024") == QDate(2024, 2, 29)); // a leap day
}

TEST_CASE("A file whose dates never tell day from month needs the order - a file that mixes "
          "them is refused",
          "[csv]")
{
    const SpreadsheetDates ambiguous = observed({"03/04/2021", "05/06/2021", "07/07/2021"});
    CHECK(ambiguous.needsOrder());
    CHECK(ambiguous.ambiguousExample() == QLatin1String("03/04/2021"));
    CHECK_THROWS_WITH(read(ambiguous, "03/04/2021"), Catch::Contains("day/month or month/day"));
    CHECK(read(ambiguous, "07/07/2021") == QDate(2021, 7, 7)); // the same either way
    CHECK(read(ambiguous, "2021-04-03") == QDate(2021, 4, 3));

    const SpreadsheetDates chosen =
        observed({"03/04/2021", "05/06/2021"}, SpreadsheetDates::Order::DayFirst);
    CHECK_FALSE(chosen.needsOrder());
    CHECK(read(chosen, "03/04/2021") == QDate(2021, 4, 3));
    const SpreadsheetDates monthFirst =
        observed({"03/04/2021"}, SpreadsheetDates::Order::MonthFirst);
    CHECK(read(monthFirst, "03/04/2021") == QDate(2021, 3, 4));
    // The file's own evidence wins over a choice that contradicts it.
    const SpreadsheetDates told =
        observed({"03/04/2021", "12/21/2021"}, SpreadsheetDates::Order::DayFirst);
    CHECK(told.order() == SpreadsheetDates::Order::MonthFirst);

    const SpreadsheetDates mixed = observed({"03/04/2021", "21/12/2021", "12/21/2021"});
    CHECK(mixed.order() == SpreadsheetDates::Order::Unknown);
    CHECK(mixed.conflict().contains(QLatin1String("line 3: 21/12/2021")));
    CHECK(mixed.conflict().contains(QLatin1String("line 4: 12/21/2021")));
    CHECK(observed({"2021-12-21", "21.12.2021"}).conflict().isEmpty());
    CHECK_FALSE(observed({"2021-12-21", "21.12.2021"}).needsOrder());
}

TEST_CASE("A cell with a time keeps it - in the zone it names or the laptop's", "[import]")
{
    const SpreadsheetDates dates(SpreadsheetDates::Order::MonthFirst);
    const auto at = [&](const char *text) {
        return dates.parseMoment(QString::fromLatin1(text), QStringLiteral("event_start"));
    };
    CHECK(at("12/30/2021 6:30 PM").at == QDateTime(QDate(2021, 12, 30), QTime(18, 30)));
    CHECK(at("12/30/2021 12:00 AM").at == QDateTime(QDate(2021, 12, 30), QTime(0, 0)));
    CHECK(at("12/30/2021 12:15 pm").at == QDateTime(QDate(2021, 12, 30), QTime(12, 15)));
    CHECK(at("2021-12-30T23:30:00Z").at == QDateTime(QDate(2021, 12, 30), QTime(23, 30), Qt::UTC));
    CHECK(at("2021-12-30T18:30:00-05:00").at ==
          QDateTime(QDate(2021, 12, 30), QTime(23, 30), Qt::UTC));
    CHECK_FALSE(at("2021-12-30 18:30").dateOnly);
    CHECK(at("30.12.2021").dateOnly);
    CHECK_FALSE(at("").at.isValid());
    CHECK_THROWS_AS(at("12/30/2021 13:00 PM"), ValidationError);
    CHECK_THROWS_AS(at("12/30/2021 24:30"), ValidationError);
}
