#pragma once

#include "model/domain/EntityKind.h"

#include <QDialog>
#include <QVector>

class Database;
class QButtonGroup;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

// Edit > Merge…: two organizations (or two contacts) that stand for one made one. The
// chosen record stays; the person picks the other from a list that starts with likely
// duplicates (names alike once case, accents and spacing are set aside), then for each
// field where the two differ which value stays. Says what moves and that the other goes;
// the merge itself is RecordMerge, pushed as one undoable step by RecordEditor.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Database &database, EntityKind kind, const QString &keptId,
                QWidget *parent = nullptr);

    QString otherId() const;
    void setOtherId(const QString &id);
    // The columns whose value the other record gives.
    QStringList takeFromOther() const;
    // Chooses the other's value of column (for tests and the keyboard alike).
    void chooseOther(const QString &column);

private:
    void fillOthers();
    void showDifferences();

    Database &m_database;
    EntityKind m_kind;
    QString m_keptId;
    QComboBox *m_other;
    QGridLayout *m_fields;
    QLabel *m_consequences;
    QPushButton *m_merge;
    struct Row
    {
        QString column;
        QButtonGroup *choice;
    };
    QVector<Row> m_rows;
    QVector<QWidget *> m_rowWidgets;
};
