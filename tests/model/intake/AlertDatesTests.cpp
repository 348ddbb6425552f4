#include "model/intake/AlertDates.h"
#include "tests/support/CatchQt.h"

#include <catch2/catch.hpp>

namespace {

const QDate alertDay(2021, 12, 15); // a Wednesday

struct Found
{
    QString text;
    QDate first, last;
    QTime start, end;
};

QVector<Found> datesIn(const QString &language, const QString &text, const QDate &day = alertDay)
{
    QVector<Found> result;
    for (const AlertDates::Mention &mention :
         AlertDates(IntakeRules::forLanguage(language)).find(text, day))
        result.append({text.mid(mention.position, mention.length), mention.first, mention.last,
                       mention.start, mention.end});
    return result;
}

} // namespace

TEST_CASE("English alerts' dates are read in each form alerts write them", "[intake]")
{
    auto found = datesIn(QStringLiteral("en"),
                         QStringLiteral("Recommendations (December 17, 2021) and a vigil on "
                                        "12/30/2021. Call by Dec. 17! Register for Friday, "
                                        "September 17 or the 3rd of August."));
    REQUIRE(found.size() == 5);
    CHECK(found[0].text == QStringLiteral("December 17, 2021"));
    CHECK(found[0].first == QDate(2021, 12, 17));
    CHECK(found[1].text == QStringLiteral("12/30/2021"));
    CHECK(found[1].first == QDate(2021, 12, 30));
    CHECK(found[2].text == QStringLiteral("Dec. 17"));
    CHECK(found[2].first == QDate(2021, 12, 17));
    CHECK(found[3].text == QStringLiteral("Friday, September 17"));
    CHECK(found[3].first == QDate(2021, 9, 17)); // nearer the alert than September 2022
    CHECK(found[4].text == QStringLiteral("3rd of August"));
    CHECK(found[4].first == QDate(2021, 8, 3));
    for (const Found &one : found)
        CHECK(one.first == one.last);
}

TEST_CASE("A year left out is the one nearest the alert's date", "[intake]")
{
    // In late December, January 5 is next year's; in January, December 20 is last year's.
    CHECK(datesIn(QStringLiteral("en"), QStringLiteral("Jan 5"))[0].first == QDate(2022, 1, 5));
    CHECK(datesIn(QStringLiteral("en"), QStringLiteral("on 12/20"), QDate(2022, 1, 3))[0].first ==
          QDate(2021, 12, 20));
    CHECK(datesIn(QStringLiteral("en"), QStringLiteral("on 12/30/21"))[0].first ==
          QDate(2021, 12, 30));
    // February 29 only in a leap year.
    CHECK(datesIn(QStringLiteral("en"), QStringLiteral("Feb 29"), QDate(2024, 1, 10))[0].first ==
          QDate(2024, 2, 29));
}

TEST_CASE("Windows of months and days relative to the alert", "[intake]")
{
    auto found =
        datesIn(QStringLiteral("en"), QStringLiteral("Trainings throughout July, and in August and "
                                                     "September. Call tomorrow. Register today!"));
    REQUIRE(found.size() == 3);
    CHECK(found[0].text == QStringLiteral("throughout July"));
    CHECK(found[0].first == QDate(2021, 7, 1));
    CHECK(found[0].last == QDate(2021, 7, 31));
    CHECK(found[1].text == QStringLiteral("in August and September"));
    CHECK(found[1].first == QDate(2021, 8, 1));
    CHECK(found[1].last == QDate(2021, 9, 30));
    CHECK(found[2].text == QStringLiteral("tomorrow"));
    CHECK(found[2].first == QDate(2021, 12, 16));
    // "Register today" is no deadline: alerts say "today" for "now".
    // A window across the new year ends in the next one.
    auto winter = datesIn(QStringLiteral("en"), QStringLiteral("during December and January"));
    REQUIRE(winter.size() == 1);
    CHECK(winter[0].last == QDate(2022, 1, 31));
}

TEST_CASE("Times follow their day in twelve and twenty-four hours", "[intake]")
{
    auto found = datesIn(QStringLiteral("en"),
                         QStringLiteral("Vigil on December 30 at 6 PM. Call-in 12/21/2021, "
                                        "6-7:30 p.m. Deadline Dec 17, 2021 at 19 places; "
                                        "townhall Jan 4 at 12:00 a.m."));
    REQUIRE(found.size() == 4);
    CHECK(found[0].start == QTime(18, 0));
    CHECK_FALSE(found[0].end.isValid());
    CHECK(found[0].text == QStringLiteral("December 30 at 6 PM"));
    CHECK(found[1].start == QTime(18, 0));
    CHECK(found[1].end == QTime(19, 30));
    CHECK_FALSE(found[2].start.isValid()); // "at 19 places" is no time
    CHECK(found[2].text == QStringLiteral("Dec 17, 2021"));
    CHECK(found[3].start == QTime(0, 0));
}

TEST_CASE("Spanish alerts put the day first", "[intake]")
{
    auto found = datesIn(
        QStringLiteral("es"),
        QStringLiteral("Vigilia el viernes 17 de diciembre de 2021 a las "
                       "18:30. Firme antes del 05/06/2021 o el 30/12. Llame "
                       "mañana por la mañana. Talleres durante julio y en "
                       "agosto y septiembre; pasado mañana, 1º de enero. Un 3/4 de los miembros."));
    QStringList texts;
    for (const Found &one : found)
        texts << one.text;
    CAPTURE(texts);
    REQUIRE(found.size() == 8);
    CHECK(found[0].first == QDate(2021, 12, 17));
    CHECK(found[0].start == QTime(18, 30));
    CHECK(found[1].first == QDate(2021, 6, 5)); // the 5th of June, not May 6
    CHECK(found[2].first == QDate(2021, 12, 30));
    CHECK(found[3].text == QStringLiteral("mañana"));
    CHECK(found[3].first == QDate(2021, 12, 16)); // "por la mañana" is no day
    CHECK(found[4].first == QDate(2021, 7, 1));
    CHECK(found[4].last == QDate(2021, 7, 31));
    CHECK(found[5].last == QDate(2021, 9, 30));
    CHECK(found[6].text == QStringLiteral("pasado mañana"));
    CHECK(found[6].first == QDate(2021, 12, 17));
    CHECK(found[7].first == QDate(2022, 1, 1));
}

TEST_CASE("Numbers that are not dates stay numbers", "[intake]")
{
    CHECK(datesIn(QStringLiteral("en"), QStringLiteral("open 24/7, 3/4 of members, 13/45"))
              .isEmpty());
    CHECK(datesIn(QStringLiteral("en"), QStringLiteral("Feb 30 and 2/30/2021")).isEmpty());
    CHECK(datesIn(QStringLiteral("en"), QStringLiteral("We may march in large numbers")).isEmpty());
}

TEST_CASE("Every language's rules file reads", "[intake]")
{
    const QStringList languages = IntakeRules::languages();
    CHECK(languages.contains(QStringLiteral("en")));
    CHECK(languages.contains(QStringLiteral("es")));
    for (const QString &language : languages) {
        const IntakeRules rules = IntakeRules::forLanguage(language);
        CAPTURE(language);
        CHECK(rules.language == language);
        CHECK(rules.months.size() >= 12);
        CHECK(rules.weekdays.size() >= 7);
    }
    CHECK_THROWS(IntakeRules::forLanguage(QStringLiteral("xx")));
}
