// Diverging bars of per-class changes (see SvgDeltaBars.h).
#include "report/SvgDeltaBars.h"

#include "report/ReportText.h"
#include "report/SvgDifferenceMatrix.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace litetune {

namespace {

constexpr double kTitleHeight = 26;
constexpr double kRow = 20;
constexpr double kHalf = 150; // pixels from the zero line to the widest bar
constexpr double kValueRoom = 64;
constexpr std::size_t kMaxLabelChars = 16;

} // namespace

SvgDeltaBars::SvgDeltaBars(std::string title, std::vector<SvgLabel> categories, std::vector<double> deltas)
    : m_title(std::move(title))
    , m_categories(std::move(categories))
    , m_deltas(std::move(deltas)) {
    if (m_deltas.size() != m_categories.size())
        throwFailure("delta bars of \"" + m_title + "\": " + std::to_string(m_deltas.size()) + " values for " +
                     std::to_string(m_categories.size()) + " labels");
    std::size_t longest = 2;
    for (const SvgLabel& label : m_categories)
        longest = std::max(longest, label.glyph ? 2 : std::min(label.text.size(), kMaxLabelChars + 1));
    m_labelWidth = static_cast<double>(longest) * 6.2 + 12;
    m_width = std::max(m_labelWidth + 2 * (kHalf + kValueRoom) + 8, static_cast<double>(m_title.size()) * 7.5 + 16);
    m_height = kTitleHeight + kRow * static_cast<double>(std::max<std::size_t>(m_categories.size(), 1)) + 10;
}

std::string SvgDeltaBars::points(double delta) {
    const std::string magnitude = ReportText::fixed(std::fabs(delta) * 100.0, 1) + " pts";
    if (magnitude == "0.0 pts")
        return "\xC2\xB1" + magnitude;
    return (delta > 0 ? "+" : "\xE2\x88\x92") + magnitude;
}

std::string SvgDeltaBars::svg() const {
    SvgWriter svg(m_width, m_height, m_title);
    SvgTextStyle titleStyle;
    titleStyle.size = 13;
    titleStyle.bold = true;
    svg.text(8, 17, m_title, titleStyle);

    double largest = 0.05;
    for (const double d : m_deltas)
        if (std::isfinite(d))
            largest = std::max(largest, std::fabs(d));
    const double zero = m_labelWidth + kValueRoom + kHalf;
    const double top = kTitleHeight;
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        const double y = top + kRow * static_cast<double>(c);
        const SvgLabel& label = m_categories[c];
        SvgTextStyle labelStyle;
        labelStyle.size = label.glyph ? 13 : 10;
        labelStyle.glyph = label.glyph;
        labelStyle.anchor = "end";
        svg.text(m_labelWidth - 6, y + kRow / 2 + labelStyle.size * 0.35,
                 label.glyph ? label.text : ReportText::shorten(label.text, kMaxLabelChars), labelStyle, label.title);
        const double d = m_deltas[c];
        if (!std::isfinite(d))
            continue;
        const double length = std::fabs(d) / largest * kHalf;
        const double x = d < 0 ? zero - length : zero;
        const std::string text = points(d);
        svg.rect(x, y + 3, std::max(length, 0.5), kRow - 6, SvgDifferenceMatrix::divergingColor(d < 0 ? -0.8 : 0.8),
                 label.title + ": " + text);
        SvgTextStyle valueStyle;
        valueStyle.size = 9;
        valueStyle.fill = "#333333";
        valueStyle.anchor = d < 0 ? "end" : "start";
        svg.text(d < 0 ? x - 4 : x + length + 4, y + kRow / 2 + 3, text, valueStyle);
    }
    svg.line(zero, top, zero, top + kRow * static_cast<double>(m_categories.size()), "#616e7c");
    return svg.finish();
}

} // namespace litetune
