// SvgAxis: the value axes of the report's charts — "nice" tick values (1, 2, 5 × 10^k), their
// labels (plain or percent, with just enough decimals for the step), and a left-hand value axis
// with light grid lines. Deliberately linear only: every plotted quantity (loss, F1, counts) reads
// best on a linear scale at these sizes.
// Reference: Heckbert, "Nice numbers for graph labels", Graphics Gems (1990).
#pragma once

#include "report/SvgWriter.h"

#include <vector>

namespace litetune {

// The plotting rectangle in SVG units and the value range it maps (bottom = minValue).
struct SvgPlotArea {
    double left = 0, top = 0, width = 0, height = 0;
    double minValue = 0, maxValue = 1;
    double minX = 0, maxX = 1; // used by charts with a numeric x axis

    double y(double value) const;
    double x(double value) const;
    double bottom() const { return top + height; }
    double right() const { return left + width; }
};

class SvgAxis {
public:
    // About `target` ticks covering [lo, hi]; the first ≤ lo and the last ≥ hi.
    static std::vector<double> niceTicks(double lo, double hi, int target = 5);
    // "0.25", "25%", "1,000": decimals follow the spacing of `ticks`.
    static std::string tickLabel(double value, const std::vector<double>& ticks, bool percent);
    // Grid lines and labels for `ticks` on the left of `area` (values taken from area.minValue/maxValue).
    static void drawValueAxis(SvgWriter& svg, const SvgPlotArea& area, const std::vector<double>& ticks, bool percent);
    // Tick marks and labels for `ticks` along the bottom of `area` (numeric x axis).
    static void drawStepAxis(SvgWriter& svg, const SvgPlotArea& area, const std::vector<double>& ticks);
};

} // namespace litetune
