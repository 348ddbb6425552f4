#pragma once

#include <QStringList>

class QWidget;

// The labels and buttons under root (as shown) that are given less room than their
// text needs: cut-off words a person could not read. Word-wrapped labels reflow and are
// left out; so are widgets without text. Each entry names the widget, its text and the
// room it has against the room it needs.
QStringList clippedTexts(const QWidget *root);
