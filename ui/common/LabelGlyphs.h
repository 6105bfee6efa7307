// LabelGlyphs: how a label appears on screen — its emoji glyph in a colour emoji font, and a
// readable name. Qt 6.4 draws ❤ 😂 😍 ☀ in monochrome from text fonts; they come out in colour
// only from a font whose family list starts with "Noto Color Emoji". That font is for glyph
// cells and axis labels alone: running text set in it loses its spacing.
#pragma once

#include "api/Dataset.h"

#include <QFont>
#include <QIcon>
#include <QString>

class LabelGlyphs {
public:
    static QFont emojiFont(qreal pointSize = -1);
    // The glyph to draw: the label's glyph, else its name when that is itself a short symbol.
    static QString glyph(const litetune::LabelInfo& label);
    // "_red_heart_" → "red heart".
    static QString displayName(const litetune::LabelInfo& label);
    // The glyph drawn in colour into an icon, for widgets whose own font is the text font
    // (combo boxes, lists); a null icon for an empty glyph.
    static QIcon icon(const QString& glyph, int size = 32);
};
