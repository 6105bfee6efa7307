// Line chart (see SvgLineChart.h).
#include "report/SvgLineChart.h"

#include "report/ReportText.h"
#include "report/SvgAxis.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace litetune {

namespace {

bool finitePoint(const std::pair<double, double>& p) {
    return std::isfinite(p.first) && std::isfinite(p.second);
}

} // namespace

SvgLineChart::SvgLineChart(std::string title, std::vector<SvgLineSeries> series, Options options)
    : m_title(std::move(title))
    , m_series(std::move(series))
    , m_options(std::move(options)) {
    for (SvgLineSeries& s : m_series)
        s.points.erase(std::remove_if(s.points.begin(), s.points.end(), [](const auto& p) { return !finitePoint(p); }),
                       s.points.end());
}

bool SvgLineChart::hasData() const {
    return std::any_of(m_series.begin(), m_series.end(), [](const SvgLineSeries& s) { return !s.points.empty(); });
}

std::string SvgLineChart::svg() const {
    SvgWriter svg(m_options.width, m_options.height, m_title);
    SvgTextStyle titleStyle;
    titleStyle.size = 13;
    titleStyle.bold = true;
    svg.text(8, 17, m_title, titleStyle);

    double minX = std::numeric_limits<double>::infinity(), maxX = -minX;
    double minY = minX, maxY = -minX;
    for (const SvgLineSeries& s : m_series)
        for (const auto& [x, y] : s.points) {
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
        }
    if (!hasData()) {
        minX = 0, maxX = 1, minY = 0, maxY = 1;
    }
    const std::vector<double> yTicks = SvgAxis::niceTicks(minY, maxY, 5);
    std::vector<double> xTicks = SvgAxis::niceTicks(minX, maxX, 5);

    SvgPlotArea area;
    area.left = 56;
    area.top = 46;
    area.width = m_options.width - area.left - 16;
    area.height = m_options.height - area.top - 40;
    area.minValue = yTicks.front();
    area.maxValue = yTicks.back();
    area.minX = minX;
    area.maxX = maxX > minX ? maxX : minX + 1;
    SvgAxis::drawValueAxis(svg, area, yTicks, false);
    SvgAxis::drawStepAxis(svg, area, xTicks);

    SvgTextStyle axisStyle;
    axisStyle.size = 10;
    axisStyle.anchor = "middle";
    axisStyle.fill = "#444444";
    svg.text(area.left + area.width / 2, m_options.height - 6, m_options.xTitle, axisStyle);
    if (!m_options.yTitle.empty()) {
        axisStyle.rotate = -90;
        svg.text(12, area.top + area.height / 2, m_options.yTitle, axisStyle);
    }

    double legendX = area.left;
    SvgTextStyle legendStyle;
    legendStyle.size = 10;
    for (const SvgLineSeries& s : m_series) {
        const char* color = SvgWriter::seriesColor(s.color);
        std::vector<std::pair<double, double>> mapped;
        mapped.reserve(s.points.size());
        for (const auto& [x, y] : s.points)
            mapped.emplace_back(area.x(x), area.y(y));
        if (mapped.size() > 1)
            svg.polyline(mapped, color, 1.8, s.dashed);
        if (s.markers || mapped.size() == 1)
            for (const auto& [x, y] : mapped)
                svg.circle(x, y, 3, color);
        svg.line(legendX, 31, legendX + 18, 31, color, 2, s.dashed);
        const std::string name = ReportText::shorten(s.name, 28);
        svg.text(legendX + 22, 35, name, legendStyle);
        legendX += 22 + static_cast<double>(name.size()) * 6.0 + 18;
    }
    if (!hasData()) {
        SvgTextStyle style;
        style.anchor = "middle";
        style.fill = "#777777";
        svg.text(area.left + area.width / 2, area.top + area.height / 2, "no data", style);
    }
    return svg.finish();
}

} // namespace litetune
