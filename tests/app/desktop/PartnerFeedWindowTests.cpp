// Partner feeds in the window: the dialog that lists and checks them, and Read feeds now
// fetching a real local server's RSS beside the window into the Inbox.
#include "app/desktop/PartnerFeedWatch.h"
#include "model/intake/InboxStore.h"
#include "model/intake/PartnerFeedStore.h"
#include "model/sample/SampleDataLoader.h"
#include "model/sync/HttpClient.h"
#include "tests/support/LocalFeedServer.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/window/ModalDialog.h"
#include "ui/dialogs/PartnerFeedsDialog.h"
#include "ui/pages/InboxPage.h"
#include "ui/window/MainWindow.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

TEST_CASE("Partner feeds are added in their dialog and read into the Inbox beside the window",
          "[ui][intake]")
{
    LocalFeedServer server;
    QFile rss(QStringLiteral(COALITION_INTAKE_DATA_DIR "/feeds/partner-rss.xml"));
    REQUIRE(rss.open(QIODevice::ReadOnly));
    const QString address = server.url(QStringLiteral("honest"), QStringLiteral("news.rss"));
    HttpClient client{QUrl(address), HttpClient::Limits()};
    REQUIRE(client.send("PUT", client.newRequest(), rss.readAll()).status / 100 == 2);

    TestDatabase t;
    SampleDataLoader::load(*t.database);
    MainWindow window(*t.database, MainWindow::InboxPage);
    auto *watch = new PartnerFeedWatch(*t.database, t.clock, window);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *inbox = static_cast<InboxPage *>(window.page(MainWindow::InboxPage));

    QString problem;
    int rows = 0;
    whenDialogOpens([&](QDialog *dialog) {
        auto *feeds = qobject_cast<PartnerFeedsDialog *>(dialog);
        REQUIRE(feeds);
        auto *organization = dialog->findChild<QComboBox *>(QStringLiteral("feedOrganization"));
        organization->setCurrentIndex(organization->findText(QStringLiteral("HANA Center")));
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("feedAddress"));
        field->setText(QStringLiteral("ftp://example.org/feed"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addFeed")),
                          Qt::LeftButton);
        problem = dialog->findChild<QLabel *>(QStringLiteral("feedProblem"))->text();
        field->setText(address);
        QTest::keyClick(field, Qt::Key_Return);
        rows = feeds->table()->rowCount();
        dialog->accept();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("partnerFeedsButton")),
                      Qt::LeftButton);
    CHECK(problem.contains(QLatin1String("https://")));
    CHECK(rows == 1);
    REQUIRE(PartnerFeedStore(*t.database).list().size() == 1);

    QSignalSpy finished(watch, &PartnerFeedWatch::finished);
    auto *readButton = window.findChild<QPushButton *>(QStringLiteral("readFeedsButton"));
    QTest::mouseClick(readButton, Qt::LeftButton);
    CHECK(watch->isReading());
    REQUIRE(finished.wait(60000));
    const QString summary = finished.at(0).at(0).toString();
    CAPTURE(summary);
    CHECK(summary.startsWith(QLatin1String("1 feed read: 3 new entries")));
    CHECK(window.statusBar()->currentMessage() == summary);
    QTest::qWait(400); // the Inbox reads again once the other connection's change settles
    CHECK(inbox->table()->rowCount() == int(InboxStore(*t.database).list().size()));
    CHECK(inbox->table()->rowCount() >= 2);
}
