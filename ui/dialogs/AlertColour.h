#pragma once

#include <QColor>

class QPalette;

// The red of what needs attention (an overdue deadline, a field's error) that reads on
// the palette's base, light or dark: at least 4.5:1 against it (WCAG AA for text).
namespace AlertColour {

QColor on(const QPalette &palette);
// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);

} // namespace AlertColour
