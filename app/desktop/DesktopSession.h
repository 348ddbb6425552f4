#pragma once

#include <QObject>
#include <functional>
#include <memory>

class Clock;
class Database;
class MainWindow;

// The window's life: opens a database (asking, on an empty one, whether to load the
// sample coalition), shows the main window, and swaps both when the user picks
// File > New or Open. The composition root owns this, never the widgets.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    // Asked when a database is empty: load the sample coalition? (A seam for tests.)
    using SampleQuestion = std::function<bool()>;

    explicit DesktopSession(const Clock &clock);
    void setSampleQuestion(SampleQuestion question) { m_sampleQuestion = std::move(question); }
    // The page the first window opens on (--page; a MainWindow::PageIndex). Windows
    // opened later, on another database, open where the last one was left.
    void setStartPage(int page) { m_startPage = page; }
    ~DesktopSession() override;

    // Opens path and shows a window on it; false (after telling the user) on failure.
    // Create: a new database also in an empty file (the first run, File > New, --create).
    bool open(const QString &path, bool offerSample = true, bool create = false);
    MainWindow *window() const { return m_window.get(); }

private:
    void switchTo(const QString &path, bool create);

    const Clock &m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
    SampleQuestion m_sampleQuestion;
    int m_startPage = -1;
};
