#pragma once

#include <QGraphicsScene>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>
#include <memory>
#include <vector>

class QChart;
class QTextDocument;

// Charts inside a QTextDocument: each is a text object (one character of the text) that
// the layout sizes like an image and paints by rendering the chart's scene with the
// page's painter, so axis labels and legends stay vector text in a PDF.
class ChartObjects : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit ChartObjects(QTextDocument &document);
    ~ChartObjects() override;

    // Replaces the paragraph text `marker` with the chart (taking it), size in the
    // document's units. Returns false when the marker is not in the document.
    bool place(const QString &marker, QChart *chart, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    struct Placed
    {
        std::unique_ptr<QGraphicsScene> scene;
        QSizeF size;
    };
    QTextDocument &m_document;
    std::vector<Placed> m_charts;
};
