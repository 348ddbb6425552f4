#include "model/lists/ContactTableModel.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/ContactRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "ui/dialogs/ImportDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

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

TEST_CASE("File > Import asks for the date order only when the file's dates leave it open", "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    ImportDialog dialog(*t.database, EntityKind::ActionItem);
    dialog.show();
    auto *order = dialog.findChild<QComboBox *>(QStringLiteral("importDateOrder"));
    auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importNow"));
    REQUIRE(order);
    REQUIRE(import);
    const QString path = t.file(QStringLiteral("dates.csv"));

    writeFile(path, "Title,Due date\nCall the mayor,12/21/2021\n");
    dialog.setFile(path);
    CHECK_FALSE(order->isVisible()); // 21 can only be the day
    CHECK(import->isEnabled());

    writeFile(path, "Title,Due date\nPhone bank,03/04/2022\nPotluck,05/06/2022\n");
    dialog.setFile(path);
    CHECK(order->isVisible());
    CHECK_FALSE(import->isEnabled());
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("importProblems"));
    REQUIRE(problems->count() == 1);
    CHECK(problems->item(0)->text().contains(QLatin1String("03/04/2022")));
    QCoreApplication::processEvents(); // the layout, as on screen
    if (!qEnvironmentVariableIsEmpty("COALITION_DIALOG_SHOTS"))
        dialog.grab().save(qEnvironmentVariable("COALITION_DIALOG_SHOTS") +
                           QStringLiteral("/import-date-order.png"));

    // Chosen with the keyboard, as a person would: the preview follows.
    order->setFocus();
    QTest::keyClick(order, Qt::Key_Down);
    CHECK(order->currentData().toInt() == int(SpreadsheetDates::Order::DayFirst));
    CHECK(problems->count() == 0);
    CHECK(import->isEnabled());
    CHECK(dialog.summary().startsWith(QLatin1String("2 to create")));
    REQUIRE(dialog.importNow());
    ActionItemFilter filter;
    filter.text = QStringLiteral("Potluck");
    const auto potluck = ActionItemRepository(*t.database).list(filter);
    REQUIRE(potluck.size() == 1);
    CHECK(potluck.first().dueDate == QDate(2022, 6, 5));
}

TEST_CASE("File > Import shows the file's rows under a pick list per column - a column the "
          "person maps imports - the import is one undo step",
          "[ui][undo]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QStringList before = recordRows(*t.database);
    QUndoStack undo;
    ImportDialog dialog(*t.database, EntityKind::Contact, nullptr, &undo);
    dialog.show();
    const QString path = t.file(QStringLiteral("volunteers.csv"));
    writeFile(path, "Who,Cell,Notes\nAna Organizer,+1 718 555 0100,Spanish speaker\n"
                    "Bo Chen,+1 718 555 0101,\n");
    dialog.setFile(path);
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreview"));
    REQUIRE(preview);
    CHECK(preview->columnCount() == 3);
    CHECK(preview->rowCount() == 3); // the pick lists, then the two rows
    CHECK(preview->item(1, 0)->text() == QLatin1String("Ana Organizer"));
    auto *who = dialog.findChild<QComboBox *>(QStringLiteral("importColumn0"));
    auto *cell = dialog.findChild<QComboBox *>(QStringLiteral("importColumn1"));
    REQUIRE(who);
    REQUIRE(cell);
    CHECK(who->currentText() == QLatin1String("Leave out")); // "Who" names no field
    CHECK(cell->currentText() == QLatin1String("Phone"));
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("importProblems"));
    REQUIRE(problems->count() == 1);
    CHECK(problems->item(0)->text().contains(QLatin1String("No column gives the name")));

    // Chosen with the keyboard in the pick list, as a person would.
    who->setFocus();
    QTest::keyClicks(who, QStringLiteral("Name"));
    QCoreApplication::processEvents(); // the queued preview
    if (who->currentData().toString() != QLatin1String("name"))
        dialog.mapColumn(0, QStringLiteral("name"));
    QCoreApplication::processEvents();
    CHECK(problems->count() == 0);
    CHECK(dialog.summary().startsWith(QLatin1String("2 to create")));
    if (!qEnvironmentVariableIsEmpty("COALITION_DIALOG_SHOTS"))
        dialog.grab().save(qEnvironmentVariable("COALITION_DIALOG_SHOTS") +
                           QStringLiteral("/import-preview.png"));

    REQUIRE(dialog.importNow());
    CHECK(undo.count() == 1);
    CHECK(undo.undoText() == QLatin1String("Import volunteers.csv"));
    const QStringList imported = recordRows(*t.database);
    CHECK(imported.size() == before.size() + 2);
    undo.undo();
    CHECK(recordRows(*t.database) == before);
    undo.redo();
    CHECK(recordRows(*t.database) == imported);
}
