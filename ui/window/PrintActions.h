#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class Database;
class Page;
class Printout;
class QMenu;
class QWidget;

// File > Print… (Ctrl+P), Print preview… (Ctrl+Shift+P) and Export as PDF… for the page
// on screen: what it shows, as its printout() lays it out, headed with the coalition's
// name (Preferences) and today's date.
class PrintActions : public QObject
{
    Q_OBJECT

public:
    PrintActions(QWidget &window, Database &database, std::function<Page *()> currentPage,
                 QMenu &file);

    // Writes the current page's printout to path; false (and a message box) when it
    // could not. The file dialog's seam for tests.
    bool exportPdf(const QString &path);
    void print();
    void preview();

signals:
    void statusMessage(const QString &message);

private:
    std::optional<Printout> printout();

    QWidget &m_window;
    Database &m_database;
    std::function<Page *()> m_currentPage;
};
