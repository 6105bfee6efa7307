// Shared layout of the report's heat maps (see SvgMatrixLayout.h).
#include "report/SvgMatrixLayout.h"

#include "report/ReportText.h"
#include "util/Error.h"

#include <algorithm>

namespace litetune {

namespace {

constexpr double kTitleHeight = 24;
constexpr double kAxisTitle = 18;
constexpr std::size_t kMaxLabelChars = 12;

std::string labelText(const SvgLabel& label) {
    return label.glyph ? label.text : ReportText::shorten(label.text, kMaxLabelChars);
}

} // namespace

SvgMatrixLayout::SvgMatrixLayout(const std::vector<SvgLabel>& labels, const std::string& title) {
    const double nd = static_cast<double>(std::max<std::size_t>(labels.size(), 1));
    m_cell = std::clamp(360.0 / nd, 18.0, 40.0); // 18: room for a count in every cell up to 20 labels
    // The widest label decides the margins; names are drawn at ~6.2 units per character.
    std::size_t longest = 0;
    bool allGlyphs = true;
    for (const SvgLabel& label : labels) {
        allGlyphs = allGlyphs && label.glyph;
        if (!label.glyph)
            longest = std::max(longest, std::min(label.text.size(), kMaxLabelChars + 1));
    }
    m_labelExtent = allGlyphs ? 22.0 : std::max(22.0, static_cast<double>(longest) * 6.2 + 8);
    m_left = kAxisTitle + m_labelExtent + 6;
    m_top = kTitleHeight + 6;
    const double columnLabels = allGlyphs ? 22.0 : m_labelExtent * 0.72 + 10;
    m_width = std::max(m_left + m_cell * nd + 12, static_cast<double>(title.size()) * 7.5 + 16);
    m_height = m_top + m_cell * nd + columnLabels + kAxisTitle + 6;
}

void SvgMatrixLayout::requireSquare(std::size_t values, std::size_t labels, const std::string& what) {
    if (values != labels * labels)
        throwFailure(what + ": " + std::to_string(values) + " counts for " + std::to_string(labels) + " labels");
}

std::string SvgMatrixLayout::hexByte(int value) {
    static const char* const kDigits = "0123456789abcdef";
    return {kDigits[(value >> 4) & 15], kDigits[value & 15]};
}

void SvgMatrixLayout::drawTitle(SvgWriter& svg, const std::string& title) const {
    SvgTextStyle titleStyle;
    titleStyle.size = 13;
    titleStyle.bold = true;
    svg.text(8, 17, title, titleStyle);
}

void SvgMatrixLayout::drawAxes(SvgWriter& svg, const std::vector<SvgLabel>& labels) const {
    const std::size_t n = labels.size();
    svg.frame(m_left, m_top, m_cell * static_cast<double>(n), m_cell * static_cast<double>(n), "#9aa5b1");

    for (std::size_t i = 0; i < n; ++i) {
        const SvgLabel& label = labels[i];
        SvgTextStyle style;
        style.size = label.glyph ? 13 : 10;
        style.glyph = label.glyph;
        style.anchor = "end";
        const double middle = m_cell * (static_cast<double>(i) + 0.5);
        svg.text(m_left - 5, m_top + middle + style.size * 0.35, labelText(label), style, label.title);
        const double below = m_top + m_cell * static_cast<double>(n) + 5;
        if (label.glyph) {
            style.anchor = "middle";
            svg.text(m_left + middle, below + 13, labelText(label), style, label.title);
        } else {
            style.rotate = -45;
            svg.text(m_left + middle + 3, below + 4, labelText(label), style, label.title);
        }
    }

    SvgTextStyle axisStyle;
    axisStyle.size = 11;
    axisStyle.anchor = "middle";
    axisStyle.fill = "#444444";
    svg.text(m_left + m_cell * static_cast<double>(n) / 2, m_height - 8, "Predicted label", axisStyle);
    axisStyle.rotate = -90;
    svg.text(13, m_top + m_cell * static_cast<double>(n) / 2, "True label", axisStyle);
}

} // namespace litetune
