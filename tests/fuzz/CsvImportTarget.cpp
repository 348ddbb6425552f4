#include "FuzzTargets.h"

#include "CoalitionError.h"
#include "CsvImport.h"
#include "CsvReader.h"
#include "FuzzApplication.h"
#include "Transaction.h"

void FuzzTargets::csvImport(const QByteArray &input)
{
    if (input.isEmpty())
        return;
    // The first byte chooses the table and the policy for matching rows; the rest is
    // the file.
    const auto choice = static_cast<unsigned char>(input.at(0));
    const auto table = static_cast<ImportMapping::Table>(choice % 3);
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
