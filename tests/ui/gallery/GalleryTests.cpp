// The screenshot gallery (issue: a window that feels finished): every page and every
// dialog of the real window, offscreen, in English and Spanish, in a light and a dark
// palette, on the demo database and on an empty one. Each must fit a 1366 x 768 laptop
// and cut off no label or button; with COALITION_DIALOG_SHOTS=FOLDER each is saved as a
// picture (scripts/screenshots puts them in docs/screenshots/gallery and lists them in
// docs/SCREENSHOTS.md).
#include "app/desktop/DesktopSession.h"
#include "model/intake/PartnerFeedStore.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/app/desktop/OtherLaptop.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/gallery/ClippedText.h"
#include "tests/ui/gallery/GalleryLook.h"
#include "tests/ui/gallery/GalleryShots.h"
#include "tests/ui/window/ModalDialog.h"
#include "ui/dialogs/ActionItemDialog.h"
#include "ui/dialogs/CampaignDialog.h"
#include "ui/dialogs/ContactDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/MergeDialog.h"
#include "ui/dialogs/OrganizationDialog.h"
#include "ui/dialogs/PartnerDialog.h"
#include "ui/dialogs/PartnerFeedsDialog.h"
#include "ui/dialogs/PassphraseDialog.h"
#include "ui/dialogs/PasteAlertDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/dialogs/SearchDialog.h"
#include "ui/dialogs/ServerPasswordDialog.h"
#include "ui/dialogs/SyncDialog.h"
#include "ui/pages/InboxPage.h"
#include "ui/pages/Page.h"
#include "ui/window/ExportDialog.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <functional>

namespace {

const QString vigilKey = QStringLiteral(
    "Justice for Christian Hall/Attend a vigil on the anniversary of Christian Hall's death");

// The page the sample data was written from, as an organizer would paste it.
QString seedPage()
{
    QFile file(QStringLiteral(COALITION_INTAKE_DATA_DIR "/seed-page.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString sampleId(EntityKind kind, const QString &key)
{
    return SampleDataLoader::stableId(kind, key);
}

// One database of the gallery with the window open on it, in the look being drawn.
struct Scene
{
    TestDatabase &t;
    MainWindow &window;
    bool demo;
    Database &database() const { return *t.database; }
};

using Keep = std::function<void(QWidget *)>;

struct DialogShot
{
    const char *name;
    bool needsRecords; // opens only on a record (no picture on the empty database)
    std::function<void(Scene &, const Keep &)> show;
};

// Shows dialog, lets keep look at it, and closes it.
void showAndKeep(QDialog &dialog, const Keep &keep)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    keep(&dialog);
    dialog.reject();
}

// A dialog the window opens itself with exec(): opened by start, looked at, cancelled.
void keepModal(const std::function<void()> &start, const Keep &keep)
{
    bool seen = false;
    whenDialogOpens([&](QDialog *dialog) {
        seen = true;
        keep(dialog);
        dialog->reject();
    });
    start();
    CHECK(seen);
}

template<typename Dialog, typename Record, typename Repository>
void keepRecordDialog(Scene &scene, EntityKind kind, const QString &key, const Keep &keep)
{
    Record record;
    if (scene.demo)
        record = *Repository(scene.database()).get(sampleId(kind, key));
    Dialog dialog(scene.database(), record, &scene.window);
    showAndKeep(dialog, keep);
}

QString spreadsheet(const TestDatabase &t)
{
    const QString path = t.file(QStringLiteral("actions.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Title,Campaign,Organization,Owner,Due date,Priority\n"
               "Attend a vigil on the anniversary of Christian Hall's death,"
               "Justice for Christian Hall,Justice for Christian Hall,Field team,12/30/2021,\n"
               "Call Governor Hochul about the Excluded Workers Fund,Fund Excluded Workers,"
               "DRUM,Ana,12/21/2021,high\n"
               "Register for a bystander intervention training,Bystander Intervention "
               "Trainings,,,1/13/2022,\n");
    return path;
}

const std::vector<DialogShot> &dialogShots()
{
    static const std::vector<DialogShot> shots{
        {"action-item", false,
         [](Scene &s, const Keep &keep) {
             keepRecordDialog<ActionItemDialog, ActionItem, ActionItemRepository>(
                 s, EntityKind::ActionItem, vigilKey, keep);
         }},
        {"campaign", false,
         [](Scene &s, const Keep &keep) {
             keepRecordDialog<CampaignDialog, Campaign, CampaignRepository>(
                 s, EntityKind::Campaign, QStringLiteral("Justice for Christian Hall"), keep);
         }},
        {"organization", false,
         [](Scene &s, const Keep &keep) {
             keepRecordDialog<OrganizationDialog, Organization, OrganizationRepository>(
                 s, EntityKind::Organization, QStringLiteral("HANA Center"), keep);
         }},
        {"contact", false,
         [](Scene &s, const Keep &keep) {
             keepRecordDialog<ContactDialog, Contact, ContactRepository>(
                 s, EntityKind::Contact,
                 QStringLiteral("Cynthia Choi/Chinese for Affirmative Action"), keep);
         }},
        {"partner", true,
         [](Scene &s, const Keep &keep) {
             CampaignPartner partner;
             partner.campaignId =
                 sampleId(EntityKind::Campaign, QStringLiteral("Justice for Christian Hall"));
             PartnerDialog dialog(s.database(), partner, &s.window);
             showAndKeep(dialog, keep);
         }},
        {"delete-question", true,
         [](Scene &s, const Keep &keep) {
             s.window.openRecord(EntityKind::ActionItem,
                                 sampleId(EntityKind::ActionItem, vigilKey));
             keepModal([&] { s.window.page(MainWindow::ActionItemsPage)->deleteCurrent(); }, keep);
         }},
        {"search", false,
         [](Scene &s, const Keep &keep) {
             SearchDialog dialog(s.database(), &s.window);
             dialog.findChild<QLineEdit *>()->setText(QStringLiteral("bysta train"));
             showAndKeep(dialog, keep);
         }},
        {"import", false,
         [](Scene &s, const Keep &keep) {
             ImportDialog dialog(s.database(), EntityKind::ActionItem, &s.window,
                                 &s.window.undoStack());
             dialog.setFile(spreadsheet(s.t));
             showAndKeep(dialog, keep);
         }},
        {"export", false,
         [](Scene &s, const Keep &keep) {
             ExportDialog dialog(s.database(), *s.window.page(MainWindow::ActionItemsPage),
                                 &s.window);
             showAndKeep(dialog, keep);
         }},
        {"preferences", false,
         [](Scene &s, const Keep &keep) {
             PreferencesDialog dialog(&s.window);
             showAndKeep(dialog, keep);
         }},
        {"sync-log-and-conflicts", false,
         [](Scene &s, const Keep &keep) {
             // On the demo: the four conflicts of two laptops that changed the vigil apart.
             TestDatabase conflicted;
             if (s.demo)
                 laptopsEditTheVigilApart(conflicted);
             SyncDialog dialog(s.demo ? *conflicted.database : s.database(), &s.window);
             showAndKeep(dialog, keep);
         }},
        {"passphrase-new-feed", false,
         [](Scene &s, const Keep &keep) {
             PassphraseDialog dialog(PassphraseDialog::Mode::Create, QStringLiteral("team.feed"),
                                     {}, &s.window);
             showAndKeep(dialog, keep);
         }},
        {"passphrase-unlock", false,
         [](Scene &s, const Keep &keep) {
             PassphraseDialog dialog(PassphraseDialog::Mode::Unlock, QStringLiteral("team.feed"),
                                     {}, &s.window);
             showAndKeep(dialog, keep);
         }},
        {"server-password", false,
         [](Scene &s, const Keep &keep) {
             ServerPasswordDialog dialog(QStringLiteral("https://sync.example.org"), {}, &s.window);
             showAndKeep(dialog, keep);
         }},
        {"about", false,
         [](Scene &s, const Keep &keep) {
             auto *about = s.window.findChild<QAction *>(QStringLiteral("aboutAction"));
             REQUIRE(about);
             keepModal([about] { about->trigger(); }, keep);
         }},
        {"paste-alert", false,
         [](Scene &s, const Keep &keep) {
             PasteAlertDialog dialog(s.demo ? seedPage().left(1600) : QString(),
                                     QDate(2021, 12, 15), &s.window);
             showAndKeep(dialog, keep);
         }},
        {"partner-feeds", false,
         [](Scene &s, const Keep &keep) {
             if (s.demo)
                 PartnerFeedStore(s.database())
                     .add(sampleId(EntityKind::Organization, QStringLiteral("HANA Center")),
                          QStringLiteral("https://hanacenter.example.org/feed"));
             PartnerFeedsDialog dialog(s.database(), &s.window);
             showAndKeep(dialog, keep);
         }},
        {"merge", true,
         [](Scene &s, const Keep &keep) {
             Organization copy; // a likely duplicate, offered first
             copy.name = QStringLiteral("Chinese for Affirmative Action (SF)");
             OrganizationRepository(s.database()).create(copy);
             MergeDialog dialog(s.database(), EntityKind::Organization,
                                sampleId(EntityKind::Organization,
                                         QStringLiteral("Chinese for Affirmative Action")),
                                &s.window);
             showAndKeep(dialog, keep);
         }},
    };
    return shots;
}

struct PageShot
{
    const char *name;
    int page;
    EntityKind kind;
    QString key; // the demo's record shown in the detail pane
};

const std::vector<PageShot> pageShots{
    {"campaigns", MainWindow::CampaignsPage, EntityKind::Campaign,
     QStringLiteral("Justice for Christian Hall")},
    {"organizations", MainWindow::OrganizationsPage, EntityKind::Organization,
     QStringLiteral("HANA Center")},
    {"contacts", MainWindow::ContactsPage, EntityKind::Contact,
     QStringLiteral("Cynthia Choi/Chinese for Affirmative Action")},
    {"actions", MainWindow::ActionItemsPage, EntityKind::ActionItem, vigilKey},
    {"deadlines", MainWindow::DeadlinesPage, EntityKind::ActionItem, QString()},
    {"grid", MainWindow::CoalitionGridPage, EntityKind::Organization, QString()},
    {"reports", MainWindow::ReportsPage, EntityKind::Campaign, QString()},
    {"inbox", MainWindow::InboxPage, EntityKind::ActionItem, QString()},
};

// Every look for each database: English and Spanish, light and dark.
void forEachLook(const std::function<void(GalleryLook &, bool demo)> &draw)
{
    for (const bool demo : {true, false}) {
        for (const char *language : {"en", "es"}) {
            for (const bool dark : {false, true}) {
                GalleryLook look(QString::fromLatin1(language), dark);
                draw(look, demo);
            }
        }
    }
}

void loadSampleIf(bool demo, TestDatabase &t)
{
    if (demo)
        SampleDataLoader::load(*t.database);
}

void showAtLaptopSize(MainWindow &window)
{
    window.resize(GalleryShots::laptopScreen());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

QString shotName(const char *kind, const char *name, bool demo, const GalleryLook &look)
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(QLatin1String(kind), QLatin1String(name),
             demo ? QStringLiteral("demo") : QStringLiteral("empty"), look.name());
}

} // namespace

TEST_CASE("Gallery - every page in English and Spanish - light and dark - demo and empty - "
          "fits a laptop and cuts off no text",
          "[ui][gallery]")
{
    GalleryShots shots;
    forEachLook([&](GalleryLook &look, bool demo) {
        TestDatabase t;
        loadSampleIf(demo, t);
        MainWindow window(*t.database, MainWindow::CampaignsPage);
        showAtLaptopSize(window);
        for (const PageShot &shot : pageShots) {
            window.showPage(shot.page);
            if (demo && shot.page == MainWindow::InboxPage) // the source page, pasted
                static_cast<InboxPage *>(window.page(shot.page))
                    ->addAlert(seedPage(), QString(), QDate(2021, 12, 15));
            if (demo && !shot.key.isEmpty())
                window.openRecord(shot.kind, sampleId(shot.kind, shot.key));
            REQUIRE(window.currentPageIndex() == shot.page);
            shots.keep(&window, shotName("page", shot.name, demo, look));
        }
    });
    CHECK(pageShots.size() == size_t(MainWindow::PageCount)); // no page left out
    CHECK(shots.names().size() == int(pageShots.size()) * 8);
}

TEST_CASE("Gallery - every dialog in English and Spanish - light and dark - demo and empty - "
          "fits a laptop and cuts off no text",
          "[ui][gallery]")
{
    GalleryShots shots;
    int expected = 0;
    forEachLook([&](GalleryLook &look, bool demo) {
        TestDatabase t;
        loadSampleIf(demo, t);
        MainWindow window(*t.database, MainWindow::ActionItemsPage);
        showAtLaptopSize(window);
        Scene scene{t, window, demo};
        for (const DialogShot &shot : dialogShots()) {
            if (shot.needsRecords && !demo)
                continue;
            ++expected;
            shot.show(scene, [&](QWidget *shown) {
                shots.keep(shown, shotName("dialog", shot.name, demo, look));
            });
        }
        if (!demo) {
            // The first run on a new database asks whether to load the sample.
            ++expected;
            DesktopSession session(t.clock);
            keepModal([&] { session.open(t.file(QStringLiteral("new.sqlite")), true, true); },
                      [&](QWidget *shown) {
                          shots.keep(shown, shotName("dialog", "first-run", demo, look));
                      });
        }
    });
    CHECK(shots.names().size() == expected);
    CHECK(expected == (18 + 15 + 1) * 4);
}

TEST_CASE("The gallery's check finds a label and a button cut off and passes wrapped text",
          "[ui][gallery]")
{
    QWidget box;
    auto *cut = new QLabel(QStringLiteral("A label much longer than its room"), &box);
    cut->setGeometry(0, 0, 40, 20);
    auto *wrapped = new QLabel(QStringLiteral("A wrapped label much longer than its room"), &box);
    wrapped->setWordWrap(true);
    wrapped->setGeometry(0, 30, 40, 80);
    auto *button = new QPushButton(QStringLiteral("Load the sample coalition"), &box);
    button->setGeometry(0, 120, 50, 30);
    box.show();
    const QStringList clipped = clippedTexts(&box);
    REQUIRE(clipped.size() == 2);
    CHECK(clipped.at(0).contains(QLatin1String("A label much longer")));
    CHECK(clipped.at(1).contains(QLatin1String("Load the sample")));
    cut->setGeometry(0, 0, cut->sizeHint().width(), cut->sizeHint().height());
    button->resize(button->sizeHint());
    CHECK(clippedTexts(&box).isEmpty());
}
