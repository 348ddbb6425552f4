#include "ui/print/ChartObjects.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace {

constexpr int chartObjectType = QTextFormat::UserObject + 1;
constexpr int chartIndexProperty = QTextFormat::UserProperty + 1;

// The chart's own size in its scene: a screen's pixels at 96 per inch, which the
// renderer scales to the page, so fonts keep their proportions.
QSizeF sceneSize(const QSizeF &points)
{
    return points * (96.0 / 72.0);
}

} // namespace

ChartObjects::ChartObjects(QTextDocument &document) : QObject(&document), m_document(document)
{
    document.documentLayout()->registerHandler(chartObjectType, this);
}

ChartObjects::~ChartObjects() = default;

bool ChartObjects::place(const QString &marker, QChart *chart, const QSizeF &size)
{
    QTextCursor found = m_document.find(marker);
    if (found.isNull()) {
        delete chart;
        return false;
    }
    Placed placed;
    placed.scene = std::make_unique<QGraphicsScene>();
    // Points to scene pixels: the document's units are the page's, the chart's a screen's.
    const QSizeF inScene = sceneSize(size);
    chart->resize(inScene);
    placed.scene->addItem(chart);
    placed.scene->setSceneRect(QRectF(QPointF(0, 0), inScene));
    placed.size = size;

    QTextCharFormat format;
    format.setObjectType(chartObjectType);
    format.setProperty(chartIndexProperty, int(m_charts.size()));
    m_charts.push_back(std::move(placed));
    found.insertText(QString(QChar::ObjectReplacementCharacter), format);
    return true;
}

QSizeF ChartObjects::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const int index = format.property(chartIndexProperty).toInt();
    if (index < 0 || index >= int(m_charts.size()))
        return {};
    // Points to the layout's device units.
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const qreal perPoint = device ? device->logicalDpiX() / 72.0 : 96.0 / 72.0;
    return m_charts.at(index).size * perPoint;
}

void ChartObjects::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                              const QTextFormat &format)
{
    const int index = format.property(chartIndexProperty).toInt();
    if (index < 0 || index >= int(m_charts.size()))
        return;
    QGraphicsScene &scene = *m_charts.at(index).scene;
    scene.render(painter, rect, scene.sceneRect(), Qt::KeepAspectRatio);
}
