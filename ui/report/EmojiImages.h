// EmojiImages: colour emoji for the PDF report, as images. Qt 6.4 draws colour (bitmap) emoji only
// through an unscaled QPainter::drawText: QSvgRenderer, scaled painters and QPdfWriter all drop
// them (nothing is drawn). So the emoji <text> elements are taken out of a plot's SVG and painted
// over the rendered plot one by one, and the glyph spans of QtHtmlReport's HTML become <img>
// resources of the document. Plain text, and everything else of the report, is left alone.
#pragma once

#include <QImage>
#include <QPointF>
#include <QString>
#include <QVector>

class QPainter;
class QTextDocument;

class EmojiImages {
public:
    struct GlyphText {
        QString glyph;
        QPointF position; // the text's anchor point on the baseline, in SVG units
        double size = 12.0;
        QString anchor; // "start", "middle", "end"
        double rotation = 0.0;
    };

    // Removes the emoji-font <text> elements from `svg` and returns them.
    static QVector<GlyphText> takeGlyphTexts(QString* svg);
    // Paints them onto a plot rendered at `scale` times its SVG size.
    static void paint(QPainter* painter, const QVector<GlyphText>& texts, double scale);
    // QtHtmlReport's glyph spans as <img> tags, their images registered in `document`.
    static QString replaceGlyphSpans(const QString& html, QTextDocument* document);
    // One glyph drawn in colour at `pixelSize`; `ascent` receives its baseline's distance from the top.
    static QImage render(const QString& glyph, int pixelSize, int* ascent = nullptr);
};
