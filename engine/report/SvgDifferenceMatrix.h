// SvgDifferenceMatrix: the confusion difference matrix of two runs (B − A) as an SVG heat map —
// rows true labels, columns predicted labels, each cell its signed count change, on a diverging
// scale: blue where B has fewer samples in the cell, white where nothing changed, orange-red where
// it has more (deliberately the sign, not "better": more on the diagonal is good, more off it bad;
// the report's note says so). The scale is symmetric around zero, set by the largest |change|.
// Layout follows SvgConfusionMatrix so the two read alike side by side.
#pragma once

#include "report/SvgMatrixLayout.h"
#include "report/SvgWriter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

class SvgDifferenceMatrix {
public:
    // `delta` is row-major [true][predicted] with labels.size()² entries (Failure otherwise).
    SvgDifferenceMatrix(std::vector<SvgLabel> labels, std::vector<std::int64_t> delta, std::string title);

    std::string svg() const;
    double width() const { return m_layout.width(); }
    double height() const { return m_layout.height(); }

    // The cell colour for a change in [-1, 1] of the largest |change|: #2166ac (−1) … white (0) … #d6604d (+1),
    // the ends of ColorBrewer's "RdBu" softened so the printed counts stay readable.
    static std::string divergingColor(double share);
    // "+3", "−2" (U+2212), "0".
    static std::string signedCount(std::int64_t value);

private:
    std::vector<SvgLabel> m_labels;
    std::vector<std::int64_t> m_delta;
    std::string m_title;
    SvgMatrixLayout m_layout; // after the labels and the title it is computed from
};

} // namespace litetune
