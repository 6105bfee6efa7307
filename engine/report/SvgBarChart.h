// SvgBarChart: a grouped vertical bar chart as SVG — one group per category (a label), one bar
// per series (a run) in the series colour, a value axis with grid lines and a legend when there
// is more than one series. Used for per-class F1 (runs side by side) and for the label
// distribution (one series, counts printed on the bars when they fit). A NaN value leaves its
// bar out (a run without that label). Deliberately no stacking, no horizontal variant.
#pragma once

#include "report/SvgWriter.h"

#include <string>
#include <vector>

namespace litetune {

struct SvgBarSeries {
    std::string name;
    std::vector<double> values; // one per category
};

class SvgBarChart {
public:
    struct Options {
        bool percent = false;     // values are fractions; the axis reads "25%"
        double maxValue = 0.0;    // top of the axis; 0 = from the data
        bool valueLabels = false; // print each bar's value above it (when the bar is wide enough)
        std::string axisTitle;    // along the value axis
    };

    SvgBarChart(std::string title, std::vector<SvgLabel> categories, std::vector<SvgBarSeries> series, Options options);

    std::string svg() const;
    double width() const { return m_width; }
    double height() const { return m_height; }

private:
    std::string m_title;
    std::vector<SvgLabel> m_categories;
    std::vector<SvgBarSeries> m_series;
    Options m_options;
    double m_group = 0, m_left = 0, m_top = 0, m_plotHeight = 0, m_labelExtent = 0;
    double m_width = 0, m_height = 0;
};

} // namespace litetune
