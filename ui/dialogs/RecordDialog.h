#pragma once

#include <QDialog>
#include <QHash>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class ValidationError;

// The frame of every edit dialog: a form whose fields each have an error line below
// them. On OK the subclass builds its record and validates it with the repository;
// a ValidationError is shown at its field (and focuses it) and the dialog stays open,
// so nothing half-checked is ever saved.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordDialog(const QString &title, QWidget *parent = nullptr);

    // Shows message under the field's editor (or the first one), growing the dialog to fit.
    void showError(const QString &field, const QString &message);
    // The message shown at field, or empty. For tests and accessibility.
    QString errorAt(const QString &field) const;

protected:
    // Adds a row; field is the column name ValidationError uses ("title", "due_date").
    void addField(const QString &label, QWidget *editor, const QString &field,
                  const QString &toolTip = {});
    // Editors every dialog uses alike: tags as "a, b, c", and a multi-line text box.
    QLineEdit *tagsEditor(const QStringList &tags);
    static QStringList tagsIn(const QLineEdit *editor);
    QPlainTextEdit *textEditor(const QString &text, int minimumHeight = 80);

    // Builds and validates the record; throws ValidationError. Called on OK.
    virtual void check() = 0;

    void accept() override;

private:
    void clearErrors();

    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_editors;
};
