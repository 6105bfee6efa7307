// SvgDeltaBars: signed changes per category (a run's per-class F1 minus another's) as horizontal
// bars around a zero line — one row per label, orange-red to the right for a gain, blue to the left
// for a loss (the colours of SvgDifferenceMatrix), the change printed beside each bar. The scale
// is symmetric, set by the largest |change| (at least 5 points, so noise does not fill the width).
// A NaN leaves its row empty.
#pragma once

#include "report/SvgWriter.h"

#include <string>
#include <vector>

namespace litetune {

class SvgDeltaBars {
public:
    // `deltas` are fractions (0.042 = +4.2 points), one per category.
    SvgDeltaBars(std::string title, std::vector<SvgLabel> categories, std::vector<double> deltas);

    std::string svg() const;
    double width() const { return m_width; }
    double height() const { return m_height; }

    // 0.042 → "+4.2 pts", -0.1 → "−10.0 pts" (U+2212), 0 → "±0.0 pts".
    static std::string points(double delta);

private:
    std::string m_title;
    std::vector<SvgLabel> m_categories;
    std::vector<double> m_deltas;
    double m_labelWidth = 0, m_width = 0, m_height = 0;
};

} // namespace litetune
