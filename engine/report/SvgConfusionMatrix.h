// SvgConfusionMatrix: one run's confusion matrix as an SVG heat map — rows are true labels,
// columns predicted labels, each cell shows its count, and the colour is the cell's share of its
// row (row-normalised), so a rare class reads as clearly as a frequent one. A row with no
// examples stays white. Deliberately no colour legend: the caption in the report says what the
// colour means, and the counts are printed in the cells.
// Reference: scikit-learn ConfusionMatrixDisplay (layout, normalize="true").
#pragma once

#include "report/SvgMatrixLayout.h"
#include "report/SvgWriter.h"

#include <cstdint>
#include <string>
#include <vector>

namespace litetune {

class SvgConfusionMatrix {
public:
    // `counts` is row-major [true][predicted] with labels.size()² entries (Failure otherwise).
    SvgConfusionMatrix(std::vector<SvgLabel> labels, std::vector<std::int64_t> counts, std::string title);

    std::string svg() const;
    double width() const { return m_layout.width(); }
    double height() const { return m_layout.height(); }

    // The cell colour for a row share in [0, 1]: white-blue ramp (ColorBrewer "Blues" ends).
    static std::string heatColor(double fraction);

private:
    std::vector<SvgLabel> m_labels;
    std::vector<std::int64_t> m_counts;
    std::string m_title;
    SvgMatrixLayout m_layout; // after the labels and the title it is computed from
};

} // namespace litetune
