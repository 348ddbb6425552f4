#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QPlainTextEdit;

// Edit > Paste alert: a partner's alert (an email, a statement, a post) to read into the
// Inbox. It opens with what the clipboard holds; the person may change it, say which
// language it is in (or leave that to its words) and the day it came ("tomorrow" in it is
// the day after).
class PasteAlertDialog : public QDialog
{
    Q_OBJECT

public:
    PasteAlertDialog(const QString &text, const QDate &today, QWidget *parent = nullptr);

    QString text() const;
    // "en", "es", or "" to tell it from the alert's words.
    QString language() const;
    QDate receivedOn() const;

    QPlainTextEdit *textEdit() const { return m_text; }

private:
    QPlainTextEdit *m_text;
    QComboBox *m_language;
    QDateEdit *m_received;
};
