#include "ui/dialogs/RecordDialog.h"

#include "model/domain/ValidationError.h"
#include "ui/dialogs/AlertColour.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecordDialog::RecordDialog(const QString &title, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void RecordDialog::addField(const QString &label, QWidget *editor, const QString &field,
                            const QString &toolTip)
{
    editor->setObjectName(field);
    editor->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    if (!toolTip.isEmpty())
        editor->setToolTip(toolTip);
    auto *column = new QWidget(this);
    auto *stack = new QVBoxLayout(column);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(2);
    stack->addWidget(editor);
    auto *error = new QLabel(column);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setWordWrap(true);
    // Readable on light and dark palettes alike.
    error->setStyleSheet(
        QStringLiteral("color: %1;").arg(AlertColour::on(palette()).name(QColor::HexRgb)));
    error->hide();
    stack->addWidget(error);
    m_form->addRow(label, column);
    if (auto *buddy = qobject_cast<QLabel *>(m_form->labelForField(column)))
        buddy->setBuddy(editor);
    m_errors.insert(field, error);
    m_editors.insert(field, editor);
}

QLineEdit *RecordDialog::tagsEditor(const QStringList &tags)
{
    auto *editor = new QLineEdit(tags.join(QStringLiteral(", ")), this);
    editor->setPlaceholderText(tr("Separate tags with commas"));
    return editor;
}

QStringList RecordDialog::tagsIn(const QLineEdit *editor)
{
    return editor->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QPlainTextEdit *RecordDialog::textEditor(const QString &text, int minimumHeight)
{
    auto *editor = new QPlainTextEdit(text, this);
    editor->setTabChangesFocus(true); // Tab moves on to the next field, as in a form
    editor->setMinimumHeight(minimumHeight);
    return editor;
}

QString RecordDialog::errorAt(const QString &field) const
{
    QLabel *error = m_errors.value(field);
    return error && !error->isHidden() ? error->text() : QString();
}

void RecordDialog::accept()
{
    clearErrors();
    try {
        check();
    } catch (const ValidationError &error) {
        showError(error.field(), error.message());
        return;
    }
    QDialog::accept();
}

void RecordDialog::showError(const QString &field, const QString &message)
{
    QLabel *error = m_errors.value(field);
    if (!error) // a field this dialog does not show (e.g. "id"): show it at the first one
        error = m_errors.isEmpty() ? nullptr : m_errors.begin().value();
    if (!error)
        return;
    error->setText(message);
    error->show();
    // Room for the message's lines: without it the dialog kept its height and the form
    // squeezed the new line through its letters.
    layout()->activate();
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
    if (QWidget *editor = m_editors.value(field))
        editor->setFocus(Qt::OtherFocusReason);
}

void RecordDialog::clearErrors()
{
    for (QLabel *error : std::as_const(m_errors))
        error->hide();
}
