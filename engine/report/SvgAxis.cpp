// Value axes for the report charts (see SvgAxis.h).
#include "report/SvgAxis.h"

#include "report/ReportText.h"

#include <algorithm>
#include <cmath>

namespace litetune {

namespace {

double niceStep(double rough) {
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    const double fraction = rough / magnitude;
    const double nice = fraction <= 1.0 ? 1.0 : fraction <= 2.0 ? 2.0 : fraction <= 5.0 ? 5.0 : 10.0;
    return nice * magnitude;
}

int decimalsFor(double step) {
    if (step >= 1.0)
        return 0;
    return std::min(6, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
}

} // namespace

double SvgPlotArea::y(double value) const {
    const double span = maxValue - minValue;
    return span > 0 ? bottom() - (value - minValue) / span * height : bottom();
}

double SvgPlotArea::x(double value) const {
    const double span = maxX - minX;
    return span > 0 ? left + (value - minX) / span * width : left + width / 2;
}

std::vector<double> SvgAxis::niceTicks(double lo, double hi, int target) {
    if (!std::isfinite(lo) || !std::isfinite(hi))
        return {0.0, 1.0};
    if (hi < lo)
        std::swap(lo, hi);
    if (hi - lo < 1e-12) { // a flat series still gets an axis around its value
        const double pad = std::fabs(lo) > 0 ? std::fabs(lo) * 0.1 : 1.0;
        lo -= pad;
        hi += pad;
    }
    const double step = niceStep((hi - lo) / std::max(1, target));
    std::vector<double> ticks;
    const double first = std::floor(lo / step + 1e-9) * step;
    for (double t = first; t < hi + step * 0.999 && ticks.size() < 50; t += step)
        ticks.push_back(std::fabs(t) < step * 1e-9 ? 0.0 : t);
    if (ticks.size() < 2)
        ticks.push_back(first + step);
    return ticks;
}

std::string SvgAxis::tickLabel(double value, const std::vector<double>& ticks, bool percent) {
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : 1.0;
    if (percent)
        return ReportText::fixed(value * 100.0, decimalsFor(step * 100.0)) + "%";
    if (step >= 1.0 && std::fabs(value) < 9.2e18)
        return ReportText::thousands(static_cast<std::int64_t>(std::llround(value)));
    return ReportText::fixed(value, decimalsFor(step));
}

void SvgAxis::drawValueAxis(SvgWriter& svg, const SvgPlotArea& area, const std::vector<double>& ticks, bool percent) {
    SvgTextStyle style;
    style.size = 10;
    style.anchor = "end";
    style.fill = "#555555";
    for (const double tick : ticks) {
        const double y = area.y(tick);
        svg.line(area.left, y, area.right(), y, tick == ticks.front() ? "#888888" : "#e3e3e3");
        svg.text(area.left - 6, y + 3.5, tickLabel(tick, ticks, percent), style);
    }
}

void SvgAxis::drawStepAxis(SvgWriter& svg, const SvgPlotArea& area, const std::vector<double>& ticks) {
    SvgTextStyle style;
    style.size = 10;
    style.anchor = "middle";
    style.fill = "#555555";
    for (const double tick : ticks) {
        if (tick < area.minX - 1e-9 || tick > area.maxX + 1e-9)
            continue;
        const double x = area.x(tick);
        svg.line(x, area.bottom(), x, area.bottom() + 4, "#888888");
        svg.text(x, area.bottom() + 15, tickLabel(tick, ticks, false), style);
    }
}

} // namespace litetune
