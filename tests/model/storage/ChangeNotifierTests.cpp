#include "model/records/OrganizationRepository.h"
#include "model/storage/Transaction.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

TEST_CASE("Changes are announced after commit and forgotten on rollback", "[notifier]")
{
    TestDatabase t;
    OrganizationRepository repository(*t.database);
    QSignalSpy changed(&t.database->notifier(), &ChangeNotifier::changed);
    QSignalSpy batches(&t.database->notifier(), &ChangeNotifier::batchCommitted);
    Organization o;
    o.name = QStringLiteral("Hollaback!");
    {
        Transaction transaction(*t.database);
        repository.create(o);
        CHECK(changed.isEmpty()); // not yet committed
    }
    CHECK(changed.isEmpty());
    CHECK(repository.count() == 0);

    {
        Transaction transaction(*t.database);
        o = repository.create(o);
        transaction.commit();
    }
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().first().value<Change>().type == Change::Type::Created);
    CHECK(batches.size() == 1);

    o.region = QStringLiteral("New York");
    repository.update(o);
    REQUIRE(changed.size() == 2);
    const Change update = changed.last().first().value<Change>();
    CHECK(update.type == Change::Type::Updated);
    CHECK(update.fields == QSet<QString>{QStringLiteral("region")});
}

TEST_CASE("A rolled-back inner savepoint keeps the outer transaction's work", "[notifier]")
{
    TestDatabase t;
    OrganizationRepository repository(*t.database);
    QSignalSpy changed(&t.database->notifier(), &ChangeNotifier::changed);
    Transaction outer(*t.database);
    Organization kept;
    kept.name = QStringLiteral("CAIR-Chicago");
    repository.create(kept);
    {
        Transaction inner(*t.database);
        Organization dropped;
        dropped.name = QStringLiteral("Dropped");
        repository.create(dropped);
    }
    outer.commit();
    CHECK(repository.count() == 1);
    CHECK(repository.list().first().name == QLatin1String("CAIR-Chicago"));
    CHECK(changed.size() == 1);
}
