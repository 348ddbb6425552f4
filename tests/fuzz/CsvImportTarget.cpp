#include "tests/fuzz/FuzzTargets.h"

#include "model/domain/CoalitionError.h"
#include "model/interop/csv/CsvImport.h"
#include "model/interop/csv/CsvReader.h"
#include "model/storage/Transaction.h"
#include "tests/fuzz/FuzzApplication.h"

void FuzzTargets::csvImport(const QByteArray &input)
{
    if (input.isEmpty())
        return;
    // The first byte chooses the table and the policy for matching rows; the rest is
    // the file.
    const auto choice = static_cast<unsigned char>(input.at(0));
    const auto table = static_cast<EntityKind>(choice % 3);
    const auto onMatch = static_cast<CsvImport::OnMatch>((choice / 3) % 3);
    const bool dryRun = (choice / 9) % 2 == 1;
    const QByteArray file = input.mid(1);

    try {
        CsvReader reader(file);
        while (reader.next())
            reader.row();
    } catch (const CoalitionError &) {
    }

    // An import commits its own transaction; the outer one turns it into a savepoint
    // and undoes it for the next input.
    Database &database = FuzzApplication::instance().database();
    Transaction transaction(database);
    try {
        CsvImport::run(database, table, file, onMatch, dryRun);
    } catch (const CoalitionError &) {
    }
}
