#pragma once

#include "model/intake/AlertDates.h"
#include "model/intake/AlertDraft.h"
#include "model/intake/AlertText.h"
#include "model/intake/CallsToAction.h"
#include "model/intake/CampaignGuess.h"
#include "model/intake/OrganizationFinder.h"

#include <QRegularExpression>

class Database;

// Turns an alert (a partner's email, a statement, a feed entry) into draft action items,
// by the rules of its language (resources/intake): each sentence that calls to action
// ("Call Governor Hochul…", "… is calling on Gov. Hochul to add $3 billion…", "Please find
// a vigil…") becomes a draft titled in the imperative, with the dates, organization,
// campaign and link its sentence — or else its paragraph and heading — gives. No network,
// no model: every proposal says which words made it.
class AlertExtractor
{
public:
    // The database's organizations and campaigns (current and ended) are read once.
    AlertExtractor(Database &database, const IntakeRules &rules);

    // `alertDay`: the day the alert was written or received ("tomorrow" is from it).
    QVector<AlertDraft> drafts(const QString &alert, const QDate &alertDay) const;

private:
    // A title with no object ("Register for"): what the paragraph offers ("… is offering
    // Bystander Intervention Training in August") gives it one.
    QString objectFor(const AlertText &text, const AlertText::Paragraph &paragraph) const;
    // The action a sentence's announcement asks for ("… is offering Bystander Intervention
    // Trainings…": training), with what is offered in `what`; null when it announces none.
    const IntakeRules::Action *offered(const QString &sentence, QString &what) const;
    // The heading a paragraph falls under, passing over datelines.
    AlertText::Span headingOf(const AlertText &text, const AlertText::Paragraph &paragraph,
                              const QVector<AlertDates::Mention> &dates) const;
    void dateDraft(AlertDraft &draft, const QVector<AlertText::Span> &where,
                   const QVector<AlertDates::Mention> &dates, const QString &alert) const;
    void organizeDraft(AlertDraft &draft, const QVector<OrganizationFinder::Mention> &inSentence,
                       const QVector<OrganizationFinder::Mention> &inParagraph,
                       const QVector<OrganizationFinder::Mention> &inHeading,
                       const QString &alert) const;
    void linkDraft(AlertDraft &draft, const QVector<QString> &where) const;
    static bool isRepeat(const QVector<AlertDraft> &drafts, const AlertDraft &draft);

    IntakeRules m_rules;
    AlertDates m_dates;
    OrganizationFinder m_organizations;
    CampaignGuess m_campaigns;
    CallsToAction m_calls;
    QRegularExpression m_link, m_offering;
};
