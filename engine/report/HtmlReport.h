// HtmlReport: report.html for browsers — one self-contained page (embedded CSS, every plot as
// inline SVG, no script, no web font, no external file) with the results table and its best-value
// marks, confusion matrices side by side, per-class F1, the label distribution, training curves,
// run settings with their differences highlighted, and the environment. Light theme; @page and
// print rules so it prints on A4 and Letter alike (the paper size is left to the printer, the
// layout fits the narrower A4 column). With `withFiles` it adds a "Files" section linking the
// bundle's other files by relative path, which is only right inside a bundle folder.
// Deliberately not the GUI's PDF form: QTextDocument renders neither this CSS nor inline SVG
// (QtHtmlReport is that flavor).
#pragma once

#include "report/ReportModel.h"

#include <string>
#include <vector>

namespace litetune {

class HtmlReport {
public:
    explicit HtmlReport(const ReportModel& model);

    // `extraFiles`: files a front end adds beside report.html (report.pdf), listed first under Files.
    std::string render(bool withFiles, const std::vector<std::string>& extraFiles = {}) const;

    static const char* styleSheet();

private:
    std::string header() const;
    std::string resultsSection() const;
    std::string confusionSection() const;
    std::string perClassSection() const;
    std::string labelSection() const;
    std::string curvesSection() const;
    std::string configSection() const;
    std::string environmentSection() const;
    std::string filesSection(const std::vector<std::string>& extraFiles) const;

    const ReportModel& m_model;
};

} // namespace litetune
