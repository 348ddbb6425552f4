// SqliteRows writes by position straight into SQLite (an import's inserts): each kind of
// value must land exactly as Statement (QSqlQuery with named placeholders) stores it, or rows
// written the two ways would read differently (NULL against '', a date's format).
#include "model/storage/SqliteRows.h"
#include "model/storage/Statement.h"
#include "model/storage/StorageError.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QTime>

TEST_CASE("A value bound by SqliteRows is stored as Statement stores it", "[storage]")
{
    TestDatabase t;
    const QSqlDatabase db = t.database->connection();
    Statement(db, QStringLiteral("CREATE TABLE bound (k INTEGER PRIMARY KEY, v)")).exec();
    const QVector<QVariant> values{
        QVariant(),
        QVariant(QString()),
        QVariant(QStringLiteral("")),
        QVariant(QStringLiteral("Jesús “Chuy” García")),
        QVariant(QDate()),
        QVariant(QDate(2021, 12, 30)),
        QVariant(QDateTime(QDate(2021, 12, 30), QTime(18, 30), Qt::UTC)),
        QVariant(QTime(18, 30, 5)),
        QVariant(QTime()),
        QVariant(QDateTime()),
        QVariant(QByteArray()),
        QVariant(42),
        QVariant(true),
        QVariant(qint64(1) << 40),
        QVariant(uint(4000000000u)),
        QVariant(2.5),
        QVariant(QByteArray("\x00\x01", 2)),
        QVariant(QStringList{QStringLiteral("a")}),
    };
    // The way every other write binds (named placeholders).
    Statement viaQt(db, QStringLiteral("INSERT INTO bound (k, v) VALUES (:k, :v)"));
    SqliteRows direct(db, QStringLiteral("INSERT INTO bound (k, v) VALUES (?, ?)"));
    for (int i = 0; i < values.size(); ++i) {
        viaQt.bind(QStringLiteral(":k"), i).bind(QStringLiteral(":v"), values.at(i)).exec();
        direct.bind(1, 1000 + i);
        direct.bind(2, values.at(i));
        direct.run(); // and again, reset for the next value
    }
    Statement stored(db, QStringLiteral("SELECT q.k, typeof(q.v), quote(q.v), typeof(d.v), "
                                        "quote(d.v) FROM bound q JOIN bound d ON d.k = q.k + "
                                        "1000 ORDER BY q.k"));
    stored.exec();
    int compared = 0;
    while (stored.next()) {
        INFO("value " << stored.value(0).toInt() << ": " << values.at(compared).typeName());
        CHECK(stored.text(3) == stored.text(1));
        CHECK(stored.text(4) == stored.text(2));
        ++compared;
    }
    CHECK(compared == values.size());
}

TEST_CASE("A failed SqliteRows run says why and leaves the statement ready to run again",
          "[storage]")
{
    TestDatabase t;
    const QSqlDatabase db = t.database->connection();
    Statement(db, QStringLiteral("CREATE TABLE named (name TEXT NOT NULL)")).exec();
    SqliteRows insert(db, QStringLiteral("INSERT INTO named (name) VALUES (?)"));
    insert.bind(1, QVariant());
    try {
        insert.run();
        FAIL("a NULL name was written");
    } catch (const StorageError &) {
        FAIL("a constraint is not a storage problem");
    } catch (const CoalitionError &error) {
        CHECK(error.message().contains(QLatin1String("NOT NULL")));
        CHECK_FALSE(error.message().contains(QLatin1String("INSERT"))); // no SQL for people
    }
    insert.bind(1, QStringLiteral("HANA Center"));
    insert.run();
    Statement count(db, QStringLiteral("SELECT count(*) FROM named"));
    count.exec();
    REQUIRE(count.next());
    CHECK(count.value(0).toInt() == 1);
}
