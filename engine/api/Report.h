// Report: the engine's public face for reports of runs (the GUI's Export and `litetune-cli compare
// --report FILE`) — report.html (self-contained, inline SVG, print-ready), report.md (the
// reference table of docs/architecture.md with runs as columns), metrics.csv, metrics.json, plots/*.svg
// and runs/<name>/ (run.json, metrics.json, history.csv, predictions.csv when present, and
// adapter/ of each LoRA run), written as a folder or bundled as .zip / .tar.gz / .tgz. Every
// output is also available as a string, and the HTML in a second flavor for QTextDocument.
// Nothing half-written is ever left: a folder is built beside its target and renamed, a bundle
// is built in a temporary folder and archived atomically (engine/archive/Archive.h).
// Deliberately no PDF here: the engine has no Qt; the GUI prints qtHtml() (contract below).
// Needs no LibTorch and no Qt: the GUI includes it. The implementation is engine/report/.
//
// Bundle layout (paths inside the archive):
//   <stem>/report.html  report.md  metrics.csv  metrics.json  plots/NAME.svg
//   <stem>/report.pdf   (added by the Qt front ends through writeBundle's extraFiles)
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

#include "api/Results.h"
#include "api/RuntimeInfo.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace litetune {

// Everything a report is made from — the runs (as loadRun/runComparison return them), the
// dataset's label glyphs and counts, the runtime the runs were made on, a title and a date. Plain
// values; the report reads each run's folder (RunResult::runDir) for history.csv, run.json,
// predictions.csv and adapter/ when they are there, and does without them otherwise.
struct ReportInput {
    std::vector<RunResult> runs; // columns, in this order; at least one

    // Label name → display glyph ("red_heart" → "❤️"). A name not listed here gets
    // EmojiTable::glyphForLabel(name); map a name to "" to show it without a glyph.
    std::map<std::string, std::string> labelGlyphs;
    // Label name → number of examples in the dataset, for the label-distribution chart. Empty: the
    // chart shows the first run's evaluation support instead.
    std::map<std::string, std::int64_t> labelCounts;
    std::string labelCountsSource = "dataset"; // what labelCounts counted, e.g. "training split"

    RuntimeInfo runtime; // environment section; fill with runtimeInfo() (engine)
    std::string title = "LiteTune report";
    std::string createdAt; // shown as the report's date; empty: now, ISO 8601 UTC
};

// One plot of the report as SVG text.
struct ReportPlot {
    std::string name;    // "confusion-1.svg": the file name in plots/ and the Qt resource name
    std::string caption; // plain text
    std::string svg;
    double width = 0, height = 0;
    std::size_t run = 0; // the run it shows (per-run plots)
};

class ReportModel; // engine/report/ReportModel.h: the prepared report

class ReportBuilder {
public:
    // BadInput when `input.runs` is empty. Reads the runs' folders once, here.
    explicit ReportBuilder(ReportInput input);
    ReportBuilder(ReportBuilder&&) noexcept;
    ReportBuilder& operator=(ReportBuilder&&) noexcept;
    ~ReportBuilder();

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
    // The same with files a front end made beside report.html (file name → bytes): the PDF, which
    // the engine cannot render (ui/report/ReportBundleWriter.h puts report.pdf here for both the
    // GUI and litetune-cli). BadInput for a name that is not a plain file name or clashes.
    void writeBundle(const std::filesystem::path& target, const std::map<std::string, std::string>& extraFiles) const;

    // BadInput naming the extension unless `target` ends in .zip, .tar.gz or .tgz; lets the CLI
    // refuse `--report x.rar` before a comparison runs for an hour.
    static void checkBundleName(const std::filesystem::path& target);

    // The prepared report; include report/ReportModel.h (engine side only) to use it.
    const ReportModel& model() const { return *m_model; }

private:
    // Into an existing empty folder; report.html's file list names `extraFiles` too.
    void writeContents(const std::filesystem::path& dir, const std::vector<std::string>& extraFiles = {}) const;

    std::unique_ptr<ReportModel> m_model;
};

// The glyph a report shows for a label name when ReportInput::labelGlyphs maps none
// ("red_heart" → "❤️", "😂" → "😂"), or "" when the name is no emoji and names none.
std::string defaultLabelGlyph(const std::string& labelName);

struct Dataset;
// The input for a report of `runs` made on `dataset`: the dataset's label glyphs (the demo's
// topics and TweetEval's mapping carry their own) and the training split's label counts.
ReportInput reportInputFor(const std::vector<RunResult>& runs, const Dataset& dataset);

// The results table of `runs` (report/MetricTable.h: the reference rows, then LiteTune's four) as
// printed text, for a caller that lays it out itself (the train and eval verbs): one row per
// metric, its label and one cell per run ("47.32%", an em dash when not applicable).
struct MetricTextRow {
    std::string label;
    std::vector<std::string> cells;
};
std::vector<MetricTextRow> metricTableText(const std::vector<RunResult>& runs);

// Which weights a trained run kept and why: "step 4, best eval_f1_macro 0.8300 (load_best_model_at_end)"
// or "last step 6" (with where the best evaluation was, when it was elsewhere); "" for a base
// evaluation or a run that took no step (report/KeptModel.cpp).
std::string keptModelText(const RunResult& run);

// Which way a results row is better: lower for losses, durations and memory, higher for scores and
// throughput; Neither for the rows that describe a run rather than grade it (Epoch, Trainable
// Params, Adapter Size), which are never marked.
enum class Better { Lower, Higher, Neither };

// How a run ended, from its run.json status (RunResult::cancelled, a lock held elsewhere): Finished
// for a completed or early-stopped run, Unfinished for one still running or whose process died.
// Only a Finished run is ranked: runIsRanked is the one rule behind every best mark (the results
// table, so the Results place and every report format). The others are named beside the run
// ("quick (cancelled)"), and a zero they left is shown as missing, never as 0.00%.
enum class RunOutcome { Finished, Cancelled, Failed, Unfinished };
RunOutcome runOutcome(const RunResult& run); // reads run.json when the run has a folder
bool runIsRanked(RunOutcome outcome);
const char* runOutcomeName(RunOutcome outcome); // "finished", "cancelled", "failed", "unfinished"

struct MetricCell {
    std::optional<double> value; // empty: not applicable to this run
    std::string text;            // "47.32%", "—"
    bool best = false;           // marked as the best of its row (rule: report/MetricTable.h, runIsRanked)
};

struct MetricRow {
    std::string label; // "Accuracy"
    std::string key;   // Trainer name, "eval_accuracy"
    Better better = Better::Neither;
    bool reference = true;         // one of the reference table's eleven rows
    std::vector<MetricCell> cells; // one per run, in run order
};

// The same table with each cell's value and best mark, for a front end that prints the numbers in
// its own locale: it shows the marks as they are, so window and report always mark the same cells.
std::vector<MetricRow> metricTableRows(const std::vector<RunResult>& runs);

// The results table in Markdown, columns named after the runs (the compare verb's output).
std::string metricTableMarkdown(const std::vector<RunResult>& runs);

// The runs' settings side by side, one row per run.json config key, important knobs first
// (report/ConfigTable.h); the GUI's config diff and the report's config table both show these.
// A value is its run.json value as text; "" where a run does not use the knob (LoRA's settings
// in a run that is not a LoRA run).
struct ConfigRow {
    std::string key;                 // "lr", "lora_r", ...
    std::vector<std::string> values; // one per run, as text
    bool differs = false;
};
std::vector<ConfigRow> configTableRows(const std::vector<RunResult>& runs);

// A byte count in binary units as reports show it (B, KiB, ... TiB): the scaled value, its unit and
// the decimals it is shown with (none in B, 2 below 10, 1 below 100, then none), so that a front
// end that formats numbers in its own locale shows the same figure.
struct ScaledBytes {
    double value = 0;
    const char* unit = "B";
    int decimals = 0;
};
ScaledBytes scaleBytes(std::int64_t bytes);

// One call for the CLI: builds the report of `input` and writes the bundle at `outputPath`.
void writeReportBundle(const ReportInput& input, const std::filesystem::path& outputPath);
// The same with defaults for everything but the runs and the runtime.
void writeReportBundle(const std::vector<RunResult>& runs, const RuntimeInfo& runtime,
                       const std::filesystem::path& outputPath);

} // namespace litetune
