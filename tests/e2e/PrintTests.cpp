// coalition print and report as real processes; their PDFs read back with poppler's
// pdftotext and pdfinfo, independent of Qt.
#include "model/domain/Contact.h"
#include "model/records/ActionItemRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/records/ContactRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/CatchQt.h"
#include "tests/support/CoalitionProcess.h"
#include "tests/support/SampleDatabase.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text with every run of white space made one space: table cells wrap.
QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
}

int pdfPages(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

const QStringList english = {QStringLiteral("LANGUAGE=en"), QStringLiteral("LC_ALL=en_US.UTF-8")};

} // namespace

TEST_CASE("print agenda makes a handout of at most two pages with the two overdue items first",
          "[print]")
{
    SampleDatabase sample;
    const QString pdf = sample.t.file(QStringLiteral("agenda.pdf"));
    const ProcessRun printed =
        runCoalition(sample.args({QStringLiteral("print"), QStringLiteral("agenda"),
                                  QStringLiteral("--pdf"), pdf}),
                     english);
    REQUIRE(printed.exitCode == 0);
    CHECK(pdfPages(pdf) <= 2);
    const QString text = pdfText(pdf);
    const int overdue = int(text.indexOf(QStringLiteral("Overdue (2)")));
    const int press =
        int(text.indexOf(QStringLiteral("Press Congress to reject any criminalization")));
    const int houston = int(text.indexOf(QStringLiteral("Register for OCA Greater Houston")));
    const int week = int(text.indexOf(QStringLiteral("This week")));
    CHECK(overdue >= 0);
    CHECK(press > overdue);
    CHECK(houston > overdue);
    CHECK(week > press);
    CHECK(week > houston);
    CHECK(text.contains(QStringLiteral("8/31/21")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
}

TEST_CASE("report campaign writes the Pathway to Citizenship one-pager", "[print]")
{
    SampleDatabase sample;
    const QString pdf = sample.t.file(QStringLiteral("r.pdf"));
    REQUIRE(runCoalition(sample.args({QStringLiteral("report"), QStringLiteral("campaign"),
                                      QStringLiteral("Pathway to Citizenship"),
                                      QStringLiteral("--pdf"), pdf}),
                         english)
                .exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(
        text.contains(QStringLiteral("Ask: Congress delivers a permanent pathway to citizenship")));
    CHECK(text.contains(QStringLiteral("Target: U.S. Senate and Vice President Harris")));
    CHECK(text.contains(QStringLiteral("Partners (8)")));
    for (const char *partner :
         {"Asian Americans Advancing Justice Lead", "Adhikaar Partner", "HANA Center Partner",
          "VietLead Partner", "Southeast Asian Freedom Network Supporter"})
        CHECK(text.contains(QString::fromUtf8(partner)));
    CHECK(text.contains(QStringLiteral("Open action items (4)")));
    CHECK(text.contains(QStringLiteral("Call senators: disregard the Parliamentarian")));
    // The chart is drawn as vector text: its title and legend are words in the PDF.
    CHECK(text.contains(QStringLiteral("Action items done, week by week")));
    CHECK(text.contains(QStringLiteral("All action items")));

    // Without --pdf: the same report as text.
    const ProcessRun plain =
        runCoalition(sample.args({QStringLiteral("report"), QStringLiteral("campaign"),
                                  QStringLiteral("Pathway to Citizenship")}),
                     english);
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out.contains(QStringLiteral("Partners (8)")));
    CHECK(plain.out.contains(QStringLiteral("HANA Center — Partner")));
}

TEST_CASE("print actions lists every item of a campaign in due order with dates", "[print]")
{
    SampleDatabase sample;
    const QString pdf = sample.t.file(QStringLiteral("a.pdf"));
    REQUIRE(
        runCoalition(sample.args({QStringLiteral("print"), QStringLiteral("actions"),
                                  QStringLiteral("--campaign"),
                                  QStringLiteral("Bystander Intervention Trainings"),
                                  QStringLiteral("--columns"), QStringLiteral("title,due,status"),
                                  QStringLiteral("--pdf"), pdf}),
                     english)
            .exitCode == 0);
    const QString text = pdfText(pdf);
    sample.t.reopen();
    ActionItemFilter filter;
    filter.campaignId = CampaignRepository(*sample.t.database)
                            .findByIdOrName(QStringLiteral("Bystander Intervention Trainings"))
                            ->id;
    const auto items = ActionItemRepository(*sample.t.database).list(filter);
    REQUIRE(items.size() == 3);
    QVector<ActionItem> ordered = items;
    std::sort(ordered.begin(), ordered.end(), [](const ActionItem &a, const ActionItem &b) {
        return a.dueDate.isValid() != b.dueDate.isValid() ? a.dueDate.isValid()
                                                          : a.dueDate < b.dueDate;
    });
    int last = -1;
    for (const ActionItem &item : ordered) {
        CAPTURE(item.title);
        const int at = int(text.indexOf(item.title.left(30)));
        CHECK(at > last);
        last = at;
    }
    CHECK(text.contains(QStringLiteral("3 rows")));
}

TEST_CASE("print contacts leaves phone numbers out unless asked for them", "[print]")
{
    SampleDatabase sample;
    sample.t.reopen();
    Contact contact;
    contact.name = QStringLiteral("María Quispe");
    contact.phone = QStringLiteral("+1 718 555 0199");
    contact.email = QStringLiteral("maria@example.org");
    ContactRepository(*sample.t.database).create(contact);
    sample.t.close();
    const QString pdf = sample.t.file(QStringLiteral("c.pdf"));
    REQUIRE(runCoalition(sample.args({QStringLiteral("print"), QStringLiteral("contacts"),
                                      QStringLiteral("--pdf"), pdf}),
                         english)
                .exitCode == 0);
    QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("María Quispe")));
    CHECK(text.contains(QStringLiteral("maria@example.org")));
    CHECK_FALSE(text.contains(QStringLiteral("555")));
    CHECK_FALSE(text.contains(QStringLiteral("Phone")));

    REQUIRE(runCoalition(sample.args({QStringLiteral("print"), QStringLiteral("contacts"),
                                      QStringLiteral("--columns"), QStringLiteral("name,phone"),
                                      QStringLiteral("--pdf"), pdf}),
                         english)
                .exitCode == 0);
    text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("+1 718 555 0199")));
    CHECK_FALSE(text.contains(QStringLiteral("maria@example.org")));
}

TEST_CASE("Printed pages speak Spanish where the window does", "[print]")
{
    SampleDatabase sample;
    const QString pdf = sample.t.file(QStringLiteral("es.pdf"));
    REQUIRE(runCoalition(sample.args({QStringLiteral("print"), QStringLiteral("agenda"),
                                      QStringLiteral("--pdf"), pdf}),
                         {QStringLiteral("LANGUAGE=es"), QStringLiteral("LC_ALL=es_ES.UTF-8")})
                .exitCode == 0);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Vencidas (2)")));
    CHECK(text.contains(QStringLiteral("Página 1 de")));
    CHECK(text.contains(QStringLiteral("diciembre de 2021")));
    CHECK_FALSE(text.contains(QStringLiteral("Overdue")));
    CHECK_FALSE(text.contains(QStringLiteral("Page 1")));
}

TEST_CASE("print and report refuse what they cannot do with a clear message", "[print]")
{
    SampleDatabase sample;
    ProcessRun run =
        runCoalition(sample.args({QStringLiteral("print"), QStringLiteral("agenda")}), english);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--pdf")));
    run = runCoalition(sample.args({QStringLiteral("report"), QStringLiteral("campaign"),
                                    QStringLiteral("No such campaign")}),
                       english);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("No such campaign")));
    run = runCoalition(
        sample.args({QStringLiteral("print"), QStringLiteral("agenda"), QStringLiteral("--pdf"),
                     sample.t.file(QStringLiteral("missing/folder/a.pdf"))}),
        english);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Cannot write")));
}

TEST_CASE("A long printed list repeats its header row on every page and numbers the pages",
          "[print]")
{
    TestDatabase t;
    t.close();
    REQUIRE(
        runCoalition({QStringLiteral("generate"), QStringLiteral("--db"), t.path(),
                      QStringLiteral("--actions"), QStringLiteral("300"), QStringLiteral("--orgs"),
                      QStringLiteral("20"), QStringLiteral("--contacts"), QStringLiteral("20"),
                      QStringLiteral("--campaigns"), QStringLiteral("5")},
                     english)
            .exitCode == 0);
    const QString pdf = t.file(QStringLiteral("long.pdf"));
    REQUIRE(runCoalition({QStringLiteral("print"), QStringLiteral("actions"),
                          QStringLiteral("--columns"), QStringLiteral("title,due,owner"),
                          QStringLiteral("--db"), t.path(), QStringLiteral("--pdf"), pdf},
                         english)
                .exitCode == 0);
    const int pages = pdfPages(pdf);
    REQUIRE(pages >= 3);
    for (int page = 2; page <= pages; ++page) {
        CAPTURE(page);
        // -layout: the header row's cells on one line, as on the page.
        const QString text =
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
        CHECK(text.contains(QRegularExpression(QStringLiteral("Title\\s+Due\\s+Owner"))));
        CHECK(text.simplified().contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
}
