#include "model/records/CampaignPartnerRepository.h"
#include "model/records/CampaignRepository.h"
#include "model/sample/SampleDataLoader.h"
#include "tests/support/TestDatabase.h"
#include "ui/dialogs/PartnerDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSet>
#include <QStandardItemModel>

TEST_CASE("Add partner offers only organizations not yet partners - its error line shows whole",
          "[ui]")
{
    TestDatabase t;
    SampleDataLoader::load(*t.database);
    const auto campaign =
        CampaignRepository(*t.database).findByIdOrName(QStringLiteral("Pathway to Citizenship"));
    REQUIRE(campaign);
    QSet<QString> partners;
    for (const CampaignPartner &known :
         CampaignPartnerRepository(*t.database).forCampaign(campaign->id))
        partners.insert(known.organizationId);
    REQUIRE(partners.size() == 8);

    CampaignPartner partner;
    partner.campaignId = campaign->id;
    PartnerDialog dialog(*t.database, partner);
    auto *organizations = dialog.findChild<QComboBox *>(QStringLiteral("organization_id"));
    REQUIRE(organizations);
    // It starts on an organization that can still join, not on a partner.
    CHECK_FALSE(partners.contains(organizations->currentData().toString()));
    auto *items = qobject_cast<QStandardItemModel *>(organizations->model());
    REQUIRE(items);
    int disabled = 0;
    for (int row = 0; row < organizations->count(); ++row) {
        const bool partnerAlready = partners.contains(organizations->itemData(row).toString());
        CHECK(items->item(row)->isEnabled() == !partnerAlready);
        disabled += partnerAlready;
    }
    CHECK(disabled == 8);

    // A long error makes room for itself.
    dialog.show();
    QCoreApplication::processEvents();
    dialog.showError(QStringLiteral("commitment"),
                     QStringLiteral("This is a long explanation of what is wrong with the "
                                    "commitment, long enough to need two lines or three in a "
                                    "dialog of this width, as translations often are."));
    QCoreApplication::processEvents();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("commitmentError"));
    REQUIRE(error);
    CHECK(error->isVisible());
    CHECK(error->height() >= error->heightForWidth(error->width()));
    if (!qEnvironmentVariableIsEmpty("COALITION_DIALOG_SHOTS"))
        dialog.grab().save(qEnvironmentVariable("COALITION_DIALOG_SHOTS") +
                           QStringLiteral("/add-partner-error.png"));
}
