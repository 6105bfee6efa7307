// Confusion difference heat map (see SvgDifferenceMatrix.h).
#include "report/SvgDifferenceMatrix.h"

#include "report/ReportText.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace litetune {

namespace {

constexpr double kTitleHeight = 24;
constexpr double kAxisTitle = 18;
constexpr std::size_t kMaxLabelChars = 12;

std::string labelText(const SvgLabel& label) {
    return label.glyph ? label.text : ReportText::shorten(label.text, kMaxLabelChars);
}

std::string hex(int value) {
    static const char* const kDigits = "0123456789abcdef";
    return {kDigits[(value >> 4) & 15], kDigits[value & 15]};
}

std::string mix(int r, int g, int b, double f) {
    const auto channel = [f](int to) { return static_cast<int>(std::lround(255 + (to - 255) * f)); };
    return "#" + hex(channel(r)) + hex(channel(g)) + hex(channel(b));
}

} // namespace

SvgDifferenceMatrix::SvgDifferenceMatrix(std::vector<SvgLabel> labels, std::vector<std::int64_t> delta,
                                         std::string title)
    : m_labels(std::move(labels))
    , m_delta(std::move(delta))
    , m_title(std::move(title)) {
    const std::size_t n = m_labels.size();
    if (m_delta.size() != n * n)
        throwFailure("difference matrix of \"" + m_title + "\": " + std::to_string(m_delta.size()) + " counts for " +
                     std::to_string(n) + " labels");
    const double nd = static_cast<double>(std::max<std::size_t>(n, 1));
    m_cell = std::clamp(360.0 / nd, 18.0, 40.0);
    std::size_t longest = 0;
    bool allGlyphs = true;
    for (const SvgLabel& label : m_labels) {
        allGlyphs = allGlyphs && label.glyph;
        if (!label.glyph)
            longest = std::max(longest, std::min(label.text.size(), kMaxLabelChars + 1));
    }
    m_labelExtent = allGlyphs ? 22.0 : std::max(22.0, static_cast<double>(longest) * 6.2 + 8);
    m_left = kAxisTitle + m_labelExtent + 6;
    m_top = kTitleHeight + 6;
    const double columnLabels = allGlyphs ? 22.0 : m_labelExtent * 0.72 + 10;
    m_width = std::max(m_left + m_cell * nd + 12, static_cast<double>(m_title.size()) * 7.5 + 16);
    m_height = m_top + m_cell * nd + columnLabels + kAxisTitle + 6;
}

std::string SvgDifferenceMatrix::divergingColor(double share) {
    const double s = std::clamp(std::isfinite(share) ? share : 0.0, -1.0, 1.0);
    return s < 0 ? mix(0x21, 0x66, 0xac, -s) : mix(0xd6, 0x60, 0x4d, s);
}

std::string SvgDifferenceMatrix::signedCount(std::int64_t value) {
    if (value > 0)
        return "+" + std::to_string(value);
    if (value < 0)
        return "\xE2\x88\x92" + std::to_string(-value);
    return "0";
}

std::string SvgDifferenceMatrix::svg() const {
    SvgWriter svg(m_width, m_height, m_title);
    const std::size_t n = m_labels.size();
    SvgTextStyle titleStyle;
    titleStyle.size = 13;
    titleStyle.bold = true;
    svg.text(8, 17, m_title, titleStyle);

    std::int64_t largest = 0;
    for (const std::int64_t d : m_delta)
        largest = std::max<std::int64_t>(largest, std::llabs(d));
    const double countSize = std::min(11.0, m_cell * 0.36);
    for (std::size_t t = 0; t < n; ++t) {
        for (std::size_t p = 0; p < n; ++p) {
            const std::int64_t d = m_delta[t * n + p];
            const double share = largest > 0 ? static_cast<double>(d) / static_cast<double>(largest) : 0.0;
            const double x = m_left + m_cell * static_cast<double>(p);
            const double y = m_top + m_cell * static_cast<double>(t);
            const std::string tip = "true " + m_labels[t].title + ", predicted " + m_labels[p].title + ": " +
                                    signedCount(d) + (t == p ? " correct" : " errors");
            svg.rect(x, y, m_cell, m_cell, divergingColor(share), tip);
            if (m_cell >= 18 && d != 0) {
                SvgTextStyle style;
                style.size = countSize;
                style.anchor = "middle";
                style.fill = std::fabs(share) > 0.6 ? "#ffffff" : "#1a1a1a";
                svg.text(x + m_cell / 2, y + m_cell / 2 + countSize * 0.35, signedCount(d), style);
            }
        }
    }
    svg.frame(m_left, m_top, m_cell * static_cast<double>(n), m_cell * static_cast<double>(n), "#9aa5b1");

    for (std::size_t i = 0; i < n; ++i) {
        const SvgLabel& label = m_labels[i];
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
    return svg.finish();
}

} // namespace litetune
