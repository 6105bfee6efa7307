// ColorScheme: light or dark, whatever the desktop says. "system" keeps the platform's style and
// palette; "light" and "dark" switch to the Fusion style with a palette of that kind, because not
// every platform style draws a dark palette well. Chosen by the setting ui/colorScheme, the
// --color-scheme option or View ▸ Colour Scheme, and applied at runtime: every widget (the plots
// included, see PlotTheme) gets a QEvent::PaletteChange and re-colours itself.
#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

class ColorScheme {
public:
    static QStringList names(); // "system", "light", "dark"
    // The scheme applied last ("system" until apply() is called).
    static QString current();
    // Applies a scheme to the running application; false (and nothing changes) for an unknown name.
    static bool apply(const QString& name);
    static QPalette darkPalette();
    static QPalette lightPalette();
    // The palette is dark when its window is darker than its text.
    static bool isDark(const QPalette& palette);
};
