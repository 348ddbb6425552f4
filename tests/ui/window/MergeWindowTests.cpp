// Edit > Merge with… in the real window, offscreen: two organizations made one through
// the dialog, and undone with the window's undo (issue: duplicates merged).
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/window/ModalDialog.h"
#include "ui/dialogs/MergeDialog.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QUndoStack>

namespace {

QAction *editMenuAction(MainWindow &window, const char *name)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->findChild<QAction *>(QString::fromLatin1(name)))
            return menu->menu()->findChild<QAction *>(QString::fromLatin1(name));
    }
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

// Opens the Edit menu (its enabled states are set as it shows) and closes it again.
bool enabledInEditMenu(MainWindow &window, QAction *action)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action)) {
            emit menu->menu()->aboutToShow();
            break;
        }
    }
    return action->isEnabled();
}

} // namespace

TEST_CASE("Two organizations merge through Edit - Merge with - the values chosen in the dialog "
          "stay - undo separates them",
          "[ui][merge]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Organization copy;
    copy.name = QStringLiteral("Chinese for Affirmative Action (SF)");
    copy.website = QStringLiteral("https://caasf.org");
    copy = OrganizationRepository(*t.database).create(copy);
    Contact person;
    person.name = QStringLiteral("Vincent Pan");
    person.organizationId = copy.id;
    ContactRepository(*t.database).create(person);
    const QString caa = SampleDataLoader::stableId(
        EntityKind::Organization, QStringLiteral("Chinese for Affirmative Action"));
    const QStringList before = recordRows(*t.database);

    MainWindow window(*t.database);
    window.show();
    QAction *merge = editMenuAction(window, "mergeAction");
    REQUIRE(merge);
    window.showPage(MainWindow::CampaignsPage);
    CHECK_FALSE(enabledInEditMenu(window, merge)); // campaigns are not merged
    window.openRecord(EntityKind::Organization, caa);
    REQUIRE(window.currentPageIndex() == MainWindow::OrganizationsPage);
    REQUIRE(enabledInEditMenu(window, merge));

    QString firstChoice, consequences;
    whenDialogOpens([&](QDialog *opened) {
        auto *dialog = qobject_cast<MergeDialog *>(opened);
        REQUIRE(dialog);
        // The likely duplicate comes first.
        firstChoice = dialog->findChild<QComboBox *>(QStringLiteral("mergeOther"))->itemText(0);
        dialog->setOtherId(copy.id);
        dialog->chooseOther(QStringLiteral("website"));
        for (QLabel *label : dialog->findChildren<QLabel *>())
            consequences += label->text() + QLatin1Char('\n');
        for (QRadioButton *value : dialog->findChildren<QRadioButton *>())
            consequences += value->toolTip() + QLatin1Char('\n');
        if (!qEnvironmentVariableIsEmpty("COALITION_DIALOG_SHOTS"))
            dialog->grab().save(qEnvironmentVariable("COALITION_DIALOG_SHOTS") +
                                QStringLiteral("/merge-dialog.png"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mergeButton")),
                          Qt::LeftButton);
    });
    merge->trigger();

    CHECK(firstChoice == copy.name);
    INFO(consequences.toStdString());
    CHECK(consequences.contains(QLatin1String("1 record that refers to it")));
    CHECK(consequences.contains(QLatin1String("https://caasf.org")));
    CHECK_FALSE(OrganizationRepository(*t.database).exists(copy.id));
    CHECK(OrganizationRepository(*t.database).get(caa)->website ==
          QLatin1String("https://caasf.org"));
    CHECK(ContactRepository(*t.database).list({}, caa).size() == 2);
    CHECK(window.undoStack().undoText().startsWith(QLatin1String("Merge")));

    window.undoStack().undo();
    CHECK(recordRows(*t.database) == before);
    window.undoStack().redo();
    CHECK_FALSE(OrganizationRepository(*t.database).exists(copy.id));
}
