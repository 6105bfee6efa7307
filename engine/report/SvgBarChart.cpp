// Grouped bar chart (see SvgBarChart.h).
#include "report/SvgBarChart.h"

#include "report/ReportText.h"
#include "report/SvgAxis.h"

#include <algorithm>
#include <cmath>

namespace litetune {

namespace {

constexpr double kPlotWidth = 620; // fits an A4/Letter text column at 100% zoom
constexpr std::size_t kMaxLabelChars = 12;

} // namespace

SvgBarChart::SvgBarChart(std::string title, std::vector<SvgLabel> categories, std::vector<SvgBarSeries> series,
                         Options options)
    : m_title(std::move(title))
    , m_categories(std::move(categories))
    , m_series(std::move(series))
    , m_options(std::move(options)) {
    const double m = static_cast<double>(std::max<std::size_t>(m_categories.size(), 1));
    const double k = static_cast<double>(std::max<std::size_t>(m_series.size(), 1));
    m_group = std::max(k * 5 + 6, std::min(k * 24 + 14, kPlotWidth / m));
    std::size_t longest = 0;
    bool allGlyphs = true;
    for (const SvgLabel& label : m_categories) {
        allGlyphs = allGlyphs && label.glyph;
        if (!label.glyph)
            longest = std::max(longest, std::min(label.text.size(), kMaxLabelChars + 1));
    }
    m_labelExtent = allGlyphs ? 24.0 : static_cast<double>(longest) * 6.2 * 0.72 + 14;
    m_left = 62;
    m_top = 30 + (m_series.size() > 1 ? 18 : 0);
    m_plotHeight = 200;
    // Wide enough for the bars, the title and the legend row, whichever is widest.
    double legend = 0;
    if (m_series.size() > 1)
        for (const SvgBarSeries& series : m_series)
            legend += 30 + static_cast<double>(ReportText::shorten(series.name, 24).size()) * 6.0;
    m_width = std::max({m_left + m_group * m + 16, m_left + legend, static_cast<double>(m_title.size()) * 7.5 + 16});
    m_height = m_top + m_plotHeight + m_labelExtent + 8;
}

std::string SvgBarChart::svg() const {
    SvgWriter svg(m_width, m_height, m_title);
    SvgTextStyle titleStyle;
    titleStyle.size = 13;
    titleStyle.bold = true;
    svg.text(8, 17, m_title, titleStyle);

    double dataMax = 0.0;
    for (const SvgBarSeries& s : m_series)
        for (const double v : s.values)
            if (std::isfinite(v))
                dataMax = std::max(dataMax, v);
    const double top = m_options.maxValue > 0 ? m_options.maxValue : (dataMax > 0 ? dataMax : 1.0);
    const std::vector<double> ticks = SvgAxis::niceTicks(0.0, top, 5);
    SvgPlotArea area;
    area.left = m_left;
    area.top = m_top;
    area.width = m_group * static_cast<double>(m_categories.size());
    area.height = m_plotHeight;
    area.minValue = 0.0;
    area.maxValue = m_options.maxValue > 0 ? m_options.maxValue : ticks.back();
    std::vector<double> shown;
    for (const double t : ticks)
        if (t <= area.maxValue + 1e-12)
            shown.push_back(t);
    SvgAxis::drawValueAxis(svg, area, shown, m_options.percent);
    if (!m_options.axisTitle.empty()) {
        SvgTextStyle style;
        style.size = 10;
        style.anchor = "middle";
        style.fill = "#444444";
        style.rotate = -90;
        svg.text(12, area.top + area.height / 2, m_options.axisTitle, style);
    }

    // Legend: one swatch per series, in a row under the title.
    if (m_series.size() > 1) {
        double x = m_left;
        SvgTextStyle style;
        style.size = 10;
        for (std::size_t s = 0; s < m_series.size(); ++s) {
            svg.rect(x, 26, 10, 10, SvgWriter::seriesColor(s));
            const std::string name = ReportText::shorten(m_series[s].name, 24);
            svg.text(x + 14, 35, name, style);
            x += 14 + static_cast<double>(name.size()) * 6.0 + 16;
        }
    }

    const double k = static_cast<double>(std::max<std::size_t>(m_series.size(), 1));
    const double gap = std::min(10.0, m_group * 0.25);
    const double barWidth = (m_group - gap) / k;
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        const double groupLeft = area.left + m_group * static_cast<double>(c) + gap / 2;
        for (std::size_t s = 0; s < m_series.size(); ++s) {
            const double value = c < m_series[s].values.size() ? m_series[s].values[c] : NAN;
            if (!std::isfinite(value))
                continue;
            const double clamped = std::clamp(value, area.minValue, area.maxValue);
            const double y = area.y(clamped);
            const std::string valueText =
                m_options.percent ? ReportText::percent(value, 1) : ReportText::thousands(std::llround(value));
            const double x = groupLeft + barWidth * static_cast<double>(s);
            svg.rect(x, y, std::max(barWidth - 1, 1.0), area.bottom() - y, SvgWriter::seriesColor(s),
                     m_series[s].name + ", " + m_categories[c].title + ": " + valueText);
            if (m_options.valueLabels && barWidth >= 18) {
                SvgTextStyle style;
                style.size = 9;
                style.anchor = "middle";
                style.fill = "#333333";
                svg.text(x + barWidth / 2, y - 3, valueText, style);
            }
        }
        const SvgLabel& label = m_categories[c];
        SvgTextStyle style;
        style.size = label.glyph ? 13 : 10;
        style.glyph = label.glyph;
        const double middle = area.left + m_group * (static_cast<double>(c) + 0.5);
        if (label.glyph) {
            style.anchor = "middle";
            svg.text(middle, area.bottom() + 17, label.text, style, label.title);
        } else {
            style.anchor = "end";
            style.rotate = -45;
            svg.text(middle + 3, area.bottom() + 10, ReportText::shorten(label.text, kMaxLabelChars), style,
                     label.title);
        }
    }
    return svg.finish();
}

} // namespace litetune
