#include "tests/ui/gallery/ClippedText.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

namespace {

QString describe(const QWidget *widget, const QString &text, const QSize &needed)
{
    return QStringLiteral("%1 %2 \"%3\": %4x%5, needs %6x%7")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             text.left(60))
        .arg(widget->width())
        .arg(widget->height())
        .arg(needed.width())
        .arg(needed.height());
}

bool tooSmall(const QWidget *widget, const QSize &needed)
{
    return widget->width() < needed.width() || widget->height() < needed.height();
}

} // namespace

QStringList clippedTexts(const QWidget *root)
{
    QStringList clipped;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || label->wordWrap())
            continue;
        // A label's minimum size is its whole text (QLabel's own sizing).
        if (tooSmall(label, label->minimumSizeHint()))
            clipped << describe(label, label->text(), label->minimumSizeHint());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        const bool textButton = qobject_cast<const QPushButton *>(button) ||
                                qobject_cast<const QCheckBox *>(button) ||
                                qobject_cast<const QRadioButton *>(button);
        if (!textButton || !button->isVisibleTo(root) || button->text().isEmpty())
            continue;
        // Buttons elide nothing: less width than the hint cuts the text's ends off.
        const QSize needed(button->sizeHint().width(), button->minimumSizeHint().height());
        if (tooSmall(button, needed))
            clipped << describe(button, button->text(), needed);
    }
    return clipped;
}
