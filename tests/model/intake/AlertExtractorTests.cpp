#include "model/intake/AlertExtractor.h"
#include "model/intake/AlikeItem.h"
#include "model/intake/FoldedText.h"
#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/CatchQt.h"
#include "tests/support/TestDatabase.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace {

const QDate alertDay(2021, 12, 15);

QString seedPage()
{
    QFile file(QStringLiteral(COALITION_TEST_DATA_DIR "/intake/seed-page.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

const AlertDraft *draftTitled(const QVector<AlertDraft> &drafts, const QString &start)
{
    for (const AlertDraft &draft : drafts) {
        if (draft.item.title.startsWith(start))
            return &draft;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The source page proposes the vigil the Hochul call and the Houston training", "[intake]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QVector<AlertDraft> drafts =
        AlertExtractor(*t.database, IntakeRules::forLanguage(QStringLiteral("en")))
            .drafts(seedPage(), alertDay);
    QStringList titles;
    for (const AlertDraft &draft : drafts)
        titles << draft.item.title;
    CAPTURE(titles);
    CampaignRepository campaigns(*t.database);
    OrganizationRepository organizations(*t.database);

    // The vigil on the anniversary of Christian Hall's death, on its day.
    const AlertDraft *vigil = draftTitled(drafts, QStringLiteral("Attend a vigil"));
    REQUIRE(vigil);
    CHECK(vigil->item.kind == QStringLiteral("event"));
    CHECK(vigil->item.dueDate == QDate(2021, 12, 30));
    CHECK(vigil->item.campaignId ==
          campaigns.findByIdOrName(QStringLiteral("Justice for Christian Hall"))->id);
    CHECK(vigil->item.link == QStringLiteral("https://justiceforchristianhall.com"));
    CHECK(vigil->passage.contains(QStringLiteral("find a vigil near you")));

    // The call to Governor Hochul, with DRUM, whose paragraph it is.
    const AlertDraft *hochul = draftTitled(drafts, QStringLiteral("Call Governor Kathy Hochul"));
    REQUIRE(hochul);
    CHECK(hochul->item.title.contains(QStringLiteral("$3 billion")));
    CHECK(hochul->item.kind == QStringLiteral("call"));
    CHECK(hochul->item.organizationId == organizations.findByName(QStringLiteral("DRUM"))->id);
    CHECK(hochul->item.campaignId ==
          campaigns.findByIdOrName(QStringLiteral("Fund Excluded Workers"))->id);
    // Said twice on the page ("… calling on Gov. Hochul and NYS Legislature …"): one draft.
    int hochulCalls = 0;
    for (const QString &title : std::as_const(titles))
        hochulCalls += title.contains(QStringLiteral("Hochul")) ? 1 : 0;
    CHECK(hochulCalls == 1);

    // OCA Greater Houston's training, due at the end of its window.
    const AlertDraft *training =
        draftTitled(drafts, QStringLiteral("Register for Bystander Intervention Training"));
    REQUIRE(training);
    CHECK(training->item.kind == QStringLiteral("training"));
    CHECK(training->item.dueDate == QDate(2021, 9, 30));
    CHECK(training->item.notes == QStringLiteral("in August and September"));
    CHECK(training->item.organizationId ==
          organizations.findByName(QStringLiteral("OCA Greater Houston"))->id);
    CHECK(training->item.link == QStringLiteral("https://houstonagainsthate.org/BIT"));
    // Every draft says why it was proposed.
    for (const AlertDraft &draft : drafts)
        CHECK_FALSE(draft.reasons.isEmpty());
}

TEST_CASE("Organizations are found by name acronym and accents and titles are not organizations",
          "[intake]")
{
    Organization drum, oca, centro;
    drum.id = QStringLiteral("drum");
    drum.name = QStringLiteral("DRUM – Desis Rising Up & Moving");
    drum.acronym = QStringLiteral("DRUM");
    oca.id = QStringLiteral("oca");
    oca.name = QStringLiteral("OCA Greater Houston");
    oca.acronym = QStringLiteral("OCA");
    centro.id = QStringLiteral("centro");
    centro.name = QStringLiteral("Centro de Trabajadores Unidos");
    const OrganizationFinder finder({drum, oca, centro},
                                    IntakeRules::forLanguage(QStringLiteral("en")));
    const QString text = QStringLiteral(
        "Desis Rising Up and Moving joins OCA and the CENTRO DE TRABAJADORES UNIDOS. Ask the "
        "Governor to beat the drum; the oca plant is no group. The Fund Excluded Workers "
        "Coalition and Communities United for Status and Protection (CUSP) agree.");
    const auto found = finder.find(text);
    QStringList names;
    for (const auto &mention : found)
        names << text.mid(mention.position, mention.length) + QStringLiteral(" = ") +
                     (mention.organizationId.isEmpty() ? QStringLiteral("new: ") + mention.name
                                                       : mention.organizationId);
    CHECK(names ==
          QStringList{QStringLiteral("Desis Rising Up and Moving = drum"),
                      QStringLiteral("OCA = oca"),
                      QStringLiteral("CENTRO DE TRABAJADORES UNIDOS = centro"),
                      QStringLiteral("Fund Excluded Workers Coalition = new: Fund "
                                     "Excluded Workers Coalition"),
                      QStringLiteral("Communities United for Status and Protection = "
                                     "new: Communities United for Status and Protection")});
}

TEST_CASE("Folded text matches names whatever their accents and case and finds them as written",
          "[intake]")
{
    const QString written = QStringLiteral("Llame a la Coalición — Día de Acción & Nguyễn!");
    const FoldedText folded(written);
    CHECK(folded.text() == QStringLiteral(" llame a la coalicion dia de accion and nguyen "));
    const qsizetype at = folded.text().indexOf(QStringLiteral("dia de accion"));
    const qsizetype start = folded.writtenPosition(at);
    CHECK(written.mid(start, folded.writtenEnd(at, 13) - start) == QStringLiteral("Día de Acción"));
}

TEST_CASE("A passage is given the campaign whose name and ask it shares words with", "[intake]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const CampaignGuess guess(CampaignRepository(*t.database).list(),
                              IntakeRules::forLanguage(QStringLiteral("en")));
    CHECK(guess
              .of(QStringLiteral("Tell Gov. Hochul to add $3 billion to the fund for excluded "
                                 "workers"))
              .campaignName == QStringLiteral("Fund Excluded Workers"));
    CHECK(guess.of(QStringLiteral("Ask members of Congress to co-sponsor the New Way Forward Act"))
              .campaignName == QStringLiteral("New Way Forward Act"));
    // One common word is not enough.
    CHECK(guess.of(QStringLiteral("Read the full statement")).campaignId.isEmpty());
}

TEST_CASE("An announced training or event is a call and two on different dates are two", "[intake]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const AlertExtractor english(*t.database, IntakeRules::forLanguage(QStringLiteral("en")));
    const QVector<AlertDraft> drafts = english.drafts(
        QStringLiteral(
            "Trainings\n\n"
            "Advancing Justice-Chicago is offering free Bystander Intervention "
            "Trainings throughout July. Learn the 5Ds.\n\n"
            "OCA Greater Houston is also offering Bystander Intervention Training in "
            "August and September. Register today at https://houstonagainsthate.org/BIT\n\n"
            "Our members are holding a meeting of the board on Friday.\n"),
        alertDay);
    QStringList titles;
    for (const AlertDraft &draft : drafts)
        titles << draft.item.title + QStringLiteral(" | ") +
                      draft.item.dueDate.toString(Qt::ISODate);
    CAPTURE(titles);
    REQUIRE(drafts.size() == 2); // a board meeting is announced, but is no training or event
    CHECK(drafts.at(0).item.kind == QStringLiteral("training"));
    CHECK(drafts.at(0).item.title ==
          QStringLiteral("Register for free Bystander Intervention Trainings"));
    CHECK(drafts.at(0).item.dueDate == QDate(2021, 7, 31)); // a month without its year: the alert's
    CHECK(drafts.at(0).reasons.contains(QStringLiteral("training: announced, “free Bystander "
                                                       "Intervention Trainings”")));
    CHECK(drafts.at(1).item.dueDate == QDate(2021, 9, 30));
    CHECK(drafts.at(1).item.link == QStringLiteral("https://houstonagainsthate.org/BIT"));
}

TEST_CASE("A Spanish alert finds a campaign named in English through its words", "[intake]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const QVector<AlertDraft> drafts =
        AlertExtractor(*t.database, IntakeRules::forLanguage(QStringLiteral("es")))
            .drafts(QStringLiteral("Firme la petición para que los trabajadores excluidos "
                                   "reciban ayuda antes del 10/01/2022.\n"),
                    alertDay);
    REQUIRE(drafts.size() == 1);
    CHECK(drafts.at(0).item.campaignId ==
          CampaignRepository(*t.database)
              .findByIdOrName(QStringLiteral("Fund Excluded Workers"))
              ->id);
    CHECK(drafts.at(0).item.dueDate == QDate(2022, 1, 10));
}

TEST_CASE("A draft alike an item of its campaign is found and one of another campaign is not",
          "[intake]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    CampaignRepository campaigns(*t.database);
    ActionItem proposed;
    proposed.title = QStringLiteral("Attend a vigil near you and get involved");
    proposed.campaignId =
        campaigns.findByIdOrName(QStringLiteral("Justice for Christian Hall"))->id;
    const auto alike = AlikeItem::find(*t.database, proposed);
    REQUIRE(alike);
    CHECK(alike->title.startsWith(QLatin1String("Attend a vigil on the anniversary")));
    proposed.campaignId = campaigns.findByIdOrName(QStringLiteral("New Way Forward Act"))->id;
    CHECK_FALSE(AlikeItem::find(*t.database, proposed));
    proposed.campaignId.clear();
    CHECK_FALSE(AlikeItem::find(*t.database, proposed));
}
