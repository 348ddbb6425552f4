#include "ui/pages/EmptyState.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(const QString &heading, const QString &explanation, const QString &button,
                       QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("emptyStateHeading"));
    QFont larger = title->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.4);
    larger.setBold(true);
    title->setFont(larger);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);
    auto *text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("emptyStateText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    // Lines a reader can follow, however wide the window; a fixed width lets the
    // layout give the wrapped text the height it needs.
    text->setFixedWidth(text->fontMetrics().averageCharWidth() * 64);
    title->setFixedWidth(text->width());
    m_button = new QPushButton(button, this);
    m_button->setObjectName(QStringLiteral("emptyStateButton"));
    m_button->setDefault(true);

    auto *column = new QVBoxLayout(this);
    column->addStretch(2);
    auto centred = [column](QWidget *widget) {
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(widget);
        row->addStretch(1);
        column->addLayout(row);
    };
    centred(title);
    column->addSpacing(title->fontMetrics().height() / 2);
    centred(text);
    column->addSpacing(title->fontMetrics().height());
    column->addWidget(m_button, 0, Qt::AlignHCenter);
    column->addStretch(3);
}
