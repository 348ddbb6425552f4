// coalition_probe: timings inside the real window, offscreen, for scripts/bench.
//
//   coalition_probe search DB QUERIES   types each line of QUERIES into the Action items
//                                       filter, one keystroke at a time, each applied at
//                                       once (as Return does, without the typing pause)
//                                       and painted; prints "keystroke<TAB>TEXT<TAB>MS"
//   coalition_probe sort DB             sorts the Action items page by due date (then
//                                       title) five times each way; prints "sort<TAB>MS"
//
// Timings are wall-clock milliseconds from the key or header click to the first page
// painted.
#include "model/domain/SystemClock.h"
#include "model/lists/ActionItemTableModel.h"
#include "model/storage/Database.h"
#include "ui/pages/ActionItemsPage.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <cstdio>

namespace {

QTextStream out(stdout);

// The page painted now, not at the event loop's leisure.
void paintNow(QWidget *view)
{
    view->repaint();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

int search(MainWindow &window, const QString &queriesPath)
{
    QFile file(queriesPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(queriesPath));
        return 1;
    }
    auto *page = window.findChild<QWidget *>(QStringLiteral("actionItemsPage"));
    auto *field = page->findChild<QLineEdit *>(QStringLiteral("actionSearch"));
    auto *table = page->findChild<QTableView *>();
    const QStringList queries =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &query : queries) {
        field->clear();
        QTest::keyClick(field, Qt::Key_Return);
        paintNow(table->viewport());
        for (int length = 1; length <= query.size(); ++length) {
            const QString text = query.left(length);
            QElapsedTimer timer;
            timer.start();
            // A key event carrying the character, as a keyboard sends it (QTest's
            // keyClicks() knows ASCII only, and these words are not all ASCII).
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text.right(1));
            QCoreApplication::sendEvent(field, &press);
            QTest::keyClick(field, Qt::Key_Return);
            paintNow(table->viewport());
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!text.endsWith(QLatin1Char(' ')))
                out << "keystroke\t" << text << '\t' << ms << Qt::endl;
        }
    }
    return 0;
}

int sort(MainWindow &window)
{
    auto *page = window.findChild<QWidget *>(QStringLiteral("actionItemsPage"));
    auto *table = page->findChild<QTableView *>();
    int due = -1;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (table->model()->headerData(column, Qt::Horizontal).toString() == QLatin1String("Due"))
            due = column;
    }
    if (due < 0) {
        std::fprintf(stderr, "the Action items page has no Due column\n");
        return 1;
    }
    for (int round = 0; round < 10; ++round) {
        const Qt::SortOrder order = round % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
        QElapsedTimer timer;
        timer.start();
        table->sortByColumn(due, order);
        paintNow(table->viewport());
        out << "sort\t" << timer.nsecsElapsed() / 1e6 << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: coalition_probe search DB QUERIES | sort DB\n");
        return 2;
    }
    const SystemClock clock;
    auto database = Database::open(arguments.at(2), clock, Database::OpenMode::MustExist);
    MainWindow window(*database);
    window.resize(1280, 800);
    window.showPage(MainWindow::ActionItemsPage);
    window.show();
    QCoreApplication::processEvents();
    if (arguments.at(1) == QLatin1String("search") && arguments.size() > 3)
        return search(window, arguments.at(3));
    if (arguments.at(1) == QLatin1String("sort"))
        return sort(window);
    std::fprintf(stderr, "usage: coalition_probe search DB QUERIES | sort DB\n");
    return 2;
}
