#pragma once

#include "model/domain/EntityKind.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

// The pieces a detail pane's rich text is built of. Every value is escaped; links to
// records use the coalition:// scheme, which only the pane itself follows.
class DetailHtml
{
    // The translations of these texts were made when they lived in the pane's widget.
    Q_DECLARE_TR_FUNCTIONS(DetailView)

public:
    struct RecordTarget
    {
        EntityKind kind;
        QString id;
    };

    static QString recordLink(EntityKind kind, const QString &id, const QString &text);
    // The record a coalition:// link opens, or nothing for any other link (and for a
    // partnership, which has no page of its own).
    static std::optional<RecordTarget> recordTarget(const QUrl &url);
    static QString webLink(const QString &address);
    static QString mailLink(const QString &email);
    static QString phoneLink(const QString &phone);
    // A "label: value" row of the pane's table; empty when there is no value.
    static QString row(const QString &label, const QString &html);
    static QString escaped(const QString &text);
    static QString title(const QString &text);
    // A heading over a bulleted list; empty when the list is.
    static QString list(const QString &heading, const QStringList &items,
                        const QString &more = QString());
    static QString paragraph(const QString &text);
    // How many related records a pane lists before it says "and N more".
    static constexpr int listLimit = 50;
    static QString moreLine(int shown, int total);
};
