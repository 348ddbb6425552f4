#include "ui/presentation/DetailHtml.h"

#include <QLocale>

#include <catch2/catch.hpp>

namespace {

// The href of the first link in html.
QUrl firstLink(const QString &html)
{
    const int start = html.indexOf(QLatin1String("href=\"")) + 6;
    return QUrl(html.mid(start, html.indexOf(QLatin1Char('"'), start) - start));
}

} // namespace

TEST_CASE("A record link in a detail pane opens that record - other links open none",
          "[presentation]")
{
    const QString html = DetailHtml::recordLink(EntityKind::Organization, QStringLiteral("o-42"),
                                                QStringLiteral("HANA Center"));
    const auto target = DetailHtml::recordTarget(firstLink(html));
    REQUIRE(target);
    CHECK(target->kind == EntityKind::Organization);
    CHECK(target->id == QLatin1String("o-42"));

    const QString partner = DetailHtml::recordLink(EntityKind::CampaignPartner,
                                                   QStringLiteral("p-1"), QStringLiteral("x"));
    CHECK_FALSE(DetailHtml::recordTarget(firstLink(partner)));
    CHECK_FALSE(DetailHtml::recordTarget(QUrl(QStringLiteral("https://hanacenter.org"))));
    CHECK_FALSE(DetailHtml::recordTarget(QUrl(QStringLiteral("coalition:nowhere/1"))));
    CHECK_FALSE(DetailHtml::recordTarget(QUrl(QStringLiteral("coalition:contacts/"))));
}

TEST_CASE("Every value in a detail pane is escaped - markup in a name stays text", "[presentation]")
{
    const QString name = QStringLiteral("<img src=x onerror=alert(1)> & \"Co\"");
    const QString link = DetailHtml::recordLink(EntityKind::Contact, QStringLiteral("c"), name);
    CHECK_FALSE(link.contains(QLatin1String("<img")));
    CHECK(link.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;")));
    CHECK_FALSE(DetailHtml::title(name).contains(QLatin1String("<img")));
    CHECK_FALSE(DetailHtml::paragraph(name).contains(QLatin1String("<img")));
    CHECK(DetailHtml::paragraph(QStringLiteral("line one\nline two")) ==
          QLatin1String("<p>line one<br>line two</p>"));
    CHECK_FALSE(DetailHtml::mailLink(name).contains(QLatin1String("<img")));
    CHECK_FALSE(DetailHtml::webLink(QStringLiteral("https://a.org/\"><script>"))
                    .contains(QLatin1String("<script>")));
}

TEST_CASE("Empty values leave no row - a phone link dials only the digits", "[presentation]")
{
    CHECK(DetailHtml::row(QStringLiteral("Email"), QString()).isEmpty());
    CHECK(DetailHtml::paragraph(QString()).isEmpty());
    CHECK(DetailHtml::list(QStringLiteral("People"), {}).isEmpty());
    CHECK(DetailHtml::webLink(QString()).isEmpty());
    CHECK(DetailHtml::phoneLink(QStringLiteral("(718) 555-0142 ext. 3"))
              .startsWith(QLatin1String("<a href=\"tel:71855501423\">")));
    CHECK(DetailHtml::moreLine(50, 50).isEmpty());
    CHECK(DetailHtml::moreLine(50, 1234).contains(QLocale().toString(1184)));
}
