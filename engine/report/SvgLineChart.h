// SvgLineChart: curves against a numeric x axis as SVG — here training loss and evaluation loss
// against the optimizer step of one run. Each series is a polyline in its colour (optionally
// dashed, optionally with point markers, which a sparse series such as evaluations needs), with
// nice ticks on both axes and a legend. Non-finite points (a diverged loss) are left out.
// Deliberately one y axis: metrics on other scales get their own chart.
#pragma once

#include "report/SvgWriter.h"

#include <string>
#include <utility>
#include <vector>

namespace litetune {

struct SvgLineSeries {
    std::string name;
    std::vector<std::pair<double, double>> points; // (x, y), x ascending
    std::size_t color = 0;                         // index into SvgWriter::seriesColor
    bool dashed = false;
    bool markers = false;
};

class SvgLineChart {
public:
    struct Options {
        std::string xTitle = "step";
        std::string yTitle;
        double width = 440;
        double height = 250;
    };

    SvgLineChart(std::string title, std::vector<SvgLineSeries> series, Options options);

    bool hasData() const; // at least one finite point
    std::string svg() const;
    double width() const { return m_options.width; }
    double height() const { return m_options.height; }

private:
    std::string m_title;
    std::vector<SvgLineSeries> m_series;
    Options m_options;
};

} // namespace litetune
