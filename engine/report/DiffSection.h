// DiffSection: the report's "What changed between runs" section in its three forms — report.html
// (inline SVG, tables), the Qt-subset HTML of the GUI's PDF (<img> of the plots, attribute-styled
// tables) and report.md (tables only). For each diff of ReportModel::diffs(): accuracy and macro
// F1 of both runs, the confusion difference matrix, the per-class F1 change, and the first
// kListed samples B fixed and B broke with their text, true label and both predictions, plus the
// totals; a diff that could not be made is a one-line note. Empty for a report of one run.
#pragma once

#include "report/ReportModel.h"

#include <cstddef>
#include <string>

namespace litetune {

class DiffSection {
public:
    static constexpr std::size_t kListed = 20;
    static constexpr const char* kHeading = "What changed between runs";

    explicit DiffSection(const ReportModel& model);

    std::string html() const;
    std::string qtHtml() const;
    std::string markdown() const;

private:
    std::string label(int id, const ReportDiff& item) const; // "❤️ red_heart"
    std::string prediction(int id, float probability, const ReportDiff& item) const;
    // The same as escaped HTML, the glyph in the colour-emoji font (`qt`: inline style, else class).
    std::string labelMarkup(int id, const ReportDiff& item, bool qt) const;
    std::string predictionMarkup(int id, float probability, const ReportDiff& item, bool qt) const;

    const ReportModel& m_model;
};

} // namespace litetune
