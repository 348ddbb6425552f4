#include "ui/window/PrintActions.h"

#include "model/domain/Clock.h"
#include "model/domain/CoalitionError.h"
#include "model/settings/Settings.h"
#include "model/storage/Database.h"
#include "ui/pages/Page.h"
#include "ui/print/Printout.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

PrintActions::PrintActions(QWidget &window, Database &database, std::function<Page *()> currentPage,
                           QMenu &file)
    : QObject(&window), m_window(window), m_database(database),
      m_currentPage(std::move(currentPage))
{
    QAction *print = file.addAction(tr("Prin&t…"), this, &PrintActions::print);
    print->setObjectName(QStringLiteral("printAction"));
    print->setShortcut(QKeySequence::Print);
    print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    print->setStatusTip(tr("Print what this page shows, as a handout"));
    QAction *preview = file.addAction(tr("Print pre&view…"), this, &PrintActions::preview);
    preview->setObjectName(QStringLiteral("printPreviewAction"));
    preview->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    preview->setStatusTip(tr("See the pages before printing them"));
    QAction *pdf = file.addAction(tr("Export as P&DF…"), this, [this] {
        const std::optional<Printout> page = printout();
        if (!page)
            return;
        QString path = QFileDialog::getSaveFileName(
            &m_window, tr("Export as PDF"),
            QDir::home().filePath(page->title() + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        exportPdf(path);
    });
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    pdf->setStatusTip(tr("Save what this page shows as a PDF file"));
}

std::optional<Printout> PrintActions::printout()
{
    Page *page = m_currentPage();
    if (!page)
        return std::nullopt;
    std::optional<Printout> result = page->printout(&m_window);
    if (result) {
        result->setHeading(Settings().text(Settings::Key::CoalitionName));
        result->setPrintedOn(m_database.clock().today());
    }
    return result;
}

bool PrintActions::exportPdf(const QString &path)
{
    const std::optional<Printout> page = printout();
    if (!page)
        return false;
    try {
        page->writePdf(path);
    } catch (const CoalitionError &error) {
        QMessageBox::warning(&m_window, tr("Export as PDF"), error.message());
        return false;
    }
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void PrintActions::print()
{
    const std::optional<Printout> page = printout();
    if (!page)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(page->title());
    QPrintDialog dialog(&printer, &m_window);
    if (dialog.exec() == QDialog::Accepted)
        page->print(printer);
}

void PrintActions::preview()
{
    const std::optional<Printout> page = printout();
    if (!page)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(page->title());
    QPrintPreviewDialog dialog(&printer, &m_window);
    dialog.setWindowTitle(tr("Print preview — %1").arg(page->title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&page](QPrinter *device) { page->print(*device); });
    dialog.resize(900, 1000);
    dialog.exec();
}
