#include "ui/print/Printout.h"

#include "model/domain/CoalitionError.h"
#include "ui/print/ChartObjects.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

// Black text on white paper whatever the window's palette, tables with ruled cells.
const char *const styleSheet = R"(
    body { color: #000000; }
    h1 { font-size: 17pt; margin-bottom: 2pt; }
    h2 { font-size: 12.5pt; margin-top: 12pt; margin-bottom: 3pt; }
    p.sub { color: #444444; margin-top: 0; }
    table.list { border-collapse: collapse; }
    table.list th { background-color: #e8e8e8; text-align: left; }
    table.list td { border-bottom: 0.5pt solid #c0c0c0; }
    td.number, th.number { text-align: right; }
    .overdue { color: #a51d2d; font-weight: bold; }
    .muted { color: #555555; }
)";

QPageSize::PageSizeId paperOf(const QLocale &locale)
{
    // Letter where people use it (the United States, Canada, Mexico and their
    // neighbours); A4 elsewhere.
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

// Cell padding is in the device's pixels: the same on paper whatever the resolution.
void spaceTableCells(QTextDocument &document, qreal dpi)
{
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setCellPadding(dpi / 72.0);
            table->setFormat(format);
        }
    }
}

} // namespace

Printout::Printout(const QString &title, const QString &html) : m_title(title), m_html(html) {}

void Printout::addChart(const QString &name, std::function<QChart *()> create, const QSizeF &size)
{
    m_charts.append({name, std::move(create), size});
}

QString Printout::chartMarker(const QString &name)
{
    return QStringLiteral("[chart:%1]").arg(name);
}

int Printout::print(QPagedPaintDevice &device) const
{
    QPainter painter(&device);
    const qreal dpi = device.logicalDpiY();
    const QSizeF paper = device.pageLayout().paintRectPixels(device.logicalDpiX()).size();

    QFont headerFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    headerFont.setPointSizeF(8.5);
    const QFontMetricsF headerMetrics(headerFont, &device);
    const qreal headerHeight = headerMetrics.height() * 2.2;
    const qreal footerHeight = headerMetrics.height() * 2.0;
    const QRectF body(0, headerHeight, paper.width(), paper.height() - headerHeight - footerHeight);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    QFont bodyFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    bodyFont.setPointSizeF(10);
    document.setDefaultFont(bodyFont);
    document.setDefaultStyleSheet(QString::fromLatin1(styleSheet));
    document.setDocumentMargin(0);
    document.setHtml(m_html);
    spaceTableCells(document, dpi);
    auto *charts = new ChartObjects(document);
    for (const Chart &chart : m_charts) {
        // At most the page's width, keeping the chart's proportions.
        QSizeF size = chart.size;
        const qreal widest = body.width() * 72.0 / dpi;
        if (size.width() > widest)
            size = size * (widest / size.width());
        charts->place(chartMarker(chart.name), chart.create(), size);
    }
    document.setPageSize(body.size());
    const int pages = document.pageCount();

    const QString printed = QLocale().toString(
        m_printedOn.isValid() ? m_printedOn : QDate::currentDate(), QLocale::LongFormat);
    const QString heading = m_heading.isEmpty() ? QStringLiteral("Coalition") : m_heading;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.setFont(headerFont);
        painter.setPen(Qt::black);
        const QRectF top(0, 0, paper.width(), headerMetrics.height());
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                         headerMetrics.elidedText(heading + QStringLiteral(" — ") + m_title,
                                                  Qt::ElideRight, paper.width() * 0.7));
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, printed);
        painter.setPen(QPen(Qt::gray, dpi / 144.0));
        painter.drawLine(QPointF(0, headerMetrics.height() * 1.4),
                         QPointF(paper.width(), headerMetrics.height() * 1.4));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, paper.height() - headerMetrics.height(), paper.width(),
                                headerMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.save();
        const QRectF shown(0, page * body.height(), body.width(), body.height());
        painter.translate(body.left(), body.top() - shown.top());
        painter.setClipRect(shown);
        context.clip = shown;
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

void Printout::writePdf(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw CoalitionError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Coalition"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(paperOf(QLocale())));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        print(writer);
    }
    if (!file.flush() || file.error() != QFileDevice::NoError)
        throw CoalitionError(tr("Cannot write %1: %2").arg(path, file.errorString()));
}
