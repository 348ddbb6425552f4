#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// What the hourly reminder says: how many open action items are due today and how
// many are overdue, as one sentence.
class ReminderText
{
    // The reminder's texts keep the translation context of the window they were
    // written for.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    // "Reminder: 1 action item is due today, and 3 action items are overdue. See
    // Deadlines (Ctrl+5).", or "" when nothing is due or overdue.
    static QString compose(Database &database);

    // Past a thousand the exact number says nothing more, and counting every overdue
    // item of a long history was a fifth of the window's start at a million items.
    static constexpr int countLimit = 1000;
};
