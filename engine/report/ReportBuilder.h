// ReportBuilder: the report of one or more runs (the GUI's Export and `litetune-cli compare
// --report FILE`) — report.html (self-contained, inline SVG, print-ready), report.md (the
// reference table of docs/design.md with runs as columns), metrics.csv, metrics.json, plots/*.svg
// and runs/<name>/ (run.json, metrics.json, history.csv, predictions.csv when present, and
// adapter/ of each LoRA run), written as a folder or bundled as .zip / .tar.gz / .tgz. Every
// output is also available as a string, and the HTML in a second flavor for QTextDocument.
// Nothing half-written is ever left: a folder is built beside its target and renamed, a bundle
// is built in a temporary folder and archived atomically (engine/archive/Archive.h).
// Deliberately no PDF here: the engine has no Qt; the GUI prints qtHtml() (contract below).
//
// Bundle layout (paths inside the archive):
//   <stem>/report.html  report.md  metrics.csv  metrics.json  plots/NAME.svg
//   <stem>/runs/<folder>/{run.json, metrics.json, history.csv, predictions.csv, adapter/...}
// where <stem> is the archive's file name without .zip/.tar.gz/.tgz. report.html links the other
// files by relative path only, so it renders the same from the unpacked folder.
//
// GUI PDF contract (QTextDocument renders no inline SVG and little CSS):
//   ReportBuilder report(input);
//   QTextDocument doc;
//   for (const ReportPlot& plot : report.plots()) {        // names match qtHtml()'s <img src>
//       QSvgRenderer svg(QByteArray::fromStdString(plot.svg));
//       QImage image(QSize(plot.width, plot.height) * 3, QImage::Format_ARGB32);  // 3x: crisp in the PDF
//       image.fill(Qt::white); QPainter painter(&image); svg.render(&painter); painter.end();
//       doc.addResource(QTextDocument::ImageResource, QUrl(QString::fromStdString(plot.name)), image);
//   }
//   doc.setHtml(QString::fromStdString(report.qtHtml()));   // after addResource
//   QPdfWriter writer(file); writer.setPageSize(QPageSize(QPageSize::A4)); doc.print(&writer);
// The <img> tags carry width/height in layout pixels (≤ QtHtmlReport::kTextWidth), so the 3x
// image is drawn at that size. Label glyphs are spans with font-family 'Noto Color Emoji'.
// Reference: docs/report.md.
#pragma once

#include "report/ReportInput.h"
#include "report/ReportModel.h"

#include <filesystem>
#include <string>
#include <vector>

namespace litetune {

class ReportBuilder {
public:
    // BadInput when `input.runs` is empty. Reads the runs' folders once, here.
    explicit ReportBuilder(ReportInput input);

    // report.html for browsers, standalone: inline SVG, no link to any other file.
    std::string html() const;
    // The same page for QTextDocument (see the contract above).
    std::string qtHtml() const;
    // Every plot qtHtml() references, by name ("confusion-1.svg", "per-class-f1.svg",
    // "label-distribution.svg", "curves-1.svg", ...), with its SVG text and size in pixels.
    std::vector<ReportPlot> plots() const;
    // report.md: "# title", the results table (the reference rows, then LiteTune's four).
    std::string markdown() const;
    std::string metricsCsv() const;
    std::string metricsJson() const;

    // Writes the report folder at `dir`, which must not exist (BadInput when it does).
    void writeFolder(const std::filesystem::path& dir) const;
    // Writes the bundle at `target` (.zip, .tar.gz or .tgz; BadInput naming any other extension).
    void writeBundle(const std::filesystem::path& target) const;

    // BadInput naming the extension unless `target` ends in .zip, .tar.gz or .tgz; lets the CLI
    // refuse `--report x.rar` before a comparison runs for an hour.
    static void checkBundleName(const std::filesystem::path& target);

    const ReportModel& model() const { return m_model; }

private:
    void writeContents(const std::filesystem::path& dir) const; // into an existing empty folder

    ReportModel m_model;
};

// One call for the CLI: builds the report of `input` and writes the bundle at `outputPath`.
void writeReportBundle(const ReportInput& input, const std::filesystem::path& outputPath);
// The same with defaults for everything but the runs and the runtime.
void writeReportBundle(const std::vector<RunResult>& runs, const RuntimeInfo& runtime,
                       const std::filesystem::path& outputPath);

} // namespace litetune
