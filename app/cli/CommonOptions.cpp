#include "app/cli/CommonOptions.h"

#include <QCoreApplication>

CommonOptions::CommonOptions()
    : db{QStringLiteral("db"),
         QCoreApplication::translate("CommandLine",
                                     "Database file (default: coalition.sqlite in your data "
                                     "folder)."),
         QCoreApplication::translate("CommandLine", "PATH")},
      today{QStringLiteral("today"),
            QCoreApplication::translate("CommandLine", "Act as if today were DATE (YYYY-MM-DD)."),
            QCoreApplication::translate("CommandLine", "DATE")},
      days{QStringLiteral("days"),
           QCoreApplication::translate("CommandLine",
                                       "agenda: show items due within N days (overdue always)."),
           QCoreApplication::translate("CommandLine", "N")},
      screenshot{
          QStringLiteral("screenshot"),
          QCoreApplication::translate("CommandLine", "Render the window to a PNG file and exit."),
          QCoreApplication::translate("CommandLine", "FILE")},
      create{QStringLiteral("create"),
             QCoreApplication::translate(
                 "CommandLine", "Start a new database in the --db file even when it exists "
                                "but is empty (0 bytes).")},
      page{QStringLiteral("page"),
           QCoreApplication::translate("CommandLine",
                                       "Open the window on a page: campaigns, organizations, "
                                       "contacts, actions, deadlines or grid."),
           QCoreApplication::translate("CommandLine", "PAGE")}
{}
