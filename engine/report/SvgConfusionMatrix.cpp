// Confusion-matrix heat map (see SvgConfusionMatrix.h).
#include "report/SvgConfusionMatrix.h"

#include "report/ReportText.h"

#include <algorithm>
#include <cmath>

namespace litetune {

SvgConfusionMatrix::SvgConfusionMatrix(std::vector<SvgLabel> labels, std::vector<std::int64_t> counts,
                                       std::string title)
    : m_labels(std::move(labels))
    , m_counts(std::move(counts))
    , m_title(std::move(title))
    , m_layout(m_labels, m_title) {
    SvgMatrixLayout::requireSquare(m_counts.size(), m_labels.size(), "confusion matrix of \"" + m_title + "\"");
}

std::string SvgConfusionMatrix::heatColor(double fraction) {
    // Linear in RGB between #f7fbff and #08306b.
    const double f = std::clamp(std::isfinite(fraction) ? fraction : 0.0, 0.0, 1.0);
    const auto channel = [f](int from, int to) { return static_cast<int>(std::lround(from + (to - from) * f)); };
    return "#" + SvgMatrixLayout::hexByte(channel(0xf7, 0x08)) + SvgMatrixLayout::hexByte(channel(0xfb, 0x30)) +
           SvgMatrixLayout::hexByte(channel(0xff, 0x6b));
}

std::string SvgConfusionMatrix::svg() const {
    SvgWriter svg(m_layout.width(), m_layout.height(), m_title);
    const std::size_t n = m_labels.size();
    m_layout.drawTitle(svg, m_title);
    const double cell = m_layout.cell();

    const double countSize = std::min(11.0, cell * 0.36);
    for (std::size_t t = 0; t < n; ++t) {
        std::int64_t rowSum = 0;
        for (std::size_t p = 0; p < n; ++p)
            rowSum += m_counts[t * n + p];
        for (std::size_t p = 0; p < n; ++p) {
            const std::int64_t count = m_counts[t * n + p];
            const double share = rowSum > 0 ? static_cast<double>(count) / static_cast<double>(rowSum) : 0.0;
            const double x = m_layout.cellX(p);
            const double y = m_layout.cellY(t);
            const std::string tip = "true " + m_labels[t].title + ", predicted " + m_labels[p].title + ": " +
                                    std::to_string(count) + " (" + ReportText::percent(share, 1) + " of the row)";
            svg.rect(x, y, cell, cell, heatColor(share), tip);
            if (cell >= 18 && count > 0) {
                SvgTextStyle style;
                style.size = countSize;
                style.anchor = "middle";
                style.fill = share > 0.55 ? "#ffffff" : "#1a1a1a";
                svg.text(x + cell / 2, y + cell / 2 + countSize * 0.35, std::to_string(count), style);
            }
        }
    }
    m_layout.drawAxes(svg, m_labels);
    return svg.finish();
}

} // namespace litetune
