#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSizeF>
#include <QString>
#include <QVector>
#include <functional>

class QChart;
class QPagedPaintDevice;

// A document for paper or PDF: HTML laid out by QTextDocument (real text, wrapped,
// tables that repeat their header row on each page), the reports' charts painted in
// place as vector drawings, and on every page a header (the coalition's name, the
// title, the day it was printed) and "Page n of N".
class Printout
{
    Q_DECLARE_TR_FUNCTIONS(Printout)

public:
    Printout(const QString &title, const QString &html);

    // A chart drawn where the HTML holds chartMarker(name) alone in a paragraph; create
    // is called each time the printout is painted (the painter's scene owns the chart).
    // size: in points on the page (1/72 inch).
    void addChart(const QString &name, std::function<QChart *()> create, const QSizeF &size);
    static QString chartMarker(const QString &name);

    void setHeading(const QString &heading) { m_heading = heading; }
    void setPrintedOn(const QDate &day) { m_printedOn = day; }
    QString title() const { return m_title; }
    QString html() const { return m_html; }

    // Lays the printout out for the device's page and paints every page. Returns the
    // number of pages.
    int print(QPagedPaintDevice &device) const;
    // A4 or Letter as the locale uses, 15 mm margins. Throws CoalitionError when the
    // file cannot be written.
    void writePdf(const QString &path) const;

    struct Chart
    {
        QString name;
        std::function<QChart *()> create;
        QSizeF size;
    };

private:
    QString m_title;
    QString m_html;
    QString m_heading;
    QDate m_printedOn;
    QVector<Chart> m_charts;
};
