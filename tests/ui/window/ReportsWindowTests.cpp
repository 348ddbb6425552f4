#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "model/settings/Settings.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/window/ModalDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/pages/ReportsPage.h"
#include "ui/window/MainWindow.h"
#include "ui/window/PrintActions.h"

#include <catch2/catch.hpp>

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {

QStringList warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The offscreen platform's own note about every window it shows is not ours.
    if (type != QtDebugMsg && type != QtInfoMsg &&
        !message.contains(QLatin1String("propagateSizeHints")))
        warnings << message;
}

// The words of a PDF, as poppler's pdftotext reads them.
QString pdfWords(const QString &path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

QTableWidget *tabNamed(ReportsPage *page, const QString &start)
{
    for (int i = 0; i < page->tabs()->count(); ++i) {
        if (page->tabs()->tabText(i).startsWith(start))
            return page->table(i);
    }
    return nullptr;
}

} // namespace

TEST_CASE("The Reports page draws the overview and a campaign's report without warnings", "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    MainWindow window(*t.database, MainWindow::ReportsPage);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = static_cast<ReportsPage *>(window.page(MainWindow::ReportsPage));
    // The overview: a bar per current campaign, the same numbers in its table.
    REQUIRE(page->chartView()->chart());
    CHECK_FALSE(page->chartView()->chart()->series().isEmpty());
    QTableWidget *campaigns = tabNamed(page, QStringLiteral("Campaigns"));
    REQUIRE(campaigns);
    CHECK(campaigns->rowCount() == 12); // 13 in the sample; the 9/11 campaign is closed

    const QString pathway = CampaignRepository(*t.database)
                                .findByIdOrName(QStringLiteral("Pathway to Citizenship"))
                                ->id;
    page->showRecord(pathway);
    CHECK(page->currentId() == pathway);
    CHECK(page->chartView()->chart()->title() == QStringLiteral("Action items done, week by week"));
    QTableWidget *partners = tabNamed(page, QStringLiteral("Partners"));
    REQUIRE(partners);
    CHECK(partners->rowCount() == 8);
    QTableWidget *open = tabNamed(page, QStringLiteral("Open items"));
    REQUIRE(open);
    CHECK(open->rowCount() == 4);

    // An item done elsewhere in the window: the report follows.
    const QString call = open->item(1, 1)->text();
    CHECK(call.startsWith(QStringLiteral("Call senators")));
    ActionItemFilter filter;
    filter.campaignId = pathway;
    for (ActionItem item : ActionItemRepository(*t.database).list(filter)) {
        if (item.title == call) {
            item.status = QStringLiteral("done");
            ActionItemRepository(*t.database).update(item);
        }
    }
    QTRY_COMPARE(tabNamed(page, QStringLiteral("Open items"))->rowCount(), 3);
    qInstallMessageHandler(previous);
    CAPTURE(warnings);
    CHECK(warnings.isEmpty());

    // File > Export as PDF writes the one-pager: real text, read back by pdftotext.
    const QString pdf = t.file(QStringLiteral("report.pdf"));
    window.showPage(MainWindow::ReportsPage);
    REQUIRE(window.printActions().exportPdf(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.waitForFinished(60000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    CHECK(words.contains(QStringLiteral("Pathway to Citizenship")));
    CHECK(words.contains(QStringLiteral("Open action items (3)")));
    CHECK(words.contains(QStringLiteral("Partners (8)")));
}

TEST_CASE("Printing from the window - the agenda handout from Deadlines - contacts with the "
          "columns chosen - the coalition's name from Preferences on every page",
          "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    Contact contact;
    contact.name = QStringLiteral("María Quispe");
    contact.phone = QStringLiteral("+1 718 555 0199");
    contact.email = QStringLiteral("maria@example.org");
    ContactRepository(*t.database).create(contact);
    {
        PreferencesDialog preferences;
        preferences.findChild<QLineEdit *>(QStringLiteral("coalitionName"))
            ->setText(QStringLiteral(" Queens Immigrant Coalition "));
        static_cast<QDialog &>(preferences).accept();
    }
    CHECK(Settings().text(Settings::Key::CoalitionName) ==
          QLatin1String("Queens Immigrant Coalition"));
    MainWindow window(*t.database, MainWindow::DeadlinesPage);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const QString agenda = t.file(QStringLiteral("agenda.pdf"));
    REQUIRE(window.printActions().exportPdf(agenda));
    QString words = pdfWords(agenda);
    CHECK(words.startsWith(QStringLiteral("Queens Immigrant Coalition — Deadlines")));
    const auto overdue = words.indexOf(QStringLiteral("Overdue (2)"));
    CHECK(overdue >= 0);
    CHECK(words.indexOf(QStringLiteral("Press Congress to reject")) > overdue);
    CHECK(words.indexOf(QStringLiteral("This week")) >
          words.indexOf(QStringLiteral("Press Congress to reject")));

    // Contacts: the phone is left out unless checked; Cancel prints nothing.
    window.showPage(MainWindow::ContactsPage);
    const QString contacts = t.file(QStringLiteral("contacts.pdf"));
    bool phoneOffered = true;
    whenDialogOpens([&](QDialog *dialog) {
        auto *phone = dialog->findChild<QCheckBox *>(QStringLiteral("printColumn4"));
        REQUIRE(phone);
        phoneOffered = phone->isChecked();
        dialog->accept();
    });
    REQUIRE(window.printActions().exportPdf(contacts));
    CHECK_FALSE(phoneOffered);
    words = pdfWords(contacts);
    CHECK(words.contains(QStringLiteral("María Quispe")));
    CHECK(words.contains(QStringLiteral("maria@example.org")));
    CHECK_FALSE(words.contains(QStringLiteral("555")));

    whenDialogOpens([](QDialog *dialog) {
        dialog->findChild<QCheckBox *>(QStringLiteral("printColumn3"))->setChecked(false); // email
        dialog->findChild<QCheckBox *>(QStringLiteral("printColumn4"))->setChecked(true);  // phone
        dialog->accept();
    });
    REQUIRE(window.printActions().exportPdf(contacts));
    words = pdfWords(contacts);
    CHECK(words.contains(QStringLiteral("+1 718 555 0199")));
    CHECK_FALSE(words.contains(QStringLiteral("maria@example.org")));

    QFile::remove(contacts);
    whenDialogOpens([](QDialog *dialog) { dialog->reject(); });
    CHECK_FALSE(window.printActions().exportPdf(contacts));
    CHECK_FALSE(QFile::exists(contacts));
}
