#pragma once

#include "model/feed/ConflictLog.h"

#include <QCoreApplication>
#include <QString>

class Database;

// A conflict as people read it: values shown the way the window shows the field (a date
// in the locale, a campaign by its name, a status by its label), who wrote each side by
// name or, when its person gave none, as "someone on laptop 3f2a9c1b", and when it was
// found in local time.
class ConflictText
{
    Q_DECLARE_TR_FUNCTIONS(ConflictText)

public:
    ConflictText(Database &database, const ConflictLog::Entry &conflict);

    QString kept() const;
    QString other() const;
    QString keptBy() const;
    QString otherBy() const;
    QString found() const;

private:
    QString value(const std::optional<QString> &value) const;
    QString author(const QString &name, const QString &device) const;

    Database &m_database;
    const ConflictLog::Entry &m_conflict;
};
