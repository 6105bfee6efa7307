// QtHtmlReport: the report as HTML for QTextDocument — the GUI's PDF export (QTextDocument +
// QPdfWriter). QTextDocument renders only Qt's rich-text subset (HTML 4 tables with border,
// cellpadding, bgcolor and width attributes, <img>, <b>, inline style for colour and font) and no
// inline SVG, so this flavor keeps the content of report.html but uses only that subset and shows
// every plot as <img src="NAME.svg" width=".." height="..">, where NAME.svg is a ReportPlot name
// (ReportBuilder::plots()) the GUI registers as an image resource of the document before
// setHtml(). Laid out for a text width of kTextWidth pixels: plots are scaled down to fit it.
// Deliberately no CSS classes, no flex, no @page: QTextDocument ignores them.
// Reference: Qt 6 "Supported HTML Subset" (richtext-html-subset).
#pragma once

#include "report/ReportModel.h"

#include <string>

namespace litetune {

class QtHtmlReport {
public:
    // What QTextDocument::print() lays out on A4 or Letter with its default 2 cm margins, in pixels.
    static constexpr double kTextWidth = 620.0;

    explicit QtHtmlReport(const ReportModel& model);

    std::string render() const;

private:
    std::string resultsTable() const;
    std::string plotGrid(const std::vector<const ReportPlot*>& plots, int perRow) const;
    std::string perClassTable() const;
    std::string configTable() const;
    std::string environmentTable() const;

    const ReportModel& m_model;
};

} // namespace litetune
