// SvgMatrixLayout: what the report's two label-by-label heat maps (SvgConfusionMatrix,
// SvgDifferenceMatrix) share, so they read alike side by side — square cells sized to the label
// count, true labels down the left and predicted labels along the bottom (glyphs upright, names
// shortened and slanted), the frame, the axis titles and the title above. Each map draws its own
// cells between drawTitle and drawAxes, in the SVG's drawing order.
#pragma once

#include "report/SvgWriter.h"

#include <cstddef>
#include <string>
#include <vector>

namespace litetune {

class SvgMatrixLayout {
public:
    SvgMatrixLayout(const std::vector<SvgLabel>& labels, const std::string& title);

    double width() const { return m_width; }
    double height() const { return m_height; }
    double cell() const { return m_cell; }
    // The top-left corner of the cell in column `predicted`, row `trueLabel`.
    double cellX(std::size_t predicted) const { return m_left + m_cell * static_cast<double>(predicted); }
    double cellY(std::size_t trueLabel) const { return m_top + m_cell * static_cast<double>(trueLabel); }

    void drawTitle(SvgWriter& svg, const std::string& title) const;
    // The frame round the cells, the labels on both axes and the axis titles.
    void drawAxes(SvgWriter& svg, const std::vector<SvgLabel>& labels) const;

    // Throws a Failure naming `what` unless there are labels² values (row-major [true][predicted]).
    static void requireSquare(std::size_t values, std::size_t labels, const std::string& what);
    // Two lower-case hex digits of a colour channel (0–255).
    static std::string hexByte(int value);

private:
    double m_cell = 0, m_left = 0, m_top = 0, m_labelExtent = 0;
    double m_width = 0, m_height = 0;
};

} // namespace litetune
