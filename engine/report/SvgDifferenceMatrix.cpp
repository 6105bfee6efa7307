// Confusion difference heat map (see SvgDifferenceMatrix.h).
#include "report/SvgDifferenceMatrix.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace litetune {

namespace {

std::string mix(int r, int g, int b, double f) {
    const auto channel = [f](int to) { return static_cast<int>(std::lround(255 + (to - 255) * f)); };
    return "#" + SvgMatrixLayout::hexByte(channel(r)) + SvgMatrixLayout::hexByte(channel(g)) +
           SvgMatrixLayout::hexByte(channel(b));
}

} // namespace

SvgDifferenceMatrix::SvgDifferenceMatrix(std::vector<SvgLabel> labels, std::vector<std::int64_t> delta,
                                         std::string title)
    : m_labels(std::move(labels))
    , m_delta(std::move(delta))
    , m_title(std::move(title))
    , m_layout(m_labels, m_title) {
    SvgMatrixLayout::requireSquare(m_delta.size(), m_labels.size(), "difference matrix of \"" + m_title + "\"");
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
    SvgWriter svg(m_layout.width(), m_layout.height(), m_title);
    const std::size_t n = m_labels.size();
    m_layout.drawTitle(svg, m_title);
    const double cell = m_layout.cell();

    std::int64_t largest = 0;
    for (const std::int64_t d : m_delta)
        largest = std::max<std::int64_t>(largest, std::llabs(d));
    const double countSize = std::min(11.0, cell * 0.36);
    for (std::size_t t = 0; t < n; ++t) {
        for (std::size_t p = 0; p < n; ++p) {
            const std::int64_t d = m_delta[t * n + p];
            const double share = largest > 0 ? static_cast<double>(d) / static_cast<double>(largest) : 0.0;
            const double x = m_layout.cellX(p);
            const double y = m_layout.cellY(t);
            const std::string tip = "true " + m_labels[t].title + ", predicted " + m_labels[p].title + ": " +
                                    signedCount(d) + (t == p ? " correct" : " errors");
            svg.rect(x, y, cell, cell, divergingColor(share), tip);
            if (cell >= 18 && d != 0) {
                SvgTextStyle style;
                style.size = countSize;
                style.anchor = "middle";
                style.fill = std::fabs(share) > 0.6 ? "#ffffff" : "#1a1a1a";
                svg.text(x + cell / 2, y + cell / 2 + countSize * 0.35, signedCount(d), style);
            }
        }
    }
    m_layout.drawAxes(svg, m_labels);
    return svg.finish();
}

} // namespace litetune
