// SvgWriter: the tiny SVG writer the report's plots share — a root element with a white
// background, rectangles, lines, polylines, circles and text, every number written locale-free
// and every text escaped. It emits only SVG Tiny 1.2 features with presentation attributes (no
// CSS, no dominant-baseline, no filters), because the same files are rendered by browsers (inline
// in report.html) and by QtSvg's QSvgRenderer (the GUI's PDF export), which implements Tiny 1.2.
// Deliberately not a DOM: elements are appended as text in drawing order.
// Reference: SVG Tiny 1.2 (W3C Recommendation, 2008).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace litetune {

// A category on an axis: what is drawn, the full name as a tooltip, and whether it is an emoji
// glyph (drawn with the colour-emoji font, docs/architecture.md "Emoji").
struct SvgLabel {
    std::string text;
    std::string title;
    bool glyph = false;
};

struct SvgTextStyle {
    double size = 11.0;
    const char* anchor = "start"; // start | middle | end
    const char* fill = "#222222";
    bool bold = false;
    bool glyph = false;  // colour-emoji font first
    double rotate = 0.0; // degrees, around the anchor point
};

class SvgWriter {
public:
    SvgWriter(double width, double height, std::string_view title);

    void rect(double x, double y, double w, double h, std::string_view fill, std::string_view tooltip = {});
    void frame(double x, double y, double w, double h, std::string_view stroke); // outline only
    void line(double x1, double y1, double x2, double y2, std::string_view stroke, double width = 1.0,
              bool dashed = false);
    void polyline(const std::vector<std::pair<double, double>>& points, std::string_view stroke, double width,
                  bool dashed);
    void circle(double cx, double cy, double r, std::string_view fill);
    // (x, y) is the baseline point; vertical centring is the caller's (about 0.35 × size below the middle).
    void text(double x, double y, std::string_view content, const SvgTextStyle& style, std::string_view tooltip = {});

    // The finished document (closes the root element); the writer stays usable for reading sizes.
    std::string finish() const;
    double width() const { return m_width; }
    double height() const { return m_height; }

    // At most two decimals, trailing zeros dropped, never a locale's comma: "12", "12.5", "-0.25".
    static std::string number(double value);
    // A colour-blind-safe series palette (Okabe–Ito), cycling.
    static const char* seriesColor(std::size_t index);
    static const char* fontFamily();
    static const char* glyphFontFamily();

private:
    std::string m_body;
    std::string m_title;
    double m_width;
    double m_height;
};

} // namespace litetune
