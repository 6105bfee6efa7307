// The shared SVG writer (see SvgWriter.h). Tooltips are <title> children of a <g>, the one
// tooltip form both browsers and QtSvg accept without drawing it.
#include "report/SvgWriter.h"

#include "report/ReportText.h"

namespace litetune {

namespace {

std::string attr(const char* name, double value) {
    return std::string(" ") + name + "=\"" + SvgWriter::number(value) + "\"";
}

std::string attr(const char* name, std::string_view value) {
    return std::string(" ") + name + "=\"" + ReportText::escapeXml(value) + "\"";
}

std::string withTooltip(std::string element, std::string_view tooltip) {
    if (tooltip.empty())
        return element + "\n";
    return "<g><title>" + ReportText::escapeXml(tooltip) + "</title>" + element + "</g>\n";
}

} // namespace

SvgWriter::SvgWriter(double width, double height, std::string_view title)
    : m_title(title)
    , m_width(width)
    , m_height(height) {
    rect(0, 0, width, height, "#ffffff");
}

void SvgWriter::rect(double x, double y, double w, double h, std::string_view fill, std::string_view tooltip) {
    m_body += withTooltip("<rect" + attr("x", x) + attr("y", y) + attr("width", w) + attr("height", h) +
                              attr("fill", fill) + "/>",
                          tooltip);
}

void SvgWriter::frame(double x, double y, double w, double h, std::string_view stroke) {
    m_body += "<rect" + attr("x", x) + attr("y", y) + attr("width", w) + attr("height", h) + " fill=\"none\"" +
              attr("stroke", stroke) + " stroke-width=\"1\"/>\n";
}

void SvgWriter::line(double x1, double y1, double x2, double y2, std::string_view stroke, double width, bool dashed) {
    m_body += "<line" + attr("x1", x1) + attr("y1", y1) + attr("x2", x2) + attr("y2", y2) + attr("stroke", stroke) +
              attr("stroke-width", width) + (dashed ? " stroke-dasharray=\"5,3\"" : "") + "/>\n";
}

void SvgWriter::polyline(const std::vector<std::pair<double, double>>& points, std::string_view stroke, double width,
                         bool dashed) {
    if (points.empty())
        return;
    std::string coordinates;
    for (const auto& [x, y] : points) {
        if (!coordinates.empty())
            coordinates += ' ';
        coordinates += number(x) + "," + number(y);
    }
    m_body += "<polyline fill=\"none\"" + attr("stroke", stroke) + attr("stroke-width", width) +
              " stroke-linejoin=\"round\"" + (dashed ? " stroke-dasharray=\"6,4\"" : "") + " points=\"" + coordinates +
              "\"/>\n";
}

void SvgWriter::circle(double cx, double cy, double r, std::string_view fill) {
    m_body += "<circle" + attr("cx", cx) + attr("cy", cy) + attr("r", r) + attr("fill", fill) + "/>\n";
}

void SvgWriter::text(double x, double y, std::string_view content, const SvgTextStyle& style,
                     std::string_view tooltip) {
    std::string element = "<text" + attr("x", x) + attr("y", y) + attr("font-size", style.size) +
                          attr("font-family", style.glyph ? glyphFontFamily() : fontFamily()) +
                          attr("text-anchor", style.anchor) + attr("fill", style.fill);
    if (style.bold)
        element += " font-weight=\"bold\"";
    if (style.rotate != 0.0)
        element += " transform=\"rotate(" + number(style.rotate) + " " + number(x) + " " + number(y) + ")\"";
    element += ">" + ReportText::escapeXml(content) + "</text>";
    m_body += withTooltip(std::move(element), tooltip);
}

std::string SvgWriter::finish() const {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny\"" + attr("width", m_width) +
           attr("height", m_height) + " viewBox=\"0 0 " + number(m_width) + " " + number(m_height) + "\"" +
           attr("aria-label", m_title) + " role=\"img\">\n<title>" + ReportText::escapeXml(m_title) + "</title>\n" +
           m_body + "</svg>\n";
}

std::string SvgWriter::number(double value) {
    std::string text = ReportText::fixed(value, 2);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

const char* SvgWriter::seriesColor(std::size_t index) {
    static const char* const kPalette[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7",
                                           "#56B4E9", "#D55E00", "#F0E442", "#000000"};
    return kPalette[index % (sizeof(kPalette) / sizeof(kPalette[0]))];
}

const char* SvgWriter::fontFamily() {
    return "DejaVu Sans, Helvetica, Arial, sans-serif";
}

const char* SvgWriter::glyphFontFamily() {
    return "Noto Color Emoji, Apple Color Emoji, Segoe UI Emoji, sans-serif";
}

} // namespace litetune
