#include "model/domain/ActionRules.h"
#include "model/domain/Vocabulary.h"

#include <catch2/catch.hpp>

TEST_CASE("An item is open while to do or doing - and done only when done", "[rules]")
{
    CHECK(ActionRules::isOpen(QStringLiteral("todo")));
    CHECK(ActionRules::isOpen(QStringLiteral("doing")));
    CHECK_FALSE(ActionRules::isOpen(QStringLiteral("done")));
    CHECK_FALSE(ActionRules::isOpen(QStringLiteral("cancelled")));
    CHECK(ActionRules::isDone(QStringLiteral("done")));
    CHECK_FALSE(ActionRules::isDone(QStringLiteral("cancelled")));
    // Every open status is a word of the vocabulary, so the "Open" filter finds them.
    for (const QString &status : ActionRules::openStatuses())
        CHECK(Vocabulary::actionStatus().words().contains(status));
}

TEST_CASE("Marking done toggles an open item to done and any other back to to do", "[rules]")
{
    CHECK(ActionRules::toggledStatus(QStringLiteral("todo")) == QLatin1String("done"));
    CHECK(ActionRules::toggledStatus(QStringLiteral("doing")) == QLatin1String("done"));
    CHECK(ActionRules::toggledStatus(QStringLiteral("done")) == QLatin1String("todo"));
    CHECK(ActionRules::toggledStatus(QStringLiteral("cancelled")) == QLatin1String("todo"));
}

TEST_CASE("An open item is overdue from the day after its due date - never when done", "[rules]")
{
    const QDate today(2021, 12, 15);
    const QString todo = QStringLiteral("todo");
    CHECK(ActionRules::lastOverdueDay(today) == QDate(2021, 12, 14));
    CHECK(ActionRules::isOverdue(QDate(2021, 12, 14), todo, today));
    CHECK(ActionRules::isOverdue(QDate(2020, 1, 1), QStringLiteral("doing"), today));
    CHECK_FALSE(ActionRules::isOverdue(today, todo, today));
    CHECK_FALSE(ActionRules::isOverdue(QDate(2021, 12, 16), todo, today));
    CHECK_FALSE(ActionRules::isOverdue(QDate(), todo, today));
    CHECK_FALSE(ActionRules::isOverdue(QDate(2021, 12, 1), QStringLiteral("done"), today));
    CHECK_FALSE(ActionRules::isOverdue(QDate(2021, 12, 1), QStringLiteral("cancelled"), today));
}
