#include "model/lists/ContactTableModel.h"
#include "model/records/ContactRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "ui/dialogs/ImportDialog.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QListWidget>
#include <QPushButton>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST_CASE("File > Import previews the mapping and counts - refuses bad rows - then imports", "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    ContactTableModel contacts(*t.database); // a list on screen follows the import
    while (contacts.canFetchMore({}))
        contacts.fetchMore({});
    const int before = ContactRepository(*t.database).count();

    ImportDialog dialog(*t.database, EntityKind::Contact);
    const QString path = t.file(QStringLiteral("people.csv"));
    writeFile(path,
              "Name,E-mail,Org\nAna Organizer,ana@example.org,HANA Center\nBo,not-an-email,\n");
    dialog.setFile(path);
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("importProblems"));
    REQUIRE(problems);
    REQUIRE(problems->count() == 1);
    CHECK(problems->item(0)->text().startsWith(QLatin1String("Line 3:")));
    QPushButton *import = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == QLatin1String("&Import"))
            import = button;
    }
    REQUIRE(import);
    CHECK_FALSE(import->isEnabled());
    CHECK(ContactRepository(*t.database).count() == before);

    writeFile(path,
              "Name,E-mail,Org\nAna Organizer,ana@example.org,HANA Center\nBo,bo@example.org,\n");
    const CsvImport::Result preview = dialog.preview();
    CHECK(preview.created == 2);
    CHECK(dialog.summary().startsWith(QLatin1String("2 to create")));
    CHECK(import->isEnabled());
    CHECK(ContactRepository(*t.database).count() == before);

    import->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(ContactRepository(*t.database).count() == before + 2);
    CHECK(contacts.rowCount() == before + 2);
}
