#include "model/intake/AlertExtractor.h"

#include "model/intake/AlikeItem.h"

#include "model/records/CampaignRepository.h"
#include "model/records/OrganizationRepository.h"

#include <algorithm>

namespace {

template<typename Mention>
QVector<Mention> within(const QVector<Mention> &mentions, const AlertText::Span &span)
{
    QVector<Mention> result;
    for (const Mention &mention : mentions) {
        if (span.contains(mention.position))
            result << mention;
    }
    return result;
}

} // namespace

AlertExtractor::AlertExtractor(Database &database, const IntakeRules &rules)
    : m_rules(rules), m_dates(rules),
      m_organizations(OrganizationRepository(database).list(), rules),
      m_campaigns(CampaignRepository(database).list(), rules), m_calls(rules)
{
    m_link = QRegularExpression(
        QStringLiteral(
            "\\bhttps?://[^\\s<>\"“”]+|\\bwww\\.[^\\s<>\"“”]+|\\b[\\w-]+(?:\\.[\\w-]+)*\\."
            "(?:com|org|net|gov|edu|us|info)(?:/[^\\s<>\"“”]*)?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // "… is offering <what> throughout July": the verbs and ends are the language's rules.
    const auto alternatives = [](const QStringList &words) {
        QStringList escaped;
        for (const QString &word : words)
            escaped << QRegularExpression::escape(word).replace(QStringLiteral("\\ "),
                                                                QStringLiteral("\\s+"));
        return escaped.join(QLatin1Char('|'));
    };
    if (!rules.offeringVerbs.isEmpty())
        m_offering = QRegularExpression(
            QStringLiteral("\\b(?:%1)\\s+(?<what>[^.,;:!?]+?)(?=\\s+(?:%2)\\b|[.,;:!?]|$)")
                .arg(alternatives(rules.offeringVerbs), alternatives(rules.offeringEnds)),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
}

QString AlertExtractor::objectFor(const AlertText &text,
                                  const AlertText::Paragraph &paragraph) const
{
    if (!m_offering.isValid() || m_offering.pattern().isEmpty())
        return {};
    const QRegularExpressionMatch offered = m_offering.match(text.textOf(paragraph.span));
    return offered.hasMatch() ? offered.captured(QStringLiteral("what")).simplified() : QString();
}

const IntakeRules::Action *AlertExtractor::offered(const QString &sentence, QString &what) const
{
    if (m_offering.pattern().isEmpty())
        return nullptr;
    const QRegularExpressionMatch offering = m_offering.match(sentence);
    if (!offering.hasMatch())
        return nullptr;
    what = offering.captured(QStringLiteral("what")).simplified();
    const QString folded = QLatin1Char(' ') + what.toLower() + QLatin1Char(' ');
    for (auto word = m_rules.offeredKinds.cbegin(); word != m_rules.offeredKinds.cend(); ++word) {
        if (!folded.contains(QLatin1Char(' ') + word.key() + QLatin1Char(' ')))
            continue;
        for (const IntakeRules::Action &action : m_rules.actions) {
            if (action.kind == word.value())
                return &action;
        }
    }
    return nullptr;
}

bool AlertExtractor::isRepeat(const QVector<AlertDraft> &drafts, const AlertDraft &draft)
{
    // The same call said twice ("… calling on Governor Hochul…", "… calling on Gov. Hochul
    // …"): same kind, and most of the words of the shorter title in the other — unless
    // they fall on different dates.
    const QSet<QString> words = AlikeItem::titleWords(draft.item.title);
    return std::any_of(drafts.cbegin(), drafts.cend(), [&](const AlertDraft &other) {
        if (other.item.kind != draft.item.kind)
            return false;
        // Two trainings on two dates (July's, September's) are two calls.
        if (other.item.dueDate.isValid() && draft.item.dueDate.isValid() &&
            other.item.dueDate != draft.item.dueDate)
            return false;
        const QSet<QString> others = AlikeItem::titleWords(other.item.title);
        return AlikeItem::titlesAlike(words, others);
    });
}

AlertText::Span AlertExtractor::headingOf(const AlertText &text,
                                          const AlertText::Paragraph &paragraph,
                                          const QVector<AlertDates::Mention> &dates) const
{
    // A dateline ("December 20, 2021", "Nueva York, 20 de diciembre de 2021") heads
    // nothing: the heading is the one above it.
    for (int at = paragraph.underHeading; at >= 0; at = text.paragraphs().at(at).underHeading) {
        const AlertText::Span span = text.paragraphs().at(at).span;
        QString rest = text.textOf(span);
        for (const AlertDates::Mention &date : dates) {
            if (span.contains(date.position))
                rest.remove(date.position - span.position, date.length);
        }
        if (rest.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 3)
            return span;
    }
    return {};
}

void AlertExtractor::dateDraft(AlertDraft &draft, const QVector<AlertText::Span> &where,
                               const QVector<AlertDates::Mention> &dates,
                               const QString &alert) const
{
    // The first date of the sentence, else of its paragraph, else of its heading.
    const AlertDates::Mention *when = nullptr;
    for (const AlertText::Span &span : where) {
        for (const AlertDates::Mention &mention : dates) {
            if (!when && span.contains(mention.position))
                when = &mention;
        }
    }
    if (!when)
        return;
    // A window ("in August and September") is due on its last day.
    draft.item.dueDate = when->last;
    if (when->start.isValid()) {
        draft.item.eventStart = QDateTime(when->first, when->start, Qt::LocalTime).toUTC();
        if (when->end.isValid())
            draft.item.eventEnd = QDateTime(when->first, when->end, Qt::LocalTime).toUTC();
    }
    const QString written = alert.mid(when->position, when->length);
    if (when->isWindow())
        draft.item.notes = written;
    draft.reasons << QStringLiteral("date: “%1”").arg(written);
}

void AlertExtractor::organizeDraft(AlertDraft &draft,
                                   const QVector<OrganizationFinder::Mention> &inSentence,
                                   const QVector<OrganizationFinder::Mention> &inParagraph,
                                   const QVector<OrganizationFinder::Mention> &inHeading,
                                   const QString &alert) const
{
    // The organization the title names ("Donate to the DRUM hardship fund"), else the
    // paragraph's first, whose news it is ("DRUM – … will continue the fight… calling
    // on Governor Kathy Hochul"), else the sentence's or the heading's.
    const OrganizationFinder::Mention *chosen = nullptr;
    for (const OrganizationFinder::Mention &mention : inSentence) {
        if (!chosen && draft.item.title.contains(alert.mid(mention.position, mention.length)))
            chosen = &mention;
    }
    for (const auto *mentions : {&inParagraph, &inSentence, &inHeading}) {
        if (!chosen && !mentions->isEmpty())
            chosen = &mentions->first();
    }
    if (!chosen)
        return;
    draft.item.organizationId = chosen->organizationId;
    if (chosen->organizationId.isEmpty())
        draft.newOrganization = chosen->name;
    draft.reasons
        << QStringLiteral("organization: “%1”").arg(alert.mid(chosen->position, chosen->length));
}

void AlertExtractor::linkDraft(AlertDraft &draft, const QVector<QString> &where) const
{
    for (const QString &words : where) {
        const QRegularExpressionMatch link = m_link.match(words);
        if (!link.hasMatch())
            continue;
        QString address = link.captured();
        while (!address.isEmpty() && QStringLiteral(".,;:!?)").contains(address.back()))
            address.chop(1);
        draft.item.link = address.startsWith(QStringLiteral("http"))
                              ? address
                              : QStringLiteral("https://") + address;
        return;
    }
}

QVector<AlertDraft> AlertExtractor::drafts(const QString &alert, const QDate &alertDay) const
{
    const AlertText text(alert, m_rules);
    const QVector<AlertDates::Mention> dates = m_dates.find(alert, alertDay);
    const QVector<OrganizationFinder::Mention> organizations = m_organizations.find(alert);
    // An alert about one thing (a statement, an email) is about its campaign throughout.
    QSet<qsizetype> headings;
    for (const AlertText::Paragraph &paragraph : text.paragraphs())
        headings.insert(headingOf(text, paragraph, dates).position);
    const CampaignGuess::Guess wholeAlert =
        headings.size() <= 1 ? m_campaigns.of(alert) : CampaignGuess::Guess{};
    QVector<AlertDraft> result;
    for (const AlertText::Paragraph &paragraph : text.paragraphs()) {
        const AlertText::Span heading = headingOf(text, paragraph, dates);
        CampaignGuess::Guess campaign =
            m_campaigns.of(text.textOf(heading) + QLatin1Char('\n') + text.textOf(paragraph.span));
        if (campaign.campaignId.isEmpty())
            campaign = wholeAlert;
        const auto inParagraph = within(organizations, paragraph.span);
        const QString subject = inParagraph.isEmpty() ? QString() : inParagraph.first().name;
        // The rest of a draft, from where its call was found.
        const auto complete = [&](AlertDraft &draft, const AlertText::Span &sentence,
                                  const QString &words) {
            if (!campaign.campaignId.isEmpty()) {
                draft.item.campaignId = campaign.campaignId;
                draft.reasons << QStringLiteral("campaign: %1")
                                     .arg(campaign.sharedWords.join(QStringLiteral(", ")));
            }
            organizeDraft(draft, within(organizations, sentence), inParagraph,
                          within(organizations, heading), alert);
            dateDraft(draft, {sentence, paragraph.span, heading}, dates, alert);
            linkDraft(draft, {words, text.textOf(paragraph.span)});
            if (!isRepeat(result, draft))
                result << draft;
        };
        const qsizetype before = result.size();
        for (const AlertText::Span &sentence : paragraph.sentences) {
            const QString words = text.textOf(sentence);
            for (const CallsToAction::Call &call : m_calls.in(words, subject)) {
                AlertDraft draft;
                draft.position = sentence.position;
                draft.length = sentence.length;
                draft.passage = words;
                draft.item.title = call.title;
                draft.item.kind = call.action->kind;
                if (!call.hasObject) {
                    // "Register today at …": what the paragraph offers, or for an
                    // event the heading that names it, or no draft.
                    QString object = objectFor(text, paragraph);
                    const bool namesEvent =
                        QStringList{QStringLiteral("event"), QStringLiteral("training"),
                                    QStringLiteral("sign-up")}
                            .contains(draft.item.kind);
                    // A heading that names it, not an email's "Subject: ACTION ALERT: …".
                    const QString headline = text.textOf(heading).simplified();
                    if (object.isEmpty() && namesEvent && !headline.contains(QLatin1Char(':')) &&
                        headline.count(QLatin1Char(' ')) < 12)
                        object = headline;
                    if (object.isEmpty())
                        continue;
                    draft.item.title = call.action->title + QLatin1Char(' ') + object;
                }
                draft.reasons << QStringLiteral("%1: “%2”")
                                     .arg(call.action->kind, words.mid(call.position, call.length));
                complete(draft, sentence, words);
            }
        }
        // A paragraph that calls for nothing but announces a training or an event ("… is
        // offering Bystander Intervention Trainings throughout July") asks the reader to
        // come: one draft, from its first such sentence.
        if (result.size() != before)
            continue;
        for (const AlertText::Span &sentence : paragraph.sentences) {
            const QString words = text.textOf(sentence);
            QString what;
            const IntakeRules::Action *action = offered(words, what);
            if (!action)
                continue;
            AlertDraft draft;
            draft.position = sentence.position;
            draft.length = sentence.length;
            draft.passage = words;
            draft.item.title = action->title + QLatin1Char(' ') + what;
            draft.item.kind = action->kind;
            draft.reasons << QStringLiteral("%1: announced, “%2”").arg(action->kind, what);
            complete(draft, sentence, words);
            break;
        }
    }
    return result;
}
